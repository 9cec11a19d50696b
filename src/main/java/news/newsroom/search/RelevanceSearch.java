package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.ArticleQuery;

/**
 * Finds the best hits of a search without ranking every match. Relevance is a {@link SearchLevel}'s weight plus a
 * recency boost, so inside a level best means newest, and the best {@code n} hits overall are among the newest
 * {@code n} of each level. Levels are read from the best down, and reading stops at the first level whose newest
 * possible article could not beat the {@code n}-th hit found so far: with the default weights a word that is in a
 * few dozen titles never makes PostgreSQL look at the articles that only mention it in the body.
 */
@ApplicationScoped
public class RelevanceSearch {

    /** Relevance order: score, then newest, then highest id (as the SQL orders ties). */
    static final Comparator<SearchHit> BEST_FIRST = Comparator.comparingDouble(SearchHit::score).reversed()
            .thenComparing(SearchHit::sortTime, Comparator.reverseOrder())
            .thenComparing(SearchHit::id, Comparator.reverseOrder());

    private final SearchRepository searches;
    private final NewsroomConfig config;

    public RelevanceSearch(SearchRepository searches, NewsroomConfig config) {
        this.searches = searches;
        this.config = config;
    }

    public HitPage find(ArticleQuery query, SearchQuery search, SearchRanking ranking, RelevancePosition after, int offset,
            int limit) {
        int wanted = offset + limit;
        List<SearchHit> best = new ArrayList<>();
        boolean everyLevelCounted = true;
        long seen = 0;
        // PostgreSQL's estimate of the matches: at most exact-total-limit, and the levels that check the whole
        // document collect their matches rather than let PostgreSQL walk (SearchRepository.searchLevel).
        long estimate = -1;
        for (SearchLevel level : SearchLevel.values()) {
            if (!level.appliesTo(search)) {
                continue;
            }
            if (after != null && level.weight() > after.score()) {
                continue; // every article at this level scores above the cursor: all on earlier pages
            }
            if (best.size() >= wanted && ranking.best(level) < best.get(wanted - 1).score()) {
                everyLevelCounted = false; // neither this level nor a lower one can reach the page
                break;
            }
            if (estimate < 0 && SearchRepository.readsDocument(level, search)) {
                // Asked once, and only of searches that get this far: planned, not run.
                estimate = searches.estimate(query, search);
            }
            SearchRepository.LevelHits found = searches.searchLevel(query, search, level, ranking, after, wanted,
                    estimate >= 0 && estimate <= config.search().exactTotalLimit());
            everyLevelCounted &= found.total() >= 0;
            seen += Math.max(0, found.total());
            best.addAll(found.hits());
            best.sort(BEST_FIRST);
            if (best.size() > wanted) {
                best.subList(wanted, best.size()).clear();
            }
        }
        List<SearchHit> page = offset >= best.size() ? List.of() : List.copyOf(best.subList(offset, best.size()));
        // Levels are exclusive, so when each level's count is known their sum is every match (after the cursor).
        long matches = everyLevelCounted && after == null ? seen : -1;
        return new HitPage(page, matches, estimate);
    }
}
