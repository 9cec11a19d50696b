package news.newsroom.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import news.newsroom.author.Author;
import news.newsroom.content.ContentClock;
import news.newsroom.staff.Caller;
import news.newsroom.tag.Tag;
import news.newsroom.web.QueryParameters;
import news.newsroom.web.Versioned;

/** Reading one article: by id (the public, or staff), by slug (current or former), and its related articles. */
@ApplicationScoped
public class ArticleService {

    /** A published article for the public, with what its caching headers need. */
    public record Found(ArticleDetail article, Instant lastModified, EntityTag etag) {
    }

    /** Either the article, or the slug it now lives under (an old slug was asked for). */
    public record SlugLookup(Found article, String currentSlug) {
    }

    public static final int RELATED_LIMIT = 6;

    private final ArticleRepository articles;
    private final ArticleSlugRepository retiredSlugs;
    private final ArticleViews views;
    private final ContentClock clock;

    public ArticleService(ArticleRepository articles, ArticleSlugRepository retiredSlugs, ArticleViews views,
            ContentClock clock) {
        this.articles = articles;
        this.retiredSlugs = retiredSlugs;
        this.views = views;
        this.clock = clock;
    }

    public Optional<Found> findPublished(long id) {
        return articles.findPublishedById(id).map(this::detail);
    }

    /**
     * Any article a staff member may read (any status but deleted: authors see published work and their own), with
     * the ETag that If-Match needs to change it.
     */
    public Optional<Found> findForStaff(long id, Caller caller) {
        return articles.findUndeleted(id).filter(article -> ArticlePolicy.mayRead(caller, article)).map(this::detail);
    }

    /** By current slug; else by a slug the article used to have, answered with where it lives now. */
    public Optional<SlugLookup> findPublishedBySlug(String slug) {
        if (!QueryParameters.isPlausibleSlug(slug)) {
            return Optional.empty();
        }
        Optional<Article> current = articles.findPublishedBySlug(slug);
        if (current.isPresent()) {
            return Optional.of(new SlugLookup(detail(current.get()), null));
        }
        return retiredSlugs.findArticleIdForRetiredSlug(slug)
                .flatMap(articles::findPublishedById)
                .map(moved -> new SlugLookup(null, moved.getSlug()));
    }

    public Optional<Versioned<List<ArticleSummary>>> findRelated(long id) {
        return articles.findPublishedById(id).map(article -> {
            List<Article> related = articles.findPublishedByIds(articles.findRelatedIds(article, RELATED_LIMIT));
            articles.fetchBylinesAndTags(related);
            return new Versioned<>(related.stream().map(views::summary).toList(), clock.lastChange());
        });
    }

    private Found detail(Article article) {
        articles.fetchBylinesAndTags(List.of(article));
        return new Found(views.detail(article), lastChangeOf(article), ArticleTag.of(article));
    }

    /** The article page shows its section, bylines and tags too: the newest change among them counts. */
    private static Instant lastChangeOf(Article article) {
        return Stream.of(Stream.of(article.getUpdatedAt(), article.getSection().getUpdatedAt()),
                        article.getAuthors().stream().map(Author::getUpdatedAt),
                        article.getTags().stream().map(Tag::getUpdatedAt))
                .flatMap(times -> times)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
