package news.newsroom.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import news.newsroom.NewsroomConfig;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * Comment posting limits per client (defaults 5 a minute and 30 an hour), with Bucket4j. A refused post gets
 * 429 with Retry-After and the RateLimit-* headers. Buckets are per node; several nodes share them in Redis.
 */
@ApplicationScoped
public class CommentRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2)).maximumSize(200_000).build();
    private final NewsroomConfig.Comments settings;

    public CommentRateLimiter(NewsroomConfig config) {
        this.settings = config.comments();
    }

    /** Takes one post from the client's allowance, or refuses with 429. */
    public void take(String clientHash) {
        Bucket bucket = buckets.get(clientHash, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.perMinute())
                        .refillIntervally(settings.perMinute(), Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(settings.perHour())
                        .refillIntervally(settings.perHour(), Duration.ofHours(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long wait = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw ApiProblem.of(ProblemType.TOO_MANY_REQUESTS, "too-many-requests.comments", wait)
                    .withHeader("Retry-After", String.valueOf(wait))
                    .withHeader("RateLimit-Limit", String.valueOf(settings.perMinute()))
                    .withHeader("RateLimit-Remaining", "0")
                    .withHeader("RateLimit-Reset", String.valueOf(wait));
        }
    }

    /** Forgets every client (tests start from fresh allowances). */
    public void reset() {
        buckets.invalidateAll();
    }
}
