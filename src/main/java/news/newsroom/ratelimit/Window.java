package news.newsroom.ratelimit;

import java.time.Duration;

/** One limit: at most {@code limit} requests counted under {@code key} within {@code length}. */
public record Window(String key, int limit, Duration length) {
}
