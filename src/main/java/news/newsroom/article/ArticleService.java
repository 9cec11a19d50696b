package news.newsroom.article;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.newsroom.NewsroomConfig;
import news.newsroom.author.AuthorService;
import news.newsroom.section.SectionService;
import news.newsroom.staff.Caller;
import news.newsroom.staff.StaffRole;
import news.newsroom.tag.TagService;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ContentClock;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.PageRequest;
import news.newsroom.web.QueryParameters;
import news.newsroom.web.Versioned;

/** The public reading side of articles: lists, single articles, slugs and related articles. */
@ApplicationScoped
public class ArticleService {

    /** An article list request as sent: slugs and raw values, checked here. */
    public record ListRequest(String section, List<String> tags, String author, String from, String to, String sort,
            String status) {
    }

    /** A published article for the public, with what its caching headers need. */
    public record Found(ArticleDetail article, Instant lastModified, EntityTag etag) {
    }

    /** Either the article, or the slug it now lives under (an old slug was asked for). */
    public record SlugLookup(Found article, String currentSlug) {
    }

    public static final int MAX_TAG_FILTERS = 10;
    public static final int RELATED_LIMIT = 6;

    private final ArticleRepository articles;
    private final ArticleSlugRepository retiredSlugs;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticleViews views;
    private final CursorCodec cursors;
    private final ContentClock clock;
    private final NewsroomConfig config;

    public ArticleService(ArticleRepository articles, ArticleSlugRepository retiredSlugs, SectionService sections,
            TagService tags, AuthorService authors, ArticleViews views, CursorCodec cursors, ContentClock clock,
            NewsroomConfig config) {
        this.articles = articles;
        this.retiredSlugs = retiredSlugs;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.views = views;
        this.cursors = cursors;
        this.clock = clock;
        this.config = config;
    }

    public Versioned<ArticlePage> list(ListRequest request, PageRequest page, Optional<Caller> caller) {
        ArticleQuery query = resolve(request, caller);
        String scope = "articles:" + query.sort().name().toLowerCase(Locale.ROOT)
                + (query.publicList() ? "" : ":" + (query.deleted() ? "deleted" : query.status().wireName()));
        ArticleRepository.Position after = page.cursor().map(token -> position(scope, token)).orElse(null);
        int offset = after == null ? page.offset() : 0;
        List<Article> found = articles.findPublishedPage(query, after, offset, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Article> items = more ? found.subList(0, page.limit()) : found;
        articles.fetchBylinesAndTags(items);
        String next = more ? cursorAfter(scope, ArticleRepository.sortTimeOf(query, items.get(items.size() - 1)),
                items.get(items.size() - 1).getId()) : null;
        long total = articles.countPublished(query);
        ArticlePage body = new ArticlePage(items.stream().map(views::summary).toList(), total, page.limit(), next);
        return new Versioned<>(body, clock.lastChange());
    }

    public Optional<Found> findPublished(long id) {
        return articles.findPublishedById(id).map(this::detail);
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
        Instant latest = article.getUpdatedAt();
        List<Instant> parts = new ArrayList<>();
        parts.add(article.getSection().getUpdatedAt());
        article.getAuthors().forEach(author -> parts.add(author.getUpdatedAt()));
        article.getTags().forEach(tag -> parts.add(tag.getUpdatedAt()));
        for (Instant part : parts) {
            if (part.isAfter(latest)) {
                latest = part;
            }
        }
        return latest;
    }

    private ArticleQuery resolve(ListRequest request, Optional<Caller> caller) {
        ArticleSort sort = QueryParameters.oneOf("sort", request.sort(), ArticleSort.class, ArticleSort.NEWEST);
        ArticleStatus status = ArticleStatus.PUBLISHED;
        boolean deleted = false;
        Long visibleToAuthor = null;
        if (request.status() != null) {
            Caller staff = caller.orElseThrow(UnauthorizedException::new);
            if ("deleted".equals(request.status())) {
                ArticlePolicy.requireAdmin(staff);
                deleted = true;
            } else {
                status = QueryParameters.oneOf("status", request.status(), ArticleStatus.class, ArticleStatus.PUBLISHED);
            }
            if (!staff.isEditorial() && !staff.has(StaffRole.MODERATOR)) {
                visibleToAuthor = staff.authorId() == null ? -1L : staff.authorId();
            }
        }
        List<Long> sectionIds = List.of();
        if (request.section() != null) {
            sectionIds = (QueryParameters.isPlausibleSlug(request.section())
                    ? sections.idsWithin(request.section()) : Optional.<List<Long>>empty())
                    .orElseThrow(() -> ApiProblem.invalidParameter("section", "param.unknown-section", request.section()));
        }
        List<String> tagSlugs = request.tags() == null ? List.of() : request.tags().stream().distinct().toList();
        if (tagSlugs.size() > MAX_TAG_FILTERS) {
            throw ApiProblem.invalidParameter("tag", "param.too-many", MAX_TAG_FILTERS);
        }
        List<Long> tagIds = new ArrayList<>();
        for (String slug : tagSlugs) {
            tagIds.add((QueryParameters.isPlausibleSlug(slug) ? tags.idOf(slug) : Optional.<Long>empty())
                    .orElseThrow(() -> ApiProblem.invalidParameter("tag", "param.unknown-tag", slug)));
        }
        Long authorId = null;
        if (request.author() != null) {
            authorId = (QueryParameters.isPlausibleSlug(request.author()) ? authors.idOf(request.author())
                    : Optional.<Long>empty())
                    .orElseThrow(() -> ApiProblem.invalidParameter("author", "param.unknown-author", request.author()));
        }
        Instant from = QueryParameters.startOf("from", request.from(), config.timeZone());
        Instant to = QueryParameters.endOf("to", request.to(), config.timeZone());
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.invalidParameter("from", "param.date-order");
        }
        return new ArticleQuery(sectionIds, tagIds, authorId, from, to, sort, status, deleted, visibleToAuthor);
    }

    private String cursorAfter(String scope, Instant time, long id) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, time);
        return cursors.encode(scope, List.of(Long.toString(micros), Long.toString(id)));
    }

    private ArticleRepository.Position position(String scope, String token) {
        List<String> values = cursors.decode(scope, token, 2);
        try {
            Instant time = Instant.EPOCH.plus(Long.parseLong(values.get(0)), ChronoUnit.MICROS);
            return new ArticleRepository.Position(time, Long.parseLong(values.get(1)));
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException signedButNotOurs) {
            throw ApiProblem.invalidParameter("cursor", "param.cursor");
        }
    }
}
