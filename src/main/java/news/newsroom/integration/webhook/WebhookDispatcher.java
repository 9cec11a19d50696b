package news.newsroom.integration.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import news.newsroom.background.WakeableLoop;
import news.newsroom.integration.changes.ChangeLogAdvanced;

/**
 * Runs the fan-out on a thread of its own: woken when the change log gains changes (on any node), and once a
 * second in any case; wakes this node's worker when it made deliveries.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookFanOut fanOut;
    private final WebhookWorker worker;
    private final WebhookWorkProbe probe;
    private final WakeableLoop loop;

    public WebhookDispatcher(WebhookFanOut fanOut, WebhookWorker worker, WebhookWorkProbe probe) {
        this.fanOut = fanOut;
        this.worker = worker;
        this.probe = probe;
        this.loop = new WakeableLoop("webhook-dispatcher", Duration.ofSeconds(1), this::fanOutAll);
    }

    void start(@Observes StartupEvent started) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        loop.stop();
    }

    void advanced(@Observes ChangeLogAdvanced change) {
        wake();
    }

    public void wake() {
        loop.wake();
    }

    private void fanOutAll() {
        if (!probe.changesToFanOut()) {
            return;
        }
        int passed;
        do {
            passed = fanOut.fanOutBatch();
            if (passed > 0) {
                worker.wake();
            }
        } while (loop.running() && passed == WebhookFanOut.BATCH);
    }
}
