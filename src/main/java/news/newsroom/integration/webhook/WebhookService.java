package news.newsroom.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import news.newsroom.Timestamps;
import news.newsroom.web.ApiProblem;

/**
 * Subscriptions, as admins manage them: the URL is checked by the {@link TargetGuard}, the events by
 * {@link WebhookEvents}; the secret is made here and shown only in the answer that made it.
 */
@ApplicationScoped
public class WebhookService {

    /** How long a rotated-out secret keeps signing, so receivers can switch to the new one without a gap. */
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    private final WebhookSubscriptionRepository subscriptions;
    private final SecretBox secrets;
    private final TargetGuard guard;
    private final WebhookWorker worker;

    public WebhookService(WebhookSubscriptionRepository subscriptions, SecretBox secrets, TargetGuard guard,
            WebhookWorker worker) {
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.guard = guard;
        this.worker = worker;
    }

    @Transactional
    public WebhookView create(WebhookInput input) {
        List<String> events = WebhookEvents.checked(input.events());
        guard.check(input.url());
        String secret = secrets.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(input.url(), events, blankToNull(input.description()),
                secrets.seal(secret));
        subscriptions.persist(subscription);
        return WebhookView.of(subscription, secret);
    }

    public List<WebhookView> list() {
        return subscriptions.findNewestFirst().stream().map(subscription -> WebhookView.of(subscription, null)).toList();
    }

    public WebhookView get(long id) {
        return WebhookView.of(find(id), null);
    }

    @Transactional
    public WebhookView change(long id, WebhookChange change) {
        WebhookSubscription subscription = find(id);
        List<String> events = change.events() == null ? null : WebhookEvents.checked(change.events());
        if (change.url() != null) {
            guard.check(change.url());
        }
        if (events != null) {
            subscription.subscribeTo(events);
        }
        if (change.url() != null) {
            subscription.moveTo(change.url());
        }
        if (change.description() != null) {
            subscription.describe(blankToNull(change.description()));
        }
        if (Boolean.TRUE.equals(change.active())) {
            subscription.activate();
            worker.wake();
        } else if (Boolean.FALSE.equals(change.active()) && subscription.isActive()) {
            subscription.deactivate(null);
        }
        return WebhookView.of(subscription, null);
    }

    /** Removes the subscription with its deliveries and their attempts. */
    @Transactional
    public void delete(long id) {
        subscriptions.delete(find(id));
    }

    @Transactional
    public WebhookView rotateSecret(long id) {
        WebhookSubscription subscription = find(id);
        String secret = secrets.newSecret();
        subscription.rotateSecret(secrets.seal(secret), Timestamps.now().plus(ROTATION_OVERLAP));
        return WebhookView.of(subscription, secret);
    }

    /** The subscription, or a 404. */
    WebhookSubscription find(long id) {
        return subscriptions.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("not-found.webhook", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
