package news.newsroom.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A loop whose rounds fail (the database is down) backs off, and works again as soon as they succeed. */
class WakeableLoopTest {

    @Test
    void pausesGrowAfterEachFailureUpToTheLongest() {
        Duration idle = Duration.ofMillis(500);
        assertThat(WakeableLoop.pauseAfter(1, idle)).isEqualTo(Duration.ofMillis(500));
        assertThat(WakeableLoop.pauseAfter(2, idle)).isEqualTo(Duration.ofSeconds(1));
        assertThat(WakeableLoop.pauseAfter(3, idle)).isEqualTo(Duration.ofSeconds(2));
        assertThat(WakeableLoop.pauseAfter(4, idle)).isEqualTo(WakeableLoop.LONGEST_PAUSE);
        assertThat(WakeableLoop.pauseAfter(1_000, idle)).isEqualTo(WakeableLoop.LONGEST_PAUSE);
        assertThat(WakeableLoop.pauseAfter(3, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aLoopWhoseRoundsFailedRunsAgainOnceTheyWork() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch worked = new CountDownLatch(1);
        WakeableLoop loop = new WakeableLoop("test-loop", Duration.ofMillis(50), () -> {
            if (rounds.incrementAndGet() <= 3) {
                throw new IllegalStateException("database down");
            }
            worked.countDown();
        });
        loop.start();
        try {
            assertThat(worked.await(5, TimeUnit.SECONDS)).as("a round succeeded after three failures").isTrue();
            assertThat(loop.running()).isTrue();
        } finally {
            loop.stop();
        }
    }
}
