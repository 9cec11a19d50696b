package news.newsroom.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import news.newsroom.NewsroomConfig;
import news.newsroom.Timestamps;
import news.newsroom.author.AuthorService;
import news.newsroom.search.SearchQuery;
import news.newsroom.section.SectionService;
import news.newsroom.staff.Caller;
import news.newsroom.tag.TagService;
import news.newsroom.web.ApiProblem;
import news.newsroom.cache.ContentClock;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.PageRequest;
import news.newsroom.web.QueryParameters;
import news.newsroom.web.Versioned;
import news.newsroom.search.ArticleSummaryCache;
import news.newsroom.web.Problem;
import news.newsroom.search.RelevanceSearch;
import news.newsroom.search.SearchHighlights;
import news.newsroom.search.SearchQueue;

/** The public reading side of articles: lists, single articles, slugs and related articles. */
@ApplicationScoped
public class ArticleService {

    /** An article list request as sent: slugs and raw values, checked here. */
    public record ListRequest(String q, String section, List<String> tags, String author, String from, String to,
            String sort, String status) {
    }

    /** A published article for the public, with what its caching headers need. */
    public record Found(ArticleDetail article, Instant lastModified, EntityTag etag) {
    }

    /** Either the article, or the slug it now lives under (an old slug was asked for). */
    public record SlugLookup(Found article, String currentSlug) {
    }

    public static final int MAX_TAG_FILTERS = 10;
    public static final int RELATED_LIMIT = 6;
    /** How far into a search pages by number reach (page × limit); the cursor goes on past it. */
    public static final int SEARCH_PAGE_WINDOW = 1000;
    /**
     * One per filter combination in use. The response cache keeps whole pages by URI; this keeps the count a
     * list's pages share, so page 2, 3... of a list (other URIs) do not count its articles again.
     */
    static final int COUNTS_KEPT = 10_000;

    private final ArticleRepository articles;
    private final ArticleSlugRepository retiredSlugs;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticleViews views;
    private final SearchHighlights highlights;
    private final RelevanceSearch relevance;
    private final ArticleSummaryCache summaries;
    private final SearchQueue searchQueue;
    private final Cache<String, ArticlePage.Total> counts = Caffeine.newBuilder()
            .maximumSize(COUNTS_KEPT).expireAfterWrite(Duration.ofMinutes(10)).build();
    private final CursorCodec cursors;
    private final ContentClock clock;
    private final NewsroomConfig config;

    public ArticleService(ArticleRepository articles, ArticleSlugRepository retiredSlugs, SectionService sections,
            TagService tags, AuthorService authors, ArticleViews views, SearchHighlights highlights,
            RelevanceSearch relevance, ArticleSummaryCache summaries, SearchQueue searchQueue, CursorCodec cursors,
            ContentClock clock, NewsroomConfig config) {
        this.articles = articles;
        this.retiredSlugs = retiredSlugs;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.views = views;
        this.highlights = highlights;
        this.relevance = relevance;
        this.summaries = summaries;
        this.searchQueue = searchQueue;
        this.cursors = cursors;
        this.clock = clock;
        this.config = config;
    }

