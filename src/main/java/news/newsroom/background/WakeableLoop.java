package news.newsroom.background;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A daemon thread that runs one round of background work when woken, and at least every {@code idle} in any case:
 * the change mover, the webhook fan-out and the webhook worker each run on one. A round that fails is logged and
 * tried again after {@code idle}; a wake-up while a round runs brings one more round, not one per wake-up.
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
    private final Semaphore wakeUp = new Semaphore(0);
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
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception failed) {
                log.warnf("%s failed (%s); trying again in %d ms", name, failed.getMessage(), idle.toMillis());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(idle.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
