package news.newsroom.article.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleSlug;
import news.newsroom.article.ArticleSlugRepository;
import news.newsroom.text.Slugs;

/**
 * Unique article slugs: the wanted slug, or it with -2, -3... A slug any article has had stays reserved (it
 * still redirects), so a new article never takes over an old link.
 */
@ApplicationScoped
public class SlugAllocator {

    private static final String FALLBACK = "article";
    private static final Pattern NUMBERED = Pattern.compile("-[0-9]+$");

    private final EntityManager em;
    private final ArticleSlugRepository retiredSlugs;

    public SlugAllocator(EntityManager em, ArticleSlugRepository retiredSlugs) {
        this.em = em;
        this.retiredSlugs = retiredSlugs;
    }

    /** A free slug made from {@code wanted}; {@code articleId} may keep its own current or former slugs. */
    public String allocate(String wanted, Long articleId) {
        String base = Slugs.from(wanted);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        lockSlugsLike(base);
        Set<String> taken = takenLike(base, articleId);
        for (int n = 1; ; n++) {
            String candidate = Slugs.withSuffix(base, n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Gives {@code article} a free slug made from {@code wanted}; its current slug is retired and redirects. */
    public void rename(Article article, String wanted) {
        String newSlug = allocate(wanted, article.getId());
        if (newSlug.equals(article.getSlug())) {
            return;
        }
        retiredSlugs.findByIdOptional(newSlug).ifPresent(retiredSlugs::delete);
        retiredSlugs.persist(new ArticleSlug(article.getSlug(), article.getId()));
        article.changeSlug(newSlug);
    }

    /**
     * Writers of slugs made from one base take turns until they commit (a transaction-level advisory lock), so
     * the later one sees the earlier one's slug and takes the next suffix: two articles saved at once with one
     * headline are both saved. The lock is on the base without its number, so "x" and "x-2" take turns too.
     */
    private void lockSlugsLike(String base) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('newsroom.slug.' || current_schema()"
                + " || '.' || :base))) as locked").setParameter("base", NUMBERED.matcher(base).replaceFirst(""))
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private Set<String> takenLike(String base, Long articleId) {
        // Slugs hold only letters, digits and hyphens, so the base needs no LIKE escaping.
        List<String> rows = em.createNativeQuery("""
                select slug from article where (slug = :base or slug like :pattern) and id <> :self
                union
                select slug from article_slug_history where (slug = :base or slug like :pattern) and article_id <> :self
                """)
                .setParameter("base", base)
                .setParameter("pattern", base + "-%")
                .setParameter("self", articleId == null ? -1L : articleId)
                .getResultList();
        return new HashSet<>(rows);
    }
}
