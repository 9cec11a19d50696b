package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import news.newsroom.Timestamps;
import news.newsroom.article.ArticlePage;
import news.newsroom.article.ArticleQuery;
import news.newsroom.article.ArticleSearch;
import news.newsroom.article.ArticleSummary;
import news.newsroom.content.ContentClock;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.PageRequest;
import news.newsroom.web.Versioned;

/**
 * The archive search: a page of the articles matching the words and the list filters, best first unless a time
 * order was asked for, each with its highlight. Searches take turns ({@link SearchQueue}); repeated searches are
 * answered by the response cache before they get here.
 */
@ApplicationScoped
public class SearchService implements ArticleSearch {

    /** How far into a search pages by number reach (page × limit); the cursor goes on past it. */
    public static final int PAGE_WINDOW = 1000;

    private final SearchQueue queue;
    private final SearchHits hits;
    private final HitSummaries summaries;
    private final SearchTotals totals;
    private final CursorCodec cursors;
    private final ContentClock clock;

    public SearchService(SearchQueue queue, SearchHits hits, HitSummaries summaries, SearchTotals totals,
            CursorCodec cursors, ContentClock clock) {
        this.queue = queue;
        this.hits = hits;
        this.summaries = summaries;
        this.totals = totals;
        this.cursors = cursors;
        this.clock = clock;
    }

    @Override
    public Versioned<ArticlePage> search(String q, Supplier<ArticleQuery> filters, PageRequest page) {
        SearchQuery search = parse(q);
        // The filters' slugs are looked up in its turn too: a waiting search has not asked the database for them.
        return queue.run(() -> page(filters.get(), search, page));
    }

    private Versioned<ArticlePage> page(ArticleQuery query, SearchQuery search, PageRequest page) {
        if (page.cursor().isEmpty() && page.offset() + page.limit() > PAGE_WINDOW) {
            // A page deep into a search means reading (and for a common word, ranking) every hit before it; the
            // cursor reads from where the previous page ended instead.
            throw ApiProblem.invalidParameter("page", "param.search-page-too-deep", PAGE_WINDOW);
        }
        // The cursor is bound to the query too: its score means nothing for another search.
        String scope = "articles:search:" + query.sort().name().toLowerCase(Locale.ROOT) + ":" + search.fingerprint()
                + (query.publicList() ? "" : ":" + (query.deleted() ? "deleted" : query.status().wireName()));
        RelevancePosition after = page.cursor()
                .map(token -> cursors.decode(scope, RelevancePosition.FORMAT, token)).orElse(null);
        Instant asOf = after != null ? after.asOf() : Timestamps.now().truncatedTo(ChronoUnit.SECONDS);
        int offset = after == null ? page.offset() : 0;
        HitPage found = hits.find(query, search, asOf, after, offset, page.limit() + 1);
        boolean more = found.hits().size() > page.limit();
        List<SearchHit> shown = more ? found.hits().subList(0, page.limit()) : found.hits();
        List<ArticleSummary> items = summaries.of(search, shown);
        String next = more
                ? cursors.encode(scope, RelevancePosition.FORMAT, RelevancePosition.after(asOf, shown.get(shown.size() - 1)))
                : null;
        Instant changed = clock.lastChange();
        ArticlePage.Total total = totals.of(query, search, found, changed, after, offset);
        return new Versioned<>(new ArticlePage(items, total.count(), total.estimated(), page.limit(), next), changed);
    }

    private static SearchQuery parse(String q) {
        SearchQuery.ParseResult parsed = SearchQuery.parse(q);
        if (parsed.problem() == SearchQuery.Problem.TOO_LONG) {
            throw ApiProblem.invalidParameter("q", "param.q-too-long", SearchQuery.MAX_LENGTH);
        }
        return parsed.value().orElseThrow(() -> ApiProblem.invalidParameter("q", "param.q-nothing"));
    }
}
