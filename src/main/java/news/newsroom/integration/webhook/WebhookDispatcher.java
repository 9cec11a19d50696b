package news.newsroom.integration.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import news.newsroom.integration.changes.ChangeLogAdvanced;
import org.jboss.logging.Logger;

/**
 * Runs the fan-out on a thread of its own: woken when the change log gains changes (on any node), and once a
 * second in any case; wakes this node's worker when it made deliveries.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final long IDLE_MILLIS = 1_000;

    private final WebhookFanOut fanOut;
    private final WebhookWorker worker;
    private final WebhookWorkProbe probe;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public WebhookDispatcher(WebhookFanOut fanOut, WebhookWorker worker, WebhookWorkProbe probe) {
        this.fanOut = fanOut;
        this.worker = worker;
        this.probe = probe;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::run, "webhook-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    void advanced(@Observes ChangeLogAdvanced change) {
        wake();
    }

    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (!probe.changesToFanOut()) {
                    continue;
                }
                int passed;
                do {
                    passed = fanOut.fanOutBatch();
                    if (passed > 0) {
                        worker.wake();
                    }
                } while (running && passed == WebhookFanOut.BATCH);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                LOG.warnf("Fanning out changes to webhooks failed (%s); trying again in a second", failed.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
