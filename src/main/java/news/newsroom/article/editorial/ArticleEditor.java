package news.newsroom.article.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.newsroom.Timestamps;
import news.newsroom.cache.ResponseCache;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.article.body.Block;
import news.newsroom.author.Author;
import news.newsroom.author.AuthorRepository;
import news.newsroom.text.Slugs;
import news.newsroom.section.Section;
import news.newsroom.section.SectionRepository;
import news.newsroom.staff.Caller;
import news.newsroom.tag.Tag;
import news.newsroom.tag.TagRepository;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemMappers;
import news.newsroom.web.ProblemType;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleDetail;
import news.newsroom.article.ArticleRepository;
import news.newsroom.search.ArticleSearchIndex;
import news.newsroom.article.ArticleSlug;
import news.newsroom.article.ArticleSlugRepository;
import news.newsroom.article.ArticleStatus;
import news.newsroom.article.ArticleTag;
import news.newsroom.article.ArticleViews;
import news.newsroom.article.body.BodyRules;
import news.newsroom.article.FeaturedImage;
import news.newsroom.article.ImageView;

/**
 * The editorial side of articles: create, edit (guarded by If-Match), the publication lifecycle, deletion
 * and restore, and the revision kept for every saved change. Roles are judged by {@code @RolesAllowed} on the
 * resource; which articles a caller may touch, by {@link ArticlePolicy}.
 */
@ApplicationScoped
public class ArticleEditor {

    /** An article after a change, with the ETag that guards the next one. */
    public record Edited(ArticleDetail article, EntityTag etag) {
    }

    private static final String SCHEDULER = "الناشر الآلي";
    private static final String SYSTEM = "النظام";

    private final ResponseCache responseCache;
    private final ArticleRepository articles;
    private final ArticleSlugRepository retiredSlugs;
    private final ArticleRevisionRepository revisions;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final SlugAllocator slugs;
    private final ArticleViews views;
    private final ArticleSearchIndex searchIndex;
    private final ObjectMapper objectMapper;
    private final Validator validator;

    public ArticleEditor(ArticleRepository articles, ArticleSlugRepository retiredSlugs,
            ArticleRevisionRepository revisions, SectionRepository sections, AuthorRepository authors,
            TagRepository tags, SlugAllocator slugs, ArticleViews views, ArticleSearchIndex searchIndex,
            ObjectMapper objectMapper, Validator validator, ResponseCache responseCache) {
        this.articles = articles;
        this.retiredSlugs = retiredSlugs;
        this.revisions = revisions;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.slugs = slugs;
        this.views = views;
        this.searchIndex = searchIndex;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.responseCache = responseCache;
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
        Section section = section(input.sectionSlug());
        String slug = slugs.allocate(input.slug() != null ? input.slug() : input.title(), null);
        Article article = new Article(slug, input.title().strip(), section);
        apply(article, input, caller);
        article.createdBy(caller.id());
        if (importPublished) {
            Instant when = input.publishedAt() == null ? Timestamps.now() : input.publishedAt();
            article.publish(when);
        }
        articles.persist(article);
        return savedWithText(article, "created", caller);
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
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.of(ProblemType.MALFORMED_BODY, "malformed-body.detail");
        }
        Article article = editable(id, ifMatch, caller);
        ObjectNode current = objectMapper.valueToTree(inputOf(article));
        merge(current, patch);
        ArticleInput merged;
        try {
            merged = objectMapper.treeToValue(current, ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw ProblemMappers.malformedBody(e);
        }
        if (patch.has("blocks") && !patch.get("blocks").isNull() && patch.has("bodyHtml")) {
            throw ApiProblem.invalidField("bodyHtml", "field.body-choice");
        }
        if (patch.has("bodyHtml") && !patch.get("bodyHtml").isNull()) {
            merged = withBlocks(merged, null);
        } else {
            merged = withHtml(merged, null);
        }
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return replaceLoaded(article, merged, caller);
    }

    private Edited replaceLoaded(Article article, ArticleInput input, Caller caller) {
        if (input.status() != null && !input.status().equals(article.getStatus().wireName())) {
            throw ApiProblem.invalidField("status", "field.status-create");
        }
        article.retitle(input.title().strip());
        article.moveTo(section(input.sectionSlug()));
        apply(article, input, caller);
        if (input.slug() != null && !Slugs.from(input.slug()).equals(article.getSlug())) {
            changeSlug(article, input.slug());
        }
        return savedWithText(article, "updated", caller);
    }

