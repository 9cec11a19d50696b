package news.newsroom.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.integration.changes.ChangeLogRepository;
import news.newsroom.integration.changes.ChangeRow;
import news.newsroom.integration.changes.PublicSetRepository;
import news.newsroom.integration.webhook.WebhookDeliveryRepository.NewDelivery;

/**
 * Turns the change log into deliveries: each change after the last one fanned out becomes a delivery to every
 * active subscription that asks for its type and existed when it was made, with its body built now, and the
 * position moves past it in the same transaction. One node at a time (the others skip the locked position), so
 * no change is fanned out twice.
 */
@ApplicationScoped
public class WebhookFanOut {

    static final int BATCH = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final ChangeLogRepository changeLog;
    private final WebhookPayloads payloads;

    public WebhookFanOut(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
            ChangeLogRepository changeLog, WebhookPayloads payloads) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.changeLog = changeLog;
        this.payloads = payloads;
    }

    /**
     * Fans out up to a batch of changes.
     *
     * @return how many changes it passed; 0 when there were none or another node is fanning out now
     */
    @Transactional
    public int fanOutBatch() {
        Optional<Long> position = deliveries.lockDispatch();
        if (position.isEmpty()) {
            return 0;
        }
        List<ChangeRow> changes = changeLog.after(position.get(), BATCH, PublicSetRepository.ENTITIES);
        if (changes.isEmpty()) {
            return 0;
        }
        List<WebhookSubscription> subscribers = subscriptions.findActive();
        List<ChangeRow> wanted = changes.stream()
                .filter(change -> subscribers.stream().anyMatch(subscriber -> wants(subscriber, change))).toList();
        Map<Long, String> bodies = payloads.bodies(wanted);
        List<NewDelivery> created = new ArrayList<>();
        for (ChangeRow change : wanted) {
            for (WebhookSubscription subscriber : subscribers) {
                if (wants(subscriber, change)) {
                    created.add(new NewDelivery(subscriber.getId(), change.seq(), MessageIds.next(), change.type(),
                            change.entity() + ":" + change.entityId(), bodies.get(change.seq())));
                }
            }
        }
        deliveries.insert(created);
        deliveries.advanceDispatch(changes.get(changes.size() - 1).seq());
        return changes.size();
    }

    private static boolean wants(WebhookSubscription subscriber, ChangeRow change) {
        return !change.changedAt().isBefore(subscriber.getCreatedAt())
                && WebhookEvents.matches(subscriber.getEvents(), change.type());
    }
}
