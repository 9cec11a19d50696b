package news.newsroom.ratelimit;

/**
 * What a limit answered: whether the request may go ahead, how many are left in the tightest window, and the
 * seconds until that window ends and until a refused request may be sent again (the RateLimit-* headers).
 */
public record Allowance(boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

    /** Whole seconds, rounded up, and at least one while something is left to wait for. */
    static long seconds(long millis) {
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }
}