    @Transactional
    public Edited publish(long id, Instant publishAt, Caller caller) {
        Article article = changing(id, caller);
        Instant now = Timestamps.now();
        if (publishAt != null && publishAt.isAfter(now)) {
            article.schedule(publishAt);
            return saved(article, "scheduled", caller);
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            return current(article);
        }
        // A republished article keeps its first publication time: it does not jump back to the top.
        article.publish(article.getPublishedAt() != null ? article.getPublishedAt() : now);
        return saved(article, "published", caller);
    }

    @Transactional
    public Edited unpublish(long id, Caller caller) {
        Article article = changing(id, caller);
        if (article.getStatus() != ArticleStatus.PUBLISHED && article.getStatus() != ArticleStatus.SCHEDULED) {
            throw ApiProblem.conflict("conflict.status", article.getStatus().wireName());
        }
        article.unpublish();
        return saved(article, "unpublished", caller);
    }

    @Transactional
    public Edited archive(long id, Caller caller) {
        Article article = changing(id, caller);
        if (article.getStatus() == ArticleStatus.ARCHIVED) {
            return current(article);
        }
        article.archive();
        return saved(article, "archived", caller);
    }

    @Transactional
    public Edited submit(long id, Caller caller) {
        Article article = changing(id, caller);
        ArticlePolicy.requireEdit(caller, article);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw ApiProblem.conflict("conflict.status", article.getStatus().wireName());
        }
        article.submitForReview();
        return saved(article, "submitted", caller);
    }

    @Transactional
    public void delete(long id, Caller caller) {
        Article article = changing(id, caller);
        article.delete();
        saved(article, "deleted", caller);
    }

    @Transactional
    public Edited restore(long id, Caller caller) {
        Article article = articles.findWithSection(id).orElseThrow(() -> ApiProblem.notFound("not-found.article", id));
        if (!article.isDeleted()) {
            throw ApiProblem.conflict("conflict.status", article.getStatus().wireName());
        }
        articles.fetchBylinesAndTags(List.of(article));
        recordBaseline(article);
        article.restore();
        return saved(article, "restored", caller);
    }

    /** Publishes every scheduled article whose time has come; returns how many. */
    @Transactional
    public int publishDue() {
        List<Article> due = articles.findScheduledDue(Instant.now());
        for (Article article : due) {
            article.publish(article.getScheduledAt());
            articles.fetchBylinesAndTags(List.of(article));
            articles.flush();
            record(article, "published", null, SCHEDULER);
            responseCache.changed(SurrogateKeys.articleChanged(article.getId()));
        }
        return due.size();
    }

    public List<RevisionView> revisions(long id, Caller caller) {
        existing(id, caller);
        return revisions.findByArticleNewestFirst(id).stream().map(revision -> RevisionView.of(revision, false)).toList();
    }

    public RevisionView revision(long id, int version, Caller caller) {
        existing(id, caller);
        return revisions.findByArticleAndVersion(id, version)
                .map(revision -> RevisionView.of(revision, true))
                .orElseThrow(() -> ApiProblem.notFound("not-found.revision", id, version));
    }

    /** A staff view of any article the caller may read (any status), with its ETag. */
    public Edited read(long id, Caller caller) {
        return current(existing(id, caller));
    }

    // --- the parts ---

    private Article existing(long id, Caller caller) {
        Article article = articles.findWithSection(id)
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", id));
        articles.fetchBylinesAndTags(List.of(article));
        if (!ArticlePolicy.mayRead(caller, article)) {
            throw ApiProblem.notFound("not-found.article", id);
        }
        return article;
    }

    /** An article about to change: its history starts with the state found, if it has none yet (imports). */
    private Article changing(long id, Caller caller) {
        Article article = existing(id, caller);
        recordBaseline(article);
        return article;
    }

    private void recordBaseline(Article article) {
        if (revisions.findLatest(article.getId()).isEmpty()) {
            record(article, "created", null, SYSTEM);
        }
    }

    private Article editable(long id, String ifMatch, Caller caller) {
        Article article = articles.findWithSection(id)
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", id));
        articles.fetchBylinesAndTags(List.of(article));
        ArticlePolicy.requireEdit(caller, article);
        recordBaseline(article);
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

    private void apply(Article article, ArticleInput input, Caller caller) {
        List<Block> blocks = BodyRules.blocksOf(input.blocks(), input.bodyHtml());
        ImageView image = input.featuredImage();
        if (image != null && !BodyRules.isWebUrl(image.url())) {
            throw ApiProblem.invalidField("featuredImage.url", "field.web-url");
        }
        article.describe(blankToNull(input.subtitle()), blankToNull(input.excerpt()),
                image == null ? null : new FeaturedImage(image.url().strip(), image.alt(), image.caption(), image.credit()),
                input.commentsOpen() == null || input.commentsOpen());
        article.replaceBody(blocks);
        article.setAuthors(byline(input.authorSlugs(), caller));
        article.setTags(tagsNamed(input.tags()));
    }

    private List<Author> byline(List<String> slugsWanted, Caller caller) {
        if (slugsWanted == null || slugsWanted.isEmpty()) {
            if (caller.authorId() == null) {
                throw ApiProblem.invalidField("authorSlugs", "field.no-author-profile");
            }
            return List.of(authors.findById(caller.authorId()));
        }
        List<Author> byline = new ArrayList<>();
        for (String slug : new LinkedHashSet<>(slugsWanted)) {
            Author author = authors.findBySlug(slug)
                    .orElseThrow(() -> ApiProblem.invalidField("authorSlugs", "field.unknown-author", slug));
            if (!caller.isEditorial() && !author.getId().equals(caller.authorId())) {
                throw ApiProblem.invalidField("authorSlugs", "forbidden.other-authors");
            }
            byline.add(author);
        }
        return byline;
    }

    private Set<Tag> tagsNamed(List<String> names) {
        Set<Tag> found = new LinkedHashSet<>();
        if (names == null) {
            return found;
        }
        for (String name : names) {
            String slug = Slugs.from(name);
            if (slug.isEmpty()) {
                throw ApiProblem.invalidField("tags", "field.blank");
            }
            found.add(tags.findBySlug(slug).orElseGet(() -> {
                Tag created = new Tag(slug, name.strip());
                tags.persist(created);
                return created;
            }));
        }
        return found;
    }

    private Section section(String slug) {
        return sections.findBySlug(slug).orElseThrow(() -> ApiProblem.invalidField("sectionSlug", "field.unknown-section", slug));
    }

    private void changeSlug(Article article, String wanted) {
        String newSlug = slugs.allocate(wanted, article.getId());
        if (newSlug.equals(article.getSlug())) {
            return;
        }
        retiredSlugs.findByIdOptional(newSlug).ifPresent(retiredSlugs::delete);
        retiredSlugs.persist(new ArticleSlug(article.getSlug(), article.getId()));
        article.changeSlug(newSlug);
    }

    /** A save that may change the title, subtitle, excerpt or body: the search columns follow in this transaction. */
    private Edited savedWithText(Article article, String action, Caller caller) {
        articles.flush();
        searchIndex.index(article);
        return saved(article, action, caller);
    }

    private Edited saved(Article article, String action, Caller caller) {
        articles.flush();
        responseCache.changed(SurrogateKeys.articleChanged(article.getId()));
        record(article, action, caller.id(), caller.displayName());
        return current(article);
    }

    private void record(Article article, String action, Long editorId, String editorName) {
        ArticleSnapshot snapshot = ArticleSnapshot.of(article);
        ArticleSnapshot before = revisions.findLatest(article.getId()).map(ArticleRevision::getSnapshot).orElse(null);
        revisions.persist(new ArticleRevision(article.getId(), article.getVersion(), action,
                String.join(",", snapshot.changedSince(before)), editorId, editorName, snapshot));
    }

    private Edited current(Article article) {
        return new Edited(views.detail(article), ArticleTag.of(article));
    }

    private ArticleInput inputOf(Article article) {
        return new ArticleInput(article.getTitle(), article.getSubtitle(), article.getExcerpt(),
                article.getSection().getSlug(), article.getTags().stream().map(Tag::getSlug).toList(),
                article.getAuthors().stream().map(Author::getSlug).toList(), ImageView.of(article.getFeaturedImage()),
                article.getBlocks(), null, article.getStatus().wireName(), null, article.getSlug(),
                article.isCommentsOpen());
    }

    private static ArticleInput withBlocks(ArticleInput in, List<Block> blocks) {
        return new ArticleInput(in.title(), in.subtitle(), in.excerpt(), in.sectionSlug(), in.tags(), in.authorSlugs(),
                in.featuredImage(), blocks, in.bodyHtml(), in.status(), in.publishedAt(), in.slug(), in.commentsOpen());
    }

    private static ArticleInput withHtml(ArticleInput in, String html) {
        return new ArticleInput(in.title(), in.subtitle(), in.excerpt(), in.sectionSlug(), in.tags(), in.authorSlugs(),
                in.featuredImage(), in.blocks(), html, in.status(), in.publishedAt(), in.slug(), in.commentsOpen());
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.putNull(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
