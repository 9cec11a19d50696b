package news.newsroom.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Comparator;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.body.BlockRenderer;
import news.newsroom.tag.TagRef;
import news.newsroom.web.Website;

/** Maps articles to the JSON the API sends. Call with sections, authors and tags already loaded. */
@ApplicationScoped
public class ArticleViews {

    static final String LANGUAGE = "ar";
    static final String DIRECTION = "rtl";
    private static final int WORDS_PER_MINUTE = 200;

    private final Website website;
    private final ZoneId zone;
    /**
     * Rendered bodies by article id, version and change time: rendering with jsoup is the costliest part of an
     * article read, and a body only changes with a new version (every body change is a versioned write).
     */
    private final Cache<String, String> renderedBodies = Caffeine.newBuilder().maximumSize(5_000).build();

    public ArticleViews(NewsroomConfig config, Website website) {
        this.website = website;
        this.zone = config.timeZone();
    }

    public ArticleSummary summary(Article article) {
        return summary(SummaryFields.of(article));
    }

    public ArticleSummary summary(SummaryFields article) {
        return new ArticleSummary(
                article.id(), article.slug(), article.title(), article.subtitle(), article.excerpt(),
                article.section(), article.authors(),
                article.tags().stream().sorted(Comparator.comparing(TagRef::name)).toList(),
                article.publishedAt(), article.updatedAt(), article.image(), readingTime(article.wordCount()),
                article.commentCount(), url(article.id(), article.slug()), LANGUAGE, DIRECTION,
                article.status().wireName(), submittedAt(article.status(), article.submittedAt()), null);
    }

    public ArticleDetail detail(Article article) {
        ArticleSummary summary = summary(article);
        PublicationDate date = PublicationDate.of(article.getPublishedAt(), zone);
        return new ArticleDetail(
                summary.id(), summary.slug(), summary.title(), summary.subtitle(), summary.excerpt(),
                summary.section(), summary.authors(), summary.tags(), summary.publishedAt(), summary.updatedAt(),
                summary.featuredImage(), summary.readingTimeMinutes(), summary.commentCount(), summary.url(),
                LANGUAGE, DIRECTION,
                article.getBlocks(), renderedBody(article), article.getWordCount(),
                date.local(), date.display(), date.hijri(), date.hijriDisplay(),
                article.isCommentsOpen(), article.getStatus().wireName(), article.getScheduledAt(),
                submittedAt(article.getStatus(), article.getSubmittedAt()));
    }

    /** The review request matters to the desk while the article is a draft; the public never sees drafts. */
    private static java.time.Instant submittedAt(ArticleStatus status, java.time.Instant submittedAt) {
        return status == ArticleStatus.DRAFT ? submittedAt : null;
    }

    private String renderedBody(Article article) {
        if (article.getId() == null) {
            return BlockRenderer.render(article.getBlocks());
        }
        // The change time is in the key too: ids come back after a database reset (tests, restored backups).
        return renderedBodies.get(article.getId() + ":" + article.getVersion() + ":" + article.getUpdatedAt(),
                key -> BlockRenderer.render(article.getBlocks()));
    }

    /** The canonical page on the website: stable id first, readable slug after (percent-encoded). */
    String url(Article article) {
        return url(article.getId(), article.getSlug());
    }

    /** The canonical page of the article {@code id} whose slug is {@code slug}, for outputs read without entities. */
    public String url(long id, String slug) {
        return website.article(id, slug);
    }

    static int readingTime(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
