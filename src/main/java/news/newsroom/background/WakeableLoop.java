package news.newsroom.background;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A daemon thread that runs one round of background work when woken, and at least every {@code idle} in any case:
 * the change mover, the webhook fan-out and the webhook worker each run on one. A wake-up while a round runs brings
 * one more round, not one per wake-up.
 *
 * <p>A round that fails (the database is down, say) is tried again after {@code idle}, then after longer and longer
 * pauses up to {@link #LONGEST_PAUSE}, so that the loop neither floods the log nor hammers a database that is
 * starting up, and still resumes within a few seconds once it is back. The first failure of a run is logged as a
 * warning, the next ones only at debug level, and the recovery once.
 */
public final class WakeableLoop {

    /** One round of work. */
    @FunctionalInterface
    public interface Round {
        void run() throws Exception;
    }

    private final String name;
    private final Duration idle;
    private final Round round;
    private final Logger log;
    /** The longest pause between failed rounds (or {@code idle}, when that is longer). */
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(3);

    private final Semaphore wakeUp = new Semaphore(0);
    /** Rounds failed in a row; only the loop's thread touches it. */
    private int failures;
    private volatile boolean running;
    private Thread thread;

    public WakeableLoop(String name, Duration idle, Round round) {
        this.name = name;
        this.idle = idle;
        this.round = round;
        this.log = Logger.getLogger(WakeableLoop.class.getName() + "." + name);
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Something may be waiting: run a round now rather than after {@code idle}. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    public boolean running() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (running) {
                    round.run();
                    recovered();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception failed) {
                failures++;
                Duration pause = pauseAfter(failures, idle);
                if (failures == 1) {
                    log.warnf("%s failed (%s); trying again, at most every %d ms, until it works", name,
                            failed.getMessage(), Math.max(idle.toMillis(), LONGEST_PAUSE.toMillis()));
                } else {
                    log.debugf("%s failed again (%s), %d in a row", name, failed.getMessage(), failures);
                }
                pause(pause);
            }
        }
    }

    private void recovered() {
        if (failures > 0) {
            log.infof("%s works again after %d failed round(s)", name, failures);
            failures = 0;
        }
    }

    /** {@code idle}, doubled after each further failure, up to {@link #LONGEST_PAUSE} (or {@code idle}). */
    static Duration pauseAfter(int failures, Duration idle) {
        long longest = Math.max(idle.toMillis(), LONGEST_PAUSE.toMillis());
        long pause = idle.toMillis() << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(pause, longest));
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
