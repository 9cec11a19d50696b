package news.newsroom.article.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.util.List;
import news.newsroom.Timestamps;
import news.newsroom.content.ContentChanged;
import news.newsroom.content.ContentChanged.Kind;
import news.newsroom.article.body.Block;
import news.newsroom.text.Slugs;
import news.newsroom.section.Section;
import news.newsroom.staff.Caller;
import news.newsroom.tag.Tag;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleDetail;
import news.newsroom.article.ArticlePolicy;
import news.newsroom.article.ArticleRepository;
import news.newsroom.article.ArticleStatus;
import news.newsroom.article.ArticleTag;
import news.newsroom.article.ArticleViews;
import news.newsroom.article.body.BodyRules;
import news.newsroom.article.FeaturedImage;
import news.newsroom.article.ImageView;

/**
 * The editorial side of articles: create, edit (guarded by If-Match), the publication lifecycle, deletion
 * and restore. Every saved change is recorded in the {@link ArticleHistory} and announced as a
 * {@link ContentChanged}, in the same transaction. Roles are judged by {@code @RolesAllowed} on the resource;
 * which articles a caller may touch, by {@link ArticlePolicy}.
 */
@ApplicationScoped
public class ArticleEditor {

    /** An article after a change, with the ETag that guards the next one. */
    public record Edited(ArticleDetail article, EntityTag etag) {
    }

    private static final String SCHEDULER = "الناشر الآلي";

    private final ArticleRepository articles;
    private final ArticleHistory history;
    private final ArticleReferences references;
    private final ArticleMergePatch patches;
    private final SlugAllocator slugs;
    private final ArticleViews views;
    private final Event<ContentChanged> changes;

    public ArticleEditor(ArticleRepository articles, ArticleHistory history, ArticleReferences references,
            ArticleMergePatch patches, SlugAllocator slugs, ArticleViews views, Event<ContentChanged> changes) {
        this.articles = articles;
        this.history = history;
        this.references = references;
        this.patches = patches;
        this.slugs = slugs;
        this.views = views;
        this.changes = changes;
    }

    @Transactional
    public Edited create(ArticleInput input, Caller caller) {
        boolean importPublished = "published".equals(input.status());
        if (input.status() != null && !"draft".equals(input.status()) && !importPublished) {
            throw ApiProblem.invalidField("status", "field.status-create");
        }
        if (importPublished && !caller.isEditorial()) {
            throw ApiProblem.invalidField("status", "forbidden.author-status");
        }
        if (input.publishedAt() != null && (!importPublished || input.publishedAt().isAfter(Instant.now()))) {
            throw ApiProblem.invalidField("publishedAt", "field.published-at");
        }
        Section section = references.section(input.sectionSlug());
        String slug = slugs.allocate(input.slug() != null ? input.slug() : input.title(), null);
        Article article = new Article(slug, input.title().strip(), section);
        List<Tag> newTags = apply(article, input, caller);
        article.createdBy(caller.id());
        if (importPublished) {
            Instant when = input.publishedAt() == null ? Timestamps.now() : input.publishedAt();
            article.publish(when);
        }
        articles.persist(article);
        return saved(article, Kind.CREATED, caller, newTags);
    }

    @Transactional
    public Edited replace(long id, ArticleInput input, String ifMatch, Caller caller) {
        Article article = editable(id, ifMatch, caller);
        if (input.publishedAt() != null && !input.publishedAt().equals(article.getPublishedAt())) {
            throw ApiProblem.invalidField("publishedAt", "field.published-at");
        }
        return replaceLoaded(article, input, caller);
    }

    /** RFC 7396 merge patch over the article's editable fields, then the same rules as a replace. */
    @Transactional
    public Edited patch(long id, JsonNode patch, String ifMatch, Caller caller) {
        patches.requireObject(patch);
        Article article = editable(id, ifMatch, caller);
        return replaceLoaded(article, patches.merged(article, patch), caller);
    }

    private Edited replaceLoaded(Article article, ArticleInput input, Caller caller) {
        if (input.status() != null && !input.status().equals(article.getStatus().wireName())) {
            throw ApiProblem.invalidField("status", "field.status-create");
        }
        article.retitle(input.title().strip());
        article.moveTo(references.section(input.sectionSlug()));
        List<Tag> newTags = apply(article, input, caller);
        if (input.slug() != null && !Slugs.from(input.slug()).equals(article.getSlug())) {
            slugs.rename(article, input.slug());
        }
        return saved(article, Kind.UPDATED, caller, newTags);
    }

    @Transactional
    public Edited publish(long id, Instant publishAt, Caller caller) {
        Article article = changing(id, caller);
        Instant now = Timestamps.now();
        if (publishAt != null && publishAt.isAfter(now)) {
            article.schedule(publishAt);
            return saved(article, Kind.SCHEDULED, caller);
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            return current(article);
        }
        // A republished article keeps its first publication time: it does not jump back to the top.
        article.publish(article.getPublishedAt() != null ? article.getPublishedAt() : now);
        return saved(article, Kind.PUBLISHED, caller);
    }

