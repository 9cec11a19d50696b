package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.ArticleCounts;
import news.newsroom.article.ArticlePage;
import news.newsroom.article.ArticleQuery;
import news.newsroom.article.ArticleSort;

/**
 * How many articles a search matches, for a page's {@code total}: known from the hits when they were read to the
 * end, else counted when PostgreSQL expects few enough, else its estimate (marked as one). Counting visits every
 * matching row, which for a common word is most of the cost of the whole search; counts are cached per search and
 * content version, so the pages of one search share theirs.
 */
@ApplicationScoped
public class SearchTotals {

    private final SearchRepository searches;
    private final ArticleCounts counts;
    private final NewsroomConfig.Search settings;

    public SearchTotals(SearchRepository searches, ArticleCounts counts, NewsroomConfig config) {
        this.searches = searches;
        this.counts = counts;
        this.settings = config.search();
    }

    /**
     * The total of the search whose page {@code found} is, read after {@code after} or from {@code offset}, as of
     * the content's last change {@code changed}.
     */
    public ArticlePage.Total of(ArticleQuery query, SearchQuery search, HitPage found, Instant changed,
            RelevancePosition after, int offset) {
        ArticlePage.Total total = found.matches() >= 0 ? ArticlePage.Total.exactly(found.matches())
                : counts.counted(changed + "|q:" + search.fingerprint() + "|" + query.withSort(ArticleSort.NEWEST),
                        () -> counted(query, search, found.estimate()));
        if (!total.estimated()) {
            return total;
        }
        // An estimate never says fewer than the hits already walked past (a page past the end proves none).
        long seen = found.hits().isEmpty() ? 0 : (after == null ? offset : 0) + found.hits().size();
        return new ArticlePage.Total(Math.max(total.count(), seen), true);
    }

    /** {@code knownEstimate} is PostgreSQL's estimate if the search already asked for it, else -1. */
    private ArticlePage.Total counted(ArticleQuery query, SearchQuery search, long knownEstimate) {
        long estimate = knownEstimate >= 0 ? knownEstimate : searches.estimate(query, search);
        return estimate <= settings.exactTotalLimit()
                ? ArticlePage.Total.exactly(searches.count(query, search))
                : new ArticlePage.Total(estimate, true);
    }
}
