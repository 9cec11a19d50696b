package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The moderators' word lists. Small: read whole for every comment. */
@ApplicationScoped
public class ModerationWordRepository {

    private final EntityManager em;

    public ModerationWordRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<String> words(String kind) {
        return em.createNativeQuery("select word from moderation_word where kind = :kind order by word")
                .setParameter("kind", kind).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> normalizedWords(String kind) {
        return em.createNativeQuery("select normalized from moderation_word where kind = :kind")
                .setParameter("kind", kind).getResultList();
    }

    public void replace(String kind, List<String> words) {
        em.createNativeQuery("delete from moderation_word where kind = :kind").setParameter("kind", kind).executeUpdate();
        for (String word : words) {
            em.createNativeQuery("""
                    insert into moderation_word (kind, word, normalized) values (:kind, :word, :normalized)
                    on conflict (kind, normalized) do nothing
                    """).setParameter("kind", kind).setParameter("word", word.strip())
                    .setParameter("normalized", ModerationWords.comparable(word)).executeUpdate();
        }
    }
}
