package news.newsroom.search;

import java.time.Instant;

/**
 * How relevance is weighed: a level's weight plus a recency boost of {@code recencyWeight · h / (h + age in days)},
 * age measured at {@code asOf} (which the cursor carries, so that every page of a search ranks alike).
 */
public record SearchRanking(Instant asOf, double recencyWeight, double halfLifeDays) {

    /** The highest score an article at {@code level} can have: brand new. */
    public double best(SearchLevel level) {
        return level.weight() + recencyWeight;
    }
}
