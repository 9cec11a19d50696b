package news.newsroom.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a page of a list in time order starts: after this (time, id). Article lists, comment threads and the
 * moderation queue are all walked this way, newest or oldest first, with the id breaking ties.
 */
public record TimePosition(Instant time, long id) {

    public static final CursorFormat<TimePosition> FORMAT = CursorFormat.of(2,
            position -> List.of(CursorFormat.micros(position.time()), Long.toString(position.id())),
            values -> new TimePosition(CursorFormat.fromMicros(values.get(0)), Long.parseLong(values.get(1))));

    /**
     * The condition, in JPQL or SQL alike, that a row comes after this position when ordered by {@code time} then
     * {@code id}, both descending or both ascending; binds {@code :afterTime} and {@code :afterId}. The first,
     * redundant bound lets PostgreSQL start the index scan at the position, so a deep page costs what the first
     * page costs.
     */
    public String after(String time, String id, boolean descending, Map<String, Object> params) {
        String cmp = descending ? "<" : ">";
        params.put("afterTime", this.time);
        params.put("afterId", this.id);
        return time + " " + cmp + "= :afterTime and (" + time + " " + cmp + " :afterTime or " + id + " " + cmp
                + " :afterId)";
    }
}
