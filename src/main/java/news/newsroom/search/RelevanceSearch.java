package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.newsroom.article.ArticleRepository.SearchHit;
import news.newsroom.article.ArticleRepository.SearchPosition;
import news.newsroom.article.ArticleRepository.SearchRanking;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.ArticleQuery;
import news.newsroom.article.ArticleRepository;

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

    /**
     * The hits of one page, and whether they are all the matches there are.
     *
     * @param hits     up to {@code limit} hits after the cursor or the offset, best first
     * @param matches  when every level's count is known (read to its end, or collected whole), how many matches
     *                 there are; else -1
     * @param estimate PostgreSQL's estimate of the matches if it was asked (for the levels that check the whole
     *                 document), else -1: the total reuses it
     */
    public record Page(List<SearchHit> hits, long matches, long estimate) {
    }

    private final ArticleRepository articles;
    private final NewsroomConfig config;

    public RelevanceSearch(ArticleRepository articles, NewsroomConfig config) {
        this.articles = articles;
        this.config = config;
    }

    public Page find(ArticleQuery query, SearchQuery search, SearchRanking ranking, SearchPosition after, int offset,
            int limit) {
        int wanted = offset + limit;
        List<SearchHit> best = new ArrayList<>();
        boolean everyLevelCounted = true;
        long seen = 0;
        // PostgreSQL's estimate of the matches: at most exact-total-limit, and the levels that check the whole
        // document collect their matches rather than let PostgreSQL walk (ArticleRepository.searchLevel).
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
            if (estimate < 0 && ArticleRepository.readsDocument(level, search)) {
                // Asked once, and only of searches that get this far: planned, not run.
                estimate = articles.estimateSearch(query, search);
            }
            ArticleRepository.LevelHits found = articles.searchLevel(query, search, level, ranking, after, wanted,
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
        return new Page(page, matches, estimate);
    }
}
