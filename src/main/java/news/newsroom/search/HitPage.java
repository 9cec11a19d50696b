package news.newsroom.search;

import java.util.List;

/**
 * One page of a search's hits, and what is known of how many there are.
 *
 * @param hits     up to the page's size in hits after the cursor or the offset, in the search's order
 * @param matches  how many articles match (after the cursor), when reading the hits showed it; else -1
 * @param estimate PostgreSQL's estimate of the matches if it was asked, else -1: the total reuses it
 */
public record HitPage(List<SearchHit> hits, long matches, long estimate) {
}
