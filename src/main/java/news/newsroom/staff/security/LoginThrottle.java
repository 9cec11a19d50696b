package news.newsroom.staff.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import news.newsroom.NewsroomConfig;
import news.newsroom.ratelimit.Allowance;
import news.newsroom.ratelimit.SharedCounters;
import news.newsroom.ratelimit.Window;

/**
 * Counts failed sign-ins per email and per client address: each failure counts one, the count ends with the
 * lockout window, and a full count refuses sign-in (429) until it does. The counts live in Redis, so every node
 * sees the same failures; while Redis is away each node counts on its own with Bucket4j token buckets.
 * Emails and addresses appear in Redis only as digests.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String SCOPE = "login";

    private final Cache<String, Bucket> byEmail;
    private final Cache<String, Bucket> byClient;
    private final NewsroomConfig.Auth settings;
    private final SharedCounters shared;

    public LoginThrottle(NewsroomConfig config, SharedCounters shared) {
        this.settings = config.auth();
        this.shared = shared;
        Duration idle = settings.lockout().multipliedBy(2);
        this.byEmail = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000).build();
        this.byClient = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000).build();
    }

    /** Seconds to wait before another attempt is allowed, or empty when it is allowed now. */
    public OptionalLong waitBeforeAttempt(String email, String client) {
        Optional<Allowance> allowance = shared.count(SharedCounters.Mode.PEEK, windows(email, client));
        long wait = allowance.map(answer -> answer.allowed() ? 0 : Math.max(1, answer.retryAfterSeconds()))
                .orElseGet(() -> Math.max(secondsUntilToken(byEmail.getIfPresent(email)),
                        secondsUntilToken(byClient.getIfPresent(client))));
        return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
    }

    public void recordFailure(String email, String client) {
        if (shared.count(SharedCounters.Mode.ADD, windows(email, client)).isEmpty()) {
            bucket(byEmail, email, settings.failuresPerEmail()).tryConsume(1);
            bucket(byClient, client, settings.failuresPerClient()).tryConsume(1);
        }
    }

    /** Forgets everything, in Redis and on this node (tests start each case with clean counters). */
    public void reset() {
        byEmail.invalidateAll();
        byClient.invalidateAll();
        shared.forget(SCOPE);
    }

    private List<Window> windows(String email, String client) {
        return List.of(
                new Window(shared.key(SCOPE, "email", SharedCounters.digest(email)), settings.failuresPerEmail(), settings.lockout()),
                new Window(shared.key(SCOPE, "client", SharedCounters.digest(String.valueOf(client))),
                        settings.failuresPerClient(), settings.lockout()));
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
