package news.newsroom.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /** Where a keyset page starts: after this (publishedAt, id) in the list's order. */
    public record Position(Instant publishedAt, long id) {
    }

    public Optional<Article> findPublishedById(long id) {
        return find("from Article a join fetch a.section where a.id = ?1 and a.status = ?2", id,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /** Any article, whatever its status, with its section. */
    public Optional<Article> findWithSection(long id) {
        return find("from Article a join fetch a.section where a.id = ?1", id).firstResultOptional();
    }

    /** Scheduled articles whose publication time has come. */
    public List<Article> findScheduledDue(Instant now) {
        return find("from Article a join fetch a.section where a.status = ?1 and a.scheduledAt <= ?2 and a.deletedAt is null",
                ArticleStatus.SCHEDULED, now).list();
    }

    public Optional<Article> findPublishedBySlug(String slug) {
        return find("from Article a join fetch a.section where a.slug = ?1 and a.status = ?2", slug,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /** Up to {@code limit} published articles after {@code after} (or from the start), section fetched. */
    public List<Article> findPublishedPage(ArticleQuery query, Position after, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Article a join fetch a.section where ")
                .append(filters(query, params));
        boolean newest = query.sort() == ArticleSort.NEWEST;
        String time = sortTime(query);
        if (after != null) {
            // The first, redundant bound lets PostgreSQL start the index scan at the cursor: a deep page
            // costs what the first page costs.
            String cmp = newest ? "<" : ">";
            jpql.append(" and ").append(time).append(' ').append(cmp).append("= :afterTime")
                    .append(" and (").append(time).append(' ').append(cmp).append(" :afterTime or a.id ").append(cmp)
                    .append(" :afterId)");
            params.put("afterTime", after.publishedAt());
            params.put("afterId", after.id());
        }
        String direction = newest ? "desc" : "asc";
        jpql.append(" order by ").append(time).append(' ').append(direction).append(", a.id ").append(direction);
        return find(jpql.toString(), params).range(offset, offset + limit - 1).list();
    }

    public long countPublished(ArticleQuery query) {
        Map<String, Object> params = new HashMap<>();
        return count("from Article a where " + filters(query, params), params);
    }

    /** Loads authors, then tags, of all given articles: two statements whatever the number of articles. */
    public void fetchBylinesAndTags(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        getEntityManager().createQuery(
                "select distinct a from Article a left join fetch a.authors where a in :articles", Article.class)
                .setParameter("articles", articles).getResultList();
        getEntityManager().createQuery(
                "select distinct a from Article a left join fetch a.tags where a in :articles", Article.class)
                .setParameter("articles", articles).getResultList();
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
        List<Article> found = find("from Article a join fetch a.section where a.id in ?1 and a.status = ?2", ids,
                ArticleStatus.PUBLISHED).list();
        Map<Long, Article> byId = new HashMap<>();
        found.forEach(article -> byId.put(article.getId(), article));
        List<Article> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Article article = byId.get(id);
            if (article != null) {
                ordered.add(article);
            }
        }
        return ordered;
    }

    /** The time a list is ordered by: publication for the public lists, else creation for unpublished work. */
    static String sortTime(ArticleQuery query) {
        return query.publicList() ? "a.publishedAt" : "coalesce(a.publishedAt, a.createdAt)";
    }

    /** The instant {@link #sortTime} orders {@code article} by, for its cursor. */
    static Instant sortTimeOf(ArticleQuery query, Article article) {
        return query.publicList() || article.getPublishedAt() != null ? article.getPublishedAt() : article.getCreatedAt();
    }

    private static String filters(ArticleQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (query.deleted()) {
            where.append("a.deletedAt is not null");
        } else {
            // Deleting moves an article out of the published status, so public lists need no deletedAt test.
            where.append("a.status = :status");
            params.put("status", query.status());
            if (!query.publicList()) {
                where.append(" and a.deletedAt is null");
            }
        }
        if (query.visibleToAuthorId() != null && !query.publicList()) {
            where.append(" and exists (select 1 from Article o join o.authors oa where o = a and oa.id = :owner)");
            params.put("owner", query.visibleToAuthorId());
        }
        if (!query.sectionIds().isEmpty()) {
            where.append(" and a.section.id in :sectionIds");
            params.put("sectionIds", query.sectionIds());
        }
        for (int i = 0; i < query.tagIds().size(); i++) {
            where.append(" and exists (select 1 from Article t").append(i).append(" join t").append(i)
                    .append(".tags tag").append(i).append(" where t").append(i).append(" = a and tag").append(i)
                    .append(".id = :tag").append(i).append(')');
            params.put("tag" + i, query.tagIds().get(i));
        }
        if (query.authorId() != null) {
            where.append(" and exists (select 1 from Article b join b.authors au where b = a and au.id = :authorId)");
            params.put("authorId", query.authorId());
        }
        if (query.from() != null) {
            where.append(" and a.publishedAt >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and a.publishedAt < :to");
            params.put("to", query.to());
        }
        return where.toString();
    }
}
