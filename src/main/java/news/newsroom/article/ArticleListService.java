package news.newsroom.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.newsroom.content.ContentClock;
import news.newsroom.staff.Caller;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.PageRequest;
import news.newsroom.web.TimePosition;
import news.newsroom.web.Versioned;

/** Article lists: the newest (or oldest) articles matching the filters, a page at a time; with words, a search. */
@ApplicationScoped
public class ArticleListService {

    private final ArticleRepository articles;
    private final ArticleQueries queries;
    private final ArticleSearch search;
    private final ArticleCounts counts;
    private final ArticleViews views;
    private final CursorCodec cursors;
    private final ContentClock clock;

    public ArticleListService(ArticleRepository articles, ArticleQueries queries, ArticleSearch search,
            ArticleCounts counts, ArticleViews views, CursorCodec cursors, ContentClock clock) {
        this.articles = articles;
        this.queries = queries;
        this.search = search;
        this.counts = counts;
        this.views = views;
        this.cursors = cursors;
        this.clock = clock;
    }

    public Versioned<ArticlePage> list(ArticleListRequest request, PageRequest page, Optional<Caller> caller) {
        if (request.searching()) {
            return search.search(request.q(), () -> queries.resolve(request, caller), page);
        }
        ArticleQuery query = queries.resolve(request, caller);
        String scope = "articles:" + query.sort().name().toLowerCase(Locale.ROOT)
                + (query.publicList() ? "" : ":" + (query.deleted() ? "deleted" : query.status().wireName()));
        TimePosition after = page.cursor().map(token -> cursors.decode(scope, TimePosition.FORMAT, token)).orElse(null);
        int offset = after == null ? page.offset() : 0;
        List<Article> found = articles.findPage(query, after, offset, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Article> items = more ? found.subList(0, page.limit()) : found;
        articles.fetchBylinesAndTags(items);
        String next = null;
        if (more) {
            Article last = items.get(items.size() - 1);
            next = cursors.encode(scope, TimePosition.FORMAT,
                    new TimePosition(ArticleFilters.sortTimeOf(query, last), last.getId()));
        }
        // Counting every published article reads them all, and the count only changes with the content: it is
        // cached under the content's last change, like search pages.
        Instant changed = clock.lastChange();
        ArticlePage.Total total = counts.counted(changed + "|" + query.withSort(ArticleSort.NEWEST),
                () -> ArticlePage.Total.exactly(articles.countMatching(query)));
        ArticlePage body = new ArticlePage(items.stream().map(views::summary).toList(), total.count(),
                total.estimated(), page.limit(), next);
        return new Versioned<>(body, changed);
    }
}
