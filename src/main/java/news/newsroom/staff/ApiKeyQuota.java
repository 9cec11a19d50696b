package news.newsroom.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import news.newsroom.NewsroomConfig;
import news.newsroom.ratelimit.Allowance;
import news.newsroom.ratelimit.SharedCounters;
import news.newsroom.ratelimit.Window;

/**
 * Each integrator key's quota: at most its number of requests per {@code newsroom.api-keys.quota-window},
 * counted in Redis across every node, or on this node with Bucket4j while Redis is away.
 */
@ApplicationScoped
public class ApiKeyQuota {

    private static final String SCOPE = "api-key";

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2)).maximumSize(100_000).build();
    private final NewsroomConfig.ApiKeys settings;
    private final SharedCounters shared;

    public ApiKeyQuota(NewsroomConfig config, SharedCounters shared) {
        this.settings = config.apiKeys();
        this.shared = shared;
    }

    /** The requests per window that {@code key} may make. */
    public int limitOf(ApiKey key) {
        return key.getQuota() == null ? settings.defaultQuota() : key.getQuota();
    }

    /** Counts one request of {@code key} when its quota has room. */
    public Allowance take(ApiKey key) {
        int limit = limitOf(key);
        return shared.count(SharedCounters.Mode.TAKE,
                        List.of(new Window(shared.key(SCOPE, String.valueOf(key.getId())), limit, settings.quotaWindow())))
                .orElseGet(() -> takeOnThisNode(key.getId() + ":" + limit, limit));
    }

    private Allowance takeOnThisNode(String bucketKey, int limit) {
        Bucket bucket = buckets.get(bucketKey, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, settings.quotaWindow()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        return new Allowance(probe.isConsumed(), probe.getRemainingTokens(), reset,
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (Duration.ofNanos(nanos).toMillis() + 999) / 1000;
    }

    /** Forgets every key's count, in Redis and on this node (tests start from fresh quotas). */
    public void reset() {
        buckets.invalidateAll();
        shared.forget(SCOPE);
    }
}
