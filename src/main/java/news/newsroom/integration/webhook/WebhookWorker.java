package news.newsroom.integration.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.newsroom.NewsroomConfig;
import news.newsroom.Timestamps;
import news.newsroom.background.WakeableLoop;
import news.newsroom.web.ApiProblem;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, on every node: it takes them in one statement (each delivery by one node only, for a lease
 * of the timeout and a margin, so a node that dies mid-attempt leaves it to another), sends up to
 * {@code newsroom.webhooks.concurrency} at once, and records each outcome. Woken by the fan-out, by a finished
 * attempt and when a retry falls due; it looks once a second in any case, for deliveries other nodes made.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final Duration MARGIN = Duration.ofSeconds(15);

    private final WebhookDeliveryRepository deliveries;
    private final DeliveryOutcomes outcomes;
    private final TargetGuard guard;
    private final WebhookSigner signer;
    private final WebhookSender sender;
    private final WebhookWorkProbe probe;
    private final Duration timeout;
    private final Semaphore slots;
    /** Free slots worth a look for more due deliveries, so a busy node does not query after every attempt. */
    private final int refill;
    private final ExecutorService senders;
    private final ScheduledExecutorService alarms;
    private final WakeableLoop loop;

    public WebhookWorker(WebhookDeliveryRepository deliveries, DeliveryOutcomes outcomes, TargetGuard guard,
            WebhookSigner signer, WebhookSender sender, WebhookWorkProbe probe, NewsroomConfig config) {
        this.deliveries = deliveries;
        this.outcomes = outcomes;
        this.guard = guard;
        this.signer = signer;
        this.sender = sender;
        this.probe = probe;
        this.timeout = config.webhooks().timeout();
        int concurrency = config.webhooks().concurrency();
        this.slots = new Semaphore(concurrency);
        this.refill = Math.max(1, concurrency / 4);
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(concurrency, daemon(() -> "webhook-sender-" + count.incrementAndGet()));
        this.alarms = Executors.newSingleThreadScheduledExecutor(daemon(() -> "webhook-retry-alarm"));
        this.loop = new WakeableLoop("webhook-worker", Duration.ofSeconds(1), this::claimAndSendAll);
    }

    void start(@Observes StartupEvent started) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        loop.stop();
        alarms.shutdownNow();
        senders.shutdownNow();
    }

    /** Deliveries may be due: look now rather than at the next second. */
    public void wake() {
        loop.wake();
    }

    /** How long a node holds a delivery it attempts: past it, another node may take it. */
    public Duration lease() {
        return timeout.plus(MARGIN);
    }

    /**
     * Makes one attempt at a delivery this node has taken, on the calling thread: checks the URL again (its name
     * may resolve elsewhere now), signs, sends, and records the outcome.
     */
    public SendResult attempt(DeliveryClaim delivery) {
        Instant started = Timestamps.now();
        long start = System.nanoTime();
        SendResult result;
        try {
            WebhookTarget target = guard.check(delivery.url());
            result = sender.send(target, signer.headers(delivery, started),
                    delivery.body().getBytes(StandardCharsets.UTF_8)).await().atMost(lease());
        } catch (ApiProblem refused) {
            result = failure(start, "URL refused (" + refused.detailKey() + ")");
        } catch (RuntimeException failed) {
            result = failure(start, failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage());
        }
        try {
            outcomes.record(delivery, started, result)
                    .ifPresent(next -> alarms.schedule(this::wake, Math.max(0, Duration.between(Instant.now(), next)
                            .toMillis()), TimeUnit.MILLISECONDS));
        } catch (RuntimeException failed) {
            // The lease runs out and the delivery is attempted again: delivered at least once, never lost.
            LOG.warnf("The outcome of webhook delivery %d could not be recorded: %s", delivery.id(), failed.getMessage());
        }
        return result;
    }

    private static SendResult failure(long start, String error) {
        return new SendResult(0, Duration.ofNanos(System.nanoTime() - start), error, "");
    }

    private void claimAndSendAll() throws InterruptedException {
        while (loop.running() && claimAndSend() > 0) {
            // more may be due
        }
    }

    /** Takes as many due deliveries as there are free slots, and starts sending them. */
    private int claimAndSend() throws InterruptedException {
        int free = slots.availablePermits();
        if (free == 0 || !probe.deliveriesDue()) {
            return 0;
        }
        List<DeliveryClaim> claimed = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(free, lease()));
        for (DeliveryClaim delivery : claimed) {
            slots.acquire();
            senders.execute(() -> {
                try {
                    attempt(delivery);
                } finally {
                    slots.release();
                    if (slots.availablePermits() >= refill) {
                        wake();
                    }
                }
            });
        }
        return claimed.size();
    }

    private static java.util.concurrent.ThreadFactory daemon(java.util.function.Supplier<String> name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name.get());
            thread.setDaemon(true);
            return thread;
        };
    }
}
