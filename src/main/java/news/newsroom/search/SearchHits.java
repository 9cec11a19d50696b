package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.ArticleQuery;
import news.newsroom.article.ArticleSort;

/** Finds one page of a search's hits, in the order the query asks for: by relevance, or by time. */
@ApplicationScoped
public class SearchHits {

    private final RelevanceSearch relevance;
    private final SearchRepository searches;
    private final NewsroomConfig.Search settings;

    public SearchHits(RelevanceSearch relevance, SearchRepository searches, NewsroomConfig config) {
        this.relevance = relevance;
        this.searches = searches;
        this.settings = config.search();
    }

    /** Up to {@code limit} hits after {@code after}, or from {@code offset}, ranked as of {@code asOf}. */
    public HitPage find(ArticleQuery query, SearchQuery search, Instant asOf, RelevancePosition after, int offset,
            int limit) {
        if (query.sort() == ArticleSort.RELEVANCE) {
            SearchRanking ranking = new SearchRanking(asOf, settings.recencyWeight(),
                    settings.recencyHalfLife().toSeconds() / 86_400.0);
            return relevance.find(query, search, ranking, after, offset, limit);
        }
        long estimate = searches.estimate(query, search);
        List<SearchHit> hits = searches.searchByTime(query, search, after, offset, limit,
                estimate <= settings.exactTotalLimit());
        // The first page, read to its end, has seen every match: so has a later page by number that found some.
        long matches = after == null && hits.size() < limit && (offset == 0 || !hits.isEmpty())
                ? offset + hits.size() : -1;
        return new HitPage(hits, matches, estimate);
    }
}
