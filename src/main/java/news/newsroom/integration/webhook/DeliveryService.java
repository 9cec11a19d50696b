package news.newsroom.integration.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.newsroom.Timestamps;
import news.newsroom.integration.webhook.WebhookDeliveryRepository.AttemptRow;
import news.newsroom.integration.webhook.WebhookDeliveryRepository.DeliveryRow;
import news.newsroom.integration.webhook.WebhookDeliveryRepository.NewDelivery;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.TimePosition;

/** A subscription's deliveries: the log of every attempt, a redelivery, and a ping sent at once. */
@ApplicationScoped
public class DeliveryService {

    private static final String SCOPE = "webhook-deliveries:";

    private final WebhookDeliveryRepository deliveries;
    private final WebhookService subscriptions;
    private final WebhookPayloads payloads;
    private final WebhookWorker worker;
    private final CursorCodec cursors;

    public DeliveryService(WebhookDeliveryRepository deliveries, WebhookService subscriptions,
            WebhookPayloads payloads, WebhookWorker worker, CursorCodec cursors) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.payloads = payloads;
        this.worker = worker;
        this.cursors = cursors;
    }

    /** A page of deliveries, newest first, each with its attempts. */
    public DeliveryPage page(long subscriptionId, int limit, String cursor) {
        subscriptions.find(subscriptionId);
        TimePosition after = cursor == null ? null : cursors.decode(SCOPE + subscriptionId, TimePosition.FORMAT, cursor);
        List<DeliveryRow> rows = deliveries.page(subscriptionId, after, limit + 1);
        boolean more = rows.size() > limit;
        List<DeliveryRow> shown = more ? rows.subList(0, limit) : rows;
        Map<Long, List<AttemptRow>> attempts = deliveries.attempts(shown.stream().map(DeliveryRow::id).toList())
                .stream().collect(Collectors.groupingBy(AttemptRow::deliveryId));
        DeliveryRow last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = more ? cursors.encode(SCOPE + subscriptionId, TimePosition.FORMAT,
                new TimePosition(last.createdAt(), last.id())) : null;
        return new DeliveryPage(shown.stream()
                .map(row -> DeliveryView.of(row, attempts.getOrDefault(row.id(), List.of()))).toList(),
                deliveries.count(subscriptionId), limit, next);
    }

    /** A pending copy of the delivery, due now, with the same message id so the receiver can tell it is one. */
    @Transactional
    public DeliveryView redeliver(long subscriptionId, long deliveryId) {
        subscriptions.find(subscriptionId);
        deliveries.find(subscriptionId, deliveryId)
                .orElseThrow(() -> ApiProblem.notFound("not-found.webhook-delivery", subscriptionId, deliveryId));
        long copy = deliveries.copyAsPending(deliveryId);
        worker.wake();
        return DeliveryView.of(deliveries.find(subscriptionId, copy).orElseThrow(), List.of());
    }

    /** Sends a {@code webhook.ping} now, as every delivery is sent, and answers what came of it. */
    public PingResult ping(long subscriptionId) {
        WebhookSubscription subscription = subscriptions.find(subscriptionId);
        String body = payloads.ping(subscriptionId, Timestamps.now());
        NewDelivery ping = new NewDelivery(subscriptionId, null, MessageIds.next(), WebhookEvents.PING, null, body);
        long id = QuarkusTransaction.requiringNew().call(() -> deliveries.insertTaken(ping, worker.lease()));
        SendResult result = worker.attempt(new DeliveryClaim(id, subscriptionId, ping.messageId(), ping.type(), body, 1,
                true, subscription.getUrl(), subscription.getSecret(), subscription.getPreviousSecret(),
                subscription.getPreviousSecretUntil()));
        return PingResult.of(id, result);
    }
}
