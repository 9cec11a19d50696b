package news.newsroom.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import news.newsroom.NewsroomConfig;
import news.newsroom.ratelimit.SharedCounters;
import news.newsroom.ratelimit.Window;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * Comment posting limits per client (defaults 5 a minute and 30 an hour). Counted in Redis, so they hold
 * whichever node a client reaches; while Redis is away each node counts on its own with Bucket4j. A refused post
 * gets 429 with Retry-After and the RateLimit-* headers.
 */
@ApplicationScoped
public class CommentRateLimiter {

    private static final String SCOPE = "comment";

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2)).maximumSize(200_000).build();
    private final NewsroomConfig.Comments settings;
    private final SharedCounters shared;

    public CommentRateLimiter(NewsroomConfig config, SharedCounters shared) {
        this.settings = config.comments();
        this.shared = shared;
    }

    /** Takes one post from the client's allowance, or refuses with 429. */
    public void take(String clientHash) {
        long wait = shared.count(SharedCounters.Mode.TAKE, List.of(
                        new Window(shared.key(SCOPE, "minute", clientHash), settings.perMinute(), Duration.ofMinutes(1)),
                        new Window(shared.key(SCOPE, "hour", clientHash), settings.perHour(), Duration.ofHours(1))))
                .map(allowance -> allowance.allowed() ? 0 : Math.max(1, allowance.retryAfterSeconds()))
                .orElseGet(() -> takeOnThisNode(clientHash));
        if (wait > 0) {
            throw ApiProblem.of(ProblemType.TOO_MANY_REQUESTS, "too-many-requests.comments", wait)
                    .withHeader("Retry-After", String.valueOf(wait))
                    .withHeader("RateLimit-Limit", String.valueOf(settings.perMinute()))
                    .withHeader("RateLimit-Remaining", "0")
                    .withHeader("RateLimit-Reset", String.valueOf(wait));
        }
    }

    /** Seconds to wait, or 0 when this node's own buckets allow the post. */
    private long takeOnThisNode(String clientHash) {
        Bucket bucket = buckets.get(clientHash, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.perMinute())
                        .refillIntervally(settings.perMinute(), Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(settings.perHour())
                        .refillIntervally(settings.perHour(), Duration.ofHours(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    /** Forgets every client, in Redis and on this node (tests start from fresh allowances). */
    public void reset() {
        buckets.invalidateAll();
        shared.forget(SCOPE);
    }
}