    public Versioned<ArticlePage> list(ListRequest request, PageRequest page, Optional<Caller> caller) {
        Optional<SearchQuery> search = searchOf(request.q());
        if (search.isPresent()) {
            // The filters' slugs are looked up in its turn too: a waiting search has not asked the database for them.
            return searchQueue.run(() -> search(resolve(request, true, caller), search.get(), page));
        }
        ArticleQuery query = resolve(request, false, caller);
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
        // Counting every published article reads them all (100,000 rows: the slowest part of a list page), and
        // the count only changes with the content: it is kept under the content clock, like search pages.
        Instant changed = clock.lastChange();
        ArticlePage.Total total = counted(changed + "|" + query.withSort(ArticleSort.NEWEST),
                () -> ArticlePage.Total.exactly(articles.countPublished(query)));
        ArticlePage body = new ArticlePage(items.stream().map(views::summary).toList(), total.count(),
                total.estimated(), page.limit(), next);
        return new Versioned<>(body, changed);
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

    /**
     * A search: the hits of one page with their highlights, best first unless a time order was asked for.
     * Repeated searches are answered by the response cache (web/ResponseCache) before they get here.
     */
    private Versioned<ArticlePage> search(ArticleQuery query, SearchQuery search, PageRequest page) {
        if (page.cursor().isEmpty() && page.offset() + page.limit() > SEARCH_PAGE_WINDOW) {
            // A page deep into a search means reading (and for a common word, ranking) every hit before it; the
            // cursor reads from where the previous page ended instead.
            throw ApiProblem.invalidParameter("page", "param.search-page-too-deep", SEARCH_PAGE_WINDOW);
        }
        boolean relevance = query.sort() == ArticleSort.RELEVANCE;
        // The cursor is bound to the query too: its score means nothing for another search.
        String scope = "articles:search:" + query.sort().name().toLowerCase(Locale.ROOT) + ":" + search.fingerprint()
                + (query.publicList() ? "" : ":" + (query.deleted() ? "deleted" : query.status().wireName()));
        Instant asOf = Timestamps.now().truncatedTo(ChronoUnit.SECONDS);
        ArticleRepository.SearchPosition after = null;
        if (page.cursor().isPresent()) {
            List<String> values = cursors.decode(scope, page.cursor().get(), 4);
            try {
                asOf = fromMicros(values.get(0));
                after = new ArticleRepository.SearchPosition(Double.longBitsToDouble(Long.parseLong(values.get(1))),
                        fromMicros(values.get(2)), Long.parseLong(values.get(3)));
            } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException signedButNotOurs) {
                throw ApiProblem.invalidParameter("cursor", "param.cursor");
            }
        }
        ArticleRepository.SearchRanking ranking = new ArticleRepository.SearchRanking(asOf,
                config.search().recencyWeight(), config.search().recencyHalfLife().toSeconds() / 86_400.0);
        int offset = after == null ? page.offset() : 0;
        List<ArticleRepository.SearchHit> hits;
        long matches;
        long estimate;
        if (relevance) {
            RelevanceSearch.Page found = this.relevance.find(query, search, ranking, after, offset, page.limit() + 1);
            hits = found.hits();
            matches = found.matches();
            estimate = found.estimate();
        } else {
            estimate = articles.estimateSearch(query, search);
            hits = articles.searchByTime(query, search, after, offset, page.limit() + 1,
                    estimate <= config.search().exactTotalLimit());
            matches = after == null && hits.size() <= page.limit() && (offset == 0 || !hits.isEmpty())
                    ? offset + hits.size() : -1;
        }
        boolean more = hits.size() > page.limit();
        List<ArticleRepository.SearchHit> shown = more ? hits.subList(0, page.limit()) : hits;
        List<ArticleSummary> found = summaries.of(shown.stream().map(ArticleRepository.SearchHit::id).toList());
        Map<Long, String> marked = highlights.of(search, found);
        List<ArticleSummary> items = new ArrayList<>(found.size());
        for (ArticleSummary article : found) {
            items.add(article.withHighlight(marked.get(article.id())));
        }
        String next = null;
        if (more) {
            ArticleRepository.SearchHit last = shown.get(shown.size() - 1);
            next = cursors.encode(scope, List.of(micros(asOf), Long.toString(Double.doubleToLongBits(last.score())),
                    micros(last.sortTime()), Long.toString(last.id())));
        }
        Instant changed = clock.lastChange();
        ArticlePage.Total total = matches >= 0 ? ArticlePage.Total.exactly(matches)
                : counted(changed + "|q:" + search.fingerprint() + "|" + query.withSort(ArticleSort.NEWEST),
                        () -> totalOf(query, search, estimate));
        if (total.estimated()) {
            // An estimate never says fewer than the hits already walked past (a page past the end proves none).
            long seen = hits.isEmpty() ? 0 : (after == null ? offset : 0) + hits.size();
            total = new ArticlePage.Total(Math.max(total.count(), seen), true);
        }
        return new Versioned<>(new ArticlePage(items, total.count(), total.estimated(), page.limit(), next), changed);
    }

    /**
     * The kept count for {@code key}, else a new one, kept. Counted outside the cache's own compute: that would
     * hold a lock of the cache's hash table for a whole SQL statement, stalling requests for other keys.
     */
    private ArticlePage.Total counted(String key, java.util.function.Supplier<ArticlePage.Total> count) {
        ArticlePage.Total kept = counts.getIfPresent(key);
        if (kept == null) {
            kept = count.get();
            counts.put(key, kept);
        }
        return kept;
    }

    /**
     * How many articles a search matches: counted when PostgreSQL expects few enough, else its estimate. Counting
     * visits every matching row, which for a common word is most of the cost of the whole search.
     * {@code knownEstimate} is the estimate if the search already asked for it, else -1.
     */
    private ArticlePage.Total totalOf(ArticleQuery query, SearchQuery search, long knownEstimate) {
        long estimate = knownEstimate >= 0 ? knownEstimate : articles.estimateSearch(query, search);
        return estimate <= config.search().exactTotalLimit()
                ? ArticlePage.Total.exactly(articles.countSearch(query, search))
                : new ArticlePage.Total(estimate, true);
    }

    private static Optional<SearchQuery> searchOf(String q) {
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        SearchQuery.ParseResult parsed = SearchQuery.parse(q);
        if (parsed.problem() == SearchQuery.Problem.TOO_LONG) {
            throw ApiProblem.invalidParameter("q", "param.q-too-long", SearchQuery.MAX_LENGTH);
        }
        return Optional.of(parsed.value().orElseThrow(() -> ApiProblem.invalidParameter("q", "param.q-nothing")));
    }

    private static String micros(Instant instant) {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static Instant fromMicros(String value) {
        return Instant.EPOCH.plus(Long.parseLong(value), ChronoUnit.MICROS);
    }

    private ArticleQuery resolve(ListRequest request, boolean searching, Optional<Caller> caller) {
        ArticleSort sort = QueryParameters.oneOf("sort", request.sort(), ArticleSort.class,
                searching ? ArticleSort.RELEVANCE : ArticleSort.NEWEST);
        if (sort == ArticleSort.RELEVANCE && !searching) {
            throw ApiProblem.invalidParameter("sort", "param.relevance-needs-q");
        }
        StatusFilter status = StatusFilter.of(request.status(), caller);
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
        return new ArticleQuery(sectionIds, tagIds, authorId, from, to, sort, status.status(), status.deleted(),
                status.visibleToAuthorId());
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
