package news.newsroom.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filters of an article list, each written once in both languages the repositories speak: JPQL for pages of
 * entities and their counts ({@link ArticleRepository}), SQL for the search statements. A new filter is added in
 * one place and both sides follow. The article is aliased {@code a} on both sides.
 */
public final class ArticleFilters {

    /** One condition on article {@code a}, in JPQL and in SQL, with the parameters each form binds. */
    private record Filter(String jpql, String sql, Map<String, Object> jpqlParameters, Map<String, Object> sqlParameters) {

        Filter(String jpql, String sql, Map<String, Object> parameters) {
            this(jpql, sql, parameters, parameters);
        }
    }

    /** An expression on article {@code a}, in JPQL and in SQL. */
    public record Expression(String jpql, String sql) {
    }

    private static final Expression PUBLICATION_TIME = new Expression("a.publishedAt", "a.published_at");
    /** Unpublished work has no publication time: the desk's lists order it by creation. */
    private static final Expression DESK_TIME = new Expression("coalesce(a.publishedAt, a.createdAt)",
            "coalesce(a.published_at, a.created_at)");

    private ArticleFilters() {
    }

    /** The filters of {@code query} as a JPQL condition; their parameters go into {@code params}. */
    public static String jpql(ArticleQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        for (Filter filter : of(query)) {
            conditions.add(filter.jpql());
            params.putAll(filter.jpqlParameters());
        }
        return String.join(" and ", conditions);
    }

    /** The filters of {@code query} as an SQL condition; their parameters go into {@code params}. */
    public static String sql(ArticleQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        for (Filter filter : of(query)) {
            conditions.add(filter.sql());
            params.putAll(filter.sqlParameters());
        }
        return String.join(" and ", conditions);
    }

    /** The time a list is ordered by: publication for the public lists, else creation for unpublished work. */
    public static Expression sortTime(ArticleQuery query) {
        return query.publicList() ? PUBLICATION_TIME : DESK_TIME;
    }

    /** The instant {@link #sortTime} orders {@code article} by, for a cursor. */
    public static Instant sortTimeOf(ArticleQuery query, Article article) {
        return query.publicList() || article.getPublishedAt() != null ? article.getPublishedAt() : article.getCreatedAt();
    }

    private static List<Filter> of(ArticleQuery query) {
        List<Filter> filters = new ArrayList<>();
        filters.add(status(query));
        if (query.visibleToAuthorId() != null && !query.publicList()) {
            filters.add(new Filter("exists (select 1 from Article o join o.authors oa where o = a and oa.id = :owner)",
                    "exists (select 1 from article_author o where o.article_id = a.id and o.author_id = :owner)",
                    Map.of("owner", query.visibleToAuthorId())));
        }
        if (!query.sectionIds().isEmpty()) {
            filters.add(new Filter("a.section.id in :sectionIds", "a.section_id in (:sectionIds)",
                    Map.of("sectionIds", query.sectionIds())));
        }
        for (int i = 0; i < query.tagIds().size(); i++) {
            // One join per wanted tag: an article must carry all of them.
            String t = "t" + i;
            filters.add(new Filter(
                    "exists (select 1 from Article " + t + " join " + t + ".tags tag" + i + " where " + t + " = a and tag"
                            + i + ".id = :tag" + i + ")",
                    "exists (select 1 from article_tag " + t + " where " + t + ".article_id = a.id and " + t
                            + ".tag_id = :tag" + i + ")",
                    Map.of("tag" + i, query.tagIds().get(i))));
        }
        if (query.authorId() != null) {
            filters.add(new Filter("exists (select 1 from Article b join b.authors au where b = a and au.id = :authorId)",
                    "exists (select 1 from article_author x where x.article_id = a.id and x.author_id = :authorId)",
                    Map.of("authorId", query.authorId())));
        }
        if (query.from() != null) {
            filters.add(new Filter("a.publishedAt >= :from", "a.published_at >= :from", Map.of("from", query.from())));
        }
        if (query.to() != null) {
            filters.add(new Filter("a.publishedAt < :to", "a.published_at < :to", Map.of("to", query.to())));
        }
        return filters;
    }

    /**
     * Which articles by status. The public lists need no deleted test: deleting moves an article out of the
     * published status. In SQL the published status is a literal, so PostgreSQL can prove that the partial indexes
     * on published rows apply, even in a cached generic plan.
     */
    private static Filter status(ArticleQuery query) {
        if (query.deleted()) {
            return new Filter("a.deletedAt is not null", "a.deleted_at is not null", Map.of());
        }
        if (query.publicList()) {
            return new Filter("a.status = :status", "a.status = 'published'",
                    Map.of("status", ArticleStatus.PUBLISHED), Map.of());
        }
        return new Filter("a.status = :status and a.deletedAt is null", "a.status = :status and a.deleted_at is null",
                Map.of("status", query.status()), Map.of("status", query.status().wireName()));
    }
}
