package news.newsroom.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import news.newsroom.NewsroomConfig;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * Runs at most {@code newsroom.search.concurrent-searches} searches at once; the others wait their turn, in the
 * order they came, for up to {@code newsroom.search.longest-wait}, and are then answered 503 with Retry-After.
 *
 * <p>Why: a search is CPU work, in the JVM and in PostgreSQL. When more searches run at once than there are cores,
 * they share the cores and each takes several times its own time, so the slow ones become slower still. Taken in
 * turn, a search waits for those ahead of it and then runs at full speed; docs/benchmarks.md has the side-by-side
 * measurements. Elasticsearch runs its searches the same way, in a fixed pool with a queue. Repeated searches are
 * answered by the response cache before they get here, and nothing else waits on this.
 */
@ApplicationScoped
@Startup // a setting of 0 permits stops the start-up, not the first search
public class SearchQueue {

    /** What a client is told to wait when the queue was too long: a second is several queues' worth of searches. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final Semaphore running;
    private final Duration longestWait;
    /** {@code newsroom.search.queue.wait}: how long searches waited for their turn, admitted or refused. */
    private final Timer admittedWait;
    private final Timer refusedWait;

    @Inject
    public SearchQueue(NewsroomConfig config, MeterRegistry registry) {
        // One more than the cores: while one search waits for PostgreSQL (on its own core or another host), another
        // can use the JVM's.
        this(config.search().concurrentSearches().orElse(Runtime.getRuntime().availableProcessors() + 1),
                config.search().longestWait(), registry);
    }

    SearchQueue(int concurrentSearches, Duration longestWait) {
        this(concurrentSearches, longestWait, new SimpleMeterRegistry());
    }

    private SearchQueue(int concurrentSearches, Duration longestWait, MeterRegistry registry) {
        this.admittedWait = waitTimer(registry, "admitted");
        this.refusedWait = waitTimer(registry, "refused");
        if (concurrentSearches < 1) {
            throw new IllegalArgumentException("newsroom.search.concurrent-searches must be at least 1");
        }
        this.running = new Semaphore(concurrentSearches, true);
        this.longestWait = longestWait;
    }

    /** Runs {@code search} once a permit is free, or throws the 503 problem if none frees up in time. */
    public <T> T run(Supplier<T> search) {
        boolean admitted;
        long waitStarted = System.nanoTime();
        try {
            // The timed tryAcquire of a fair semaphore keeps the arrival order.
            admitted = running.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        (admitted ? admittedWait : refusedWait).record(System.nanoTime() - waitStarted, TimeUnit.NANOSECONDS);
        if (!admitted) {
            throw ApiProblem.of(ProblemType.BUSY, "busy.search", RETRY_AFTER_SECONDS)
                    .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        try {
            return search.get();
        } finally {
            running.release();
        }
    }

    private static Timer waitTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("newsroom.search.queue.wait").description("Time searches waited for their turn")
                .tag("outcome", outcome).register(registry);
    }

    /** How many searches could start now without waiting. */
    int freePermits() {
        return running.availablePermits();
    }

    /** About how many searches wait for a permit (for tests and diagnostics). */
    int waiting() {
        return running.getQueueLength();
    }
}
