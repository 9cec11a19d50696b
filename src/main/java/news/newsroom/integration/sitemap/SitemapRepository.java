package news.newsroom.integration.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import news.newsroom.SqlRow;
import news.newsroom.article.ArticleStatus;

/**
 * What sitemaps list, read with one statement each and only the columns they show (never an article's body),
 * by column name.
 */
@ApplicationScoped
public class SitemapRepository {

    /** A published article as the news sitemap lists it. */
    public record NewsArticle(long id, String slug, String title, Instant publishedAt, String imageUrl) {
    }

    /** An article whose id falls in a sitemap page; only published ones are listed, all of them date the page. */
    public record PageArticle(long id, String slug, Instant updatedAt, String imageUrl, boolean published) {
    }

    /** A page of the article sitemap that lists at least one article, and when an article in its ids last changed. */
    public record ArticlePage(int number, Instant lastModified) {
    }

    /** A section and when its page last changed: the section itself, or its newest article (subsections included). */
    public record SectionPage(String slug, Instant lastModified) {
    }

    private static final String PUBLISHED = ArticleStatus.PUBLISHED.wireName();

    private final EntityManager entityManager;

    public SitemapRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} articles published at or after {@code since}, newest first. */
    public List<NewsArticle> findPublishedSince(Instant since, int limit) {
        return SqlRow.all(entityManager.createNativeQuery("""
                select id, slug, title, published_at, featured_image_url
                from article
                where status = :published and published_at >= :since
                order by published_at desc, id desc
                limit :limit
                """, Tuple.class)
                .setParameter("published", PUBLISHED)
                .setParameter("since", since)
                .setParameter("limit", limit))
                .stream()
                .map(row -> new NewsArticle(row.longValue("id"), row.text("slug"), row.text("title"),
                        row.instant("published_at"), row.text("featured_image_url")))
                .toList();
    }

    /**
     * Every article, whatever its status, whose id lies in {@code [first, last]}, by id, as the rows arrive. The
     * caller closes the stream.
     */
    @SuppressWarnings("unchecked")
    public Stream<PageArticle> streamByIdBetween(long first, long last) {
        Stream<Tuple> rows = entityManager.createNativeQuery("""
                select id, slug, updated_at, featured_image_url, status
                from article
                where id between :first and :last
                order by id
                """, Tuple.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream();
        return rows.map(SqlRow::new).map(row -> new PageArticle(row.longValue("id"), row.text("slug"),
                row.instant("updated_at"), row.text("featured_image_url"), PUBLISHED.equals(row.text("status"))));
    }

    /**
     * The pages of {@code size} consecutive ids ({@code [(n-1)·size+1, n·size]}) that hold a published article, in
     * order, each with the newest change to any article in it (a withdrawn one changes the page too).
     */
    public List<ArticlePage> findPagesWithPublished(int size) {
        return SqlRow.all(entityManager.createNativeQuery("""
                select page, max(updated_at) as last_modified
                from (select (id - 1) / :size + 1 as page, updated_at, status from article) numbered
                group by page
                having bool_or(status = :published)
                order by page
                """, Tuple.class)
                .setParameter("size", size)
                .setParameter("published", PUBLISHED))
                .stream()
                .map(row -> new ArticlePage(row.intValue("page"), row.instant("last_modified")))
                .toList();
    }

    /**
     * When any section page last changed: the newest of {@link #findSections()}'s times, read from two index probes
     * instead of every article (every published article is in a section).
     */
    public Instant findSectionsLastModified() {
        return SqlRow.all(entityManager.createNativeQuery("""
                select greatest((select max(updated_at) from section),
                                (select max(updated_at) from article where status = :published)) as last_modified
                """, Tuple.class)
                .setParameter("published", PUBLISHED))
                .get(0).instant("last_modified");
    }

    /** Every section, in the order they were made, with when its page last changed. */
    public List<SectionPage> findSections() {
        return SqlRow.all(entityManager.createNativeQuery("""
                with recursive subtree (root_id, section_id) as (
                    select id, id from section
                    union all
                    select subtree.root_id, child.id
                    from subtree join section child on child.parent_id = subtree.section_id
                ),
                newest as (
                    select section_id, max(updated_at) as updated_at
                    from article
                    where status = :published
                    group by section_id
                )
                select s.slug, greatest(s.updated_at, max(newest.updated_at)) as last_modified
                from section s
                join subtree on subtree.root_id = s.id
                left join newest on newest.section_id = subtree.section_id
                group by s.id
                order by s.id
                """, Tuple.class)
                .setParameter("published", PUBLISHED))
                .stream()
                .map(row -> new SectionPage(row.text("slug"), row.instant("last_modified")))
                .toList();
    }
}
