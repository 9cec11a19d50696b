package news.newsroom.integration.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import news.newsroom.NewsroomConfig;
import news.newsroom.Timestamps;

/**
 * What an attempt comes to: it goes into the deliveries log, and the delivery succeeds, waits for its next
 * attempt or, after the last, fails. A failure starts or continues the subscription's run of failures, which
 * deactivates it once it has lasted {@code newsroom.webhooks.disable-after}; a success ends the run. Each attempt
 * is counted in {@code newsroom.webhook.attempts} by {@code outcome}: delivered, retrying or failed (given up).
 */
@ApplicationScoped
public class DeliveryOutcomes {

    private static final int MAX_ERROR = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final RetrySchedule schedule;
    private final Duration disableAfter;
    private final Counter delivered;
    private final Counter retrying;
    private final Counter failed;

    public DeliveryOutcomes(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
            NewsroomConfig config, MeterRegistry registry) {
        this.delivered = attempts(registry, "delivered");
        this.retrying = attempts(registry, "retrying");
        this.failed = attempts(registry, "failed");
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.schedule = new RetrySchedule(config.webhooks().retryDelays());
        this.disableAfter = config.webhooks().disableAfter();
    }

    /**
     * Records the attempt at {@code delivery} that started at {@code started}.
     *
     * @return when the next attempt is due; empty when the delivery is over
     */
    @Transactional
    public Optional<Instant> record(DeliveryClaim delivery, Instant started, SendResult result) {
        if (result.succeeded()) {
            deliveries.recordSuccess(delivery.id(), started, result.status(), result.latency().toMillis());
            delivered.increment();
            return Optional.empty();
        }
        deliveries.recordAttempt(delivery.id(), started, result.status() == 0 ? null : result.status(),
                result.latency().toMillis(), shortened(result.error()));
        if (delivery.ping()) {
            deliveries.complete(delivery.id(), "failed");
            failed.increment();
            return Optional.empty();
        }
        Instant now = Timestamps.now();
        subscriptions.markFailing(delivery.subscriptionId(), now, now.minus(disableAfter), shortened(
                "Every delivery failed for longer than " + disableAfter + " (newsroom.webhooks.disable-after); "
                        + "the last attempt: " + describe(result)));
        Optional<Duration> wait = schedule.after(delivery.attempts());
        if (wait.isEmpty()) {
            deliveries.complete(delivery.id(), "failed");
            failed.increment();
            return Optional.empty();
        }
        Instant next = now.plus(wait.get());
        deliveries.retryAt(delivery.id(), next);
        retrying.increment();
        return Optional.of(next);
    }

    private static Counter attempts(MeterRegistry registry, String outcome) {
        return Counter.builder("newsroom.webhook.attempts").description("Webhook delivery attempts by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private static String describe(SendResult result) {
        return result.error() != null ? result.error() : "HTTP " + result.status();
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
