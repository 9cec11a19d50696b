package news.newsroom.search;

import java.time.Instant;
import java.util.List;
import news.newsroom.web.CursorFormat;

/**
 * Where a page of search hits starts: after this (score, time, id) in the hits' order, for a search ranked as of
 * {@code asOf}. Time-ordered searches carry a score of 0.
 */
public record RelevancePosition(Instant asOf, double score, Instant time, long id) {

    public static final CursorFormat<RelevancePosition> FORMAT = CursorFormat.of(4,
            position -> List.of(CursorFormat.micros(position.asOf()),
                    Long.toString(Double.doubleToLongBits(position.score())), CursorFormat.micros(position.time()),
                    Long.toString(position.id())),
            values -> new RelevancePosition(CursorFormat.fromMicros(values.get(0)),
                    Double.longBitsToDouble(Long.parseLong(values.get(1))), CursorFormat.fromMicros(values.get(2)),
                    Long.parseLong(values.get(3))));

    /** The position just after {@code hit}, in a search ranked as of {@code asOf}. */
    public static RelevancePosition after(Instant asOf, SearchHit hit) {
        return new RelevancePosition(asOf, hit.score(), hit.sortTime(), hit.id());
    }
}