    @Transactional
    public Edited unpublish(long id, Caller caller) {
        Article article = changing(id, caller);
        if (article.getStatus() != ArticleStatus.PUBLISHED && article.getStatus() != ArticleStatus.SCHEDULED) {
            throw ApiProblem.conflict("conflict.status", article.getStatus().wireName());
        }
        article.unpublish();
        return saved(article, Kind.UNPUBLISHED, caller);
    }

    @Transactional
    public Edited archive(long id, Caller caller) {
        Article article = changing(id, caller);
        if (article.getStatus() == ArticleStatus.ARCHIVED) {
            return current(article);
        }
        article.archive();
        return saved(article, Kind.ARCHIVED, caller);
    }

    @Transactional
    public Edited submit(long id, Caller caller) {
        Article article = changing(id, caller);
        ArticlePolicy.requireEdit(caller, article);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw ApiProblem.conflict("conflict.status", article.getStatus().wireName());
        }
        article.submitForReview();
        return saved(article, Kind.SUBMITTED, caller);
    }

    @Transactional
    public void delete(long id, Caller caller) {
        Article article = changing(id, caller);
        article.delete();
        saved(article, Kind.DELETED, caller);
    }

    @Transactional
    public Edited restore(long id, Caller caller) {
        articles.lockForWrite(id);
        Article article = articles.findWithSection(id).orElseThrow(() -> ApiProblem.notFound("not-found.article", id));
        if (!article.isDeleted()) {
            throw ApiProblem.conflict("conflict.status", article.getStatus().wireName());
        }
        articles.fetchBylinesAndTags(List.of(article));
        history.recordBaseline(article);
        article.restore();
        return saved(article, Kind.RESTORED, caller);
    }

    /** Publishes every scheduled article whose time has come; returns how many. */
    @Transactional
    public int publishDue() {
        List<Article> due = articles.findScheduledDue(Instant.now());
        for (Article article : due) {
            article.publish(article.getScheduledAt());
            articles.fetchBylinesAndTags(List.of(article));
            articles.flush();
            changes.fire(ContentChanged.article(article.getId(), Kind.PUBLISHED));
            history.record(article, Kind.PUBLISHED.wireName(), null, SCHEDULER);
        }
        return due.size();
    }

    public List<RevisionView> revisions(long id, Caller caller) {
        existing(id, caller);
        return history.newestFirst(id);
    }

    public RevisionView revision(long id, int version, Caller caller) {
        existing(id, caller);
        return history.version(id, version)
                .orElseThrow(() -> ApiProblem.notFound("not-found.revision", id, version));
    }

    // --- the parts ---

    private Article existing(long id, Caller caller) {
        return articles.findUndeleted(id)
                .filter(found -> ArticlePolicy.mayRead(caller, found))
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", id));
    }

    /** An article about to change: its history starts with the state found, if it has none yet (imports). */
    private Article changing(long id, Caller caller) {
        articles.lockForWrite(id);
        Article article = existing(id, caller);
        history.recordBaseline(article);
        return article;
    }

    private Article editable(long id, String ifMatch, Caller caller) {
        articles.lockForWrite(id);
        // Not found, rather than forbidden, for an article the caller may not even read (another author's draft).
        Article article = existing(id, caller);
        ArticlePolicy.requireEdit(caller, article);
        history.recordBaseline(article);
        EntityTag current = ArticleTag.of(article);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.of(ProblemType.PRECONDITION_REQUIRED, "precondition-required.detail");
        }
        if (!ArticleTag.matches(ifMatch, current)) {
            throw ApiProblem.of(ProblemType.PRECONDITION_FAILED, "precondition-failed.detail", current.toString())
                    .withHeader("ETag", current.toString());
        }
        return article;
    }

    /** Applies the input's fields; returns the tags created for it. */
    private List<Tag> apply(Article article, ArticleInput input, Caller caller) {
        List<Block> blocks = BodyRules.blocksOf(input.blocks(), input.bodyHtml());
        ImageView image = input.featuredImage();
        if (image != null && !BodyRules.isWebUrl(image.url())) {
            throw ApiProblem.invalidField("featuredImage.url", "field.web-url");
        }
        article.describe(blankToNull(input.subtitle()), blankToNull(input.excerpt()),
                image == null ? null : new FeaturedImage(image.url().strip(), image.alt(), image.caption(), image.credit()),
                input.commentsOpen() == null || input.commentsOpen());
        article.replaceBody(blocks);
        article.setAuthors(references.byline(input.authorSlugs(), caller));
        ArticleReferences.NamedTags tags = references.tagsNamed(input.tags(), caller);
        article.setTags(tags.tags());
        return tags.created();
    }

    private Edited saved(Article article, Kind kind, Caller caller) {
        return saved(article, kind, caller, List.of());
    }

    /**
     * Announces the change, and the tags it created, once the article is written (observers run in this
     * transaction: the search columns follow a created or updated article), then records the revision.
     */
    private Edited saved(Article article, Kind kind, Caller caller, List<Tag> newTags) {
        articles.flush();
        changes.fire(ContentChanged.article(article.getId(), kind));
        newTags.forEach(tag -> changes.fire(ContentChanged.tag(tag.getId(), Kind.CREATED, tag.getSlug())));
        history.record(article, kind.wireName(), caller.id(), caller.displayName());
        return current(article);
    }

    private Edited current(Article article) {
        return new Edited(views.detail(article), ArticleTag.of(article));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
