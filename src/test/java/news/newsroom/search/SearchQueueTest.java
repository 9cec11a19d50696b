package news.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** At most so many searches at once, the others in their order of arrival, and a 503 for one that waits too long. */
class SearchQueueTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void neverMoreSearchesRunAtOnceThanItsPermitsAndEveryOneRuns() throws Exception {
        SearchQueue queue = new SearchQueue(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<Integer>> searches = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            searches.add(threads.submit(() -> queue.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(20);
                running.decrementAndGet();
                return n;
            })));
        }
        for (int i = 0; i < searches.size(); i++) {
            assertThat(searches.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(queue.freePermits()).isEqualTo(2);
    }

    @Test
    void waitingSearchesStartInTheOrderTheyCame() throws Exception {
        SearchQueue queue = new SearchQueue(1, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = holdAPermit(queue, release);
        List<String> started = new CopyOnWriteArrayList<>();
        List<Future<?>> waiting = new java.util.ArrayList<>();
        for (String name : List.of("b", "c", "d")) {
            waiting.add(threads.submit(() -> queue.run(() -> started.add(name))));
            awaitQueued(queue, waiting.size());
        }
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> search : waiting) {
            search.get(5, TimeUnit.SECONDS);
        }
        assertThat(started).containsExactly("b", "c", "d");
    }

    @Test
    void aSearchThatWaitsTooLongIsAnswered503WithRetryAfterAndTakesNoPermit() throws Exception {
        SearchQueue queue = new SearchQueue(1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = holdAPermit(queue, release);
        AtomicInteger ran = new AtomicInteger();

        assertThatThrownBy(() -> queue.run(ran::incrementAndGet))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.BUSY);
                    assertThat(problem.type().status()).isEqualTo(503);
                    assertThat(problem.headers()).containsEntry("Retry-After", "1");
                });
        assertThat(ran).hasValue(0);

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(queue.freePermits()).isEqualTo(1);
        assertThat(queue.run(ran::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void aSearchThatFailsGivesItsPermitBack() {
        SearchQueue queue = new SearchQueue(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> queue.run(() -> {
            throw new IllegalStateException("the search broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(queue.freePermits()).isEqualTo(1);
        assertThat(queue.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void aQueueWithoutPermitsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new SearchQueue(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concurrent-searches");
    }

    /** A search that has taken a permit of {@code queue} and holds it until {@code release}. */
    private Future<?> holdAPermit(SearchQueue queue, CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<?> search = threads.submit(() -> queue.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        return search;
    }

    private static void awaitQueued(SearchQueue queue, int count) throws InterruptedException {
        for (int i = 0; i < 500 && queue.waiting() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(queue.waiting()).isEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
