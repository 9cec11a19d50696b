package news.newsroom.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import news.newsroom.web.TimePosition;
import org.hibernate.Hibernate;

/** Articles as entities: lookups, keyset pages of a list and their counts, related articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public Optional<Article> findPublishedById(long id) {
        return find("from Article a join fetch a.section where a.id = ?1 and a.status = ?2", id,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /** Any article, whatever its status, with its section. */
    public Optional<Article> findWithSection(long id) {
        return find("from Article a join fetch a.section where a.id = ?1", id).firstResultOptional();
    }

    /** An article that is not deleted, whatever its status, with its section, bylines and tags. */
    public Optional<Article> findUndeleted(long id) {
        Optional<Article> found = findWithSection(id).filter(article -> !article.isDeleted());
        found.ifPresent(article -> fetchBylinesAndTags(List.of(article)));
        return found;
    }

    /**
     * Holds the article's row until the transaction ends, so editorial writes to one article take turns: the second
     * reads what the first committed (its version, its status) instead of racing it to the same revision number.
     * {@code no key update}: comments and revisions that reference the article may still be written meanwhile.
     */
    public void lockForWrite(long id) {
        getEntityManager().createNativeQuery("select id from article where id = :id for no key update")
                .setParameter("id", id).getResultList();
    }

    /**
     * Scheduled articles whose publication time has come, each held as {@link #lockForWrite} holds it; one that an
     * editor is changing right now is left for the next run.
     */
    @SuppressWarnings("unchecked")
    public List<Article> findScheduledDue(Instant now) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                select id from article where status = :scheduled and scheduled_at <= :now and deleted_at is null
                order by id for no key update skip locked
                """).setParameter("scheduled", ArticleStatus.SCHEDULED.wireName()).setParameter("now", now)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("from Article a join fetch a.section where a.id in ?1",
                ids.stream().map(Number::longValue).toList()).list();
    }

    public Optional<Article> findPublishedBySlug(String slug) {
        return find("from Article a join fetch a.section where a.slug = ?1 and a.status = ?2", slug,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /**
     * Up to {@code limit} articles of the list {@code query} describes, after {@code after} (or from {@code offset}),
     * in the list's order; sections fetched.
     */
    public List<Article> findPage(ArticleQuery query, TimePosition after, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Article a join fetch a.section where ")
                .append(ArticleFilters.jpql(query, params));
        boolean newest = query.sort() == ArticleSort.NEWEST;
        String time = ArticleFilters.sortTime(query).jpql();
        if (after != null) {
            jpql.append(" and ").append(after.after(time, "a.id", newest, params));
        }
        String direction = newest ? "desc" : "asc";
        jpql.append(" order by ").append(time).append(' ').append(direction).append(", a.id ").append(direction);
        return find(jpql.toString(), params).range(offset, offset + limit - 1).list();
    }

    /** How many articles the list {@code query} describes holds, all pages together. */
    public long countMatching(ArticleQuery query) {
        Map<String, Object> params = new HashMap<>();
        return count("from Article a where " + ArticleFilters.jpql(query, params), params);
    }

    /** Loads authors, then tags, of all given articles: two statements whatever the number of articles. */
    public void fetchBylinesAndTags(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        // The first collection initialized loads those of every article in the session (Article's @BatchSize):
        // one statement for bylines and one for tags, reading only the join rows, not the articles again.
        articles.forEach(article -> Hibernate.initialize(article.getAuthors()));
        articles.forEach(article -> Hibernate.initialize(article.getTags()));
    }

    /**
     * Ids of up to {@code limit} published articles most related to {@code article}: most shared tags first,
     * then same section, then newest.
     */
    @SuppressWarnings("unchecked")
    public List<Long> findRelatedIds(Article article, int limit) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                with shared as (
                    select other.article_id, count(*) as shared_tags
                    from article_tag mine
                    join article_tag other on other.tag_id = mine.tag_id and other.article_id <> mine.article_id
                    where mine.article_id = :id
                    group by other.article_id
                )
                select a.id
                from article a
                left join shared s on s.article_id = a.id
                where a.status = 'published' and a.id <> :id
                  and (s.shared_tags is not null or a.section_id = :sectionId)
                order by coalesce(s.shared_tags, 0) desc, (a.section_id = :sectionId) desc,
                         a.published_at desc, a.id desc
                limit :limit
                """)
                .setParameter("id", article.getId())
                .setParameter("sectionId", article.getSection().getId())
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The given published articles with their sections, in the order of {@code ids}. */
    public List<Article> findPublishedByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inOrderOf(ids, find("from Article a join fetch a.section where a.id in ?1 and a.status = ?2", ids,
                ArticleStatus.PUBLISHED).list(), Article::getId);
    }

    /** {@code found} in the order of {@code ids}; ids not found are skipped. */
    public static <T> List<T> inOrderOf(List<Long> ids, List<T> found, Function<T, Long> idOf) {
        Map<Long, T> byId = new HashMap<>();
        found.forEach(item -> byId.put(idOf.apply(item), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
