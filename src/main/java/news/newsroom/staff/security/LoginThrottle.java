package news.newsroom.staff.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import news.newsroom.NewsroomConfig;

/**
 * Counts failed sign-ins per email and per client address with Bucket4j token buckets: each failure takes a
 * token, tokens come back over the lockout window, and an empty bucket refuses sign-in (429) until one does.
 * Buckets live in this node's memory; with several nodes they move to Redis (docs/operations.md, Several nodes).
 */
@ApplicationScoped
public class LoginThrottle {

    private final Cache<String, Bucket> byEmail;
    private final Cache<String, Bucket> byClient;
    private final NewsroomConfig.Auth settings;

    public LoginThrottle(NewsroomConfig config) {
        this.settings = config.auth();
        Duration idle = settings.lockout().multipliedBy(2);
        this.byEmail = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000).build();
        this.byClient = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000).build();
    }

    /** Seconds to wait before another attempt is allowed, or empty when it is allowed now. */
    public OptionalLong waitBeforeAttempt(String email, String client) {
        long wait = Math.max(secondsUntilToken(byEmail.getIfPresent(email)),
                secondsUntilToken(byClient.getIfPresent(client)));
        return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
    }

    public void recordFailure(String email, String client) {
        bucket(byEmail, email, settings.failuresPerEmail()).tryConsume(1);
        bucket(byClient, client, settings.failuresPerClient()).tryConsume(1);
    }

    /** Forgets everything (tests start each case with clean counters). */
    public void reset() {
        byEmail.invalidateAll();
        byClient.invalidateAll();
    }

    private Bucket bucket(Cache<String, Bucket> buckets, String key, int capacity) {
        return buckets.get(key, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, settings.lockout()).build())
                .build());
    }

    private static long secondsUntilToken(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
    }
}
