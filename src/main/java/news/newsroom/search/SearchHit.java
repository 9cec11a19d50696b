package news.newsroom.search;

import java.time.Instant;

/** One search hit: the article, its relevance (0 in time orders) and the time it is ordered by. */
public record SearchHit(long id, double score, Instant sortTime) {
}
