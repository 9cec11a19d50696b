package news.newsroom.integration.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import news.newsroom.Timestamps;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An integrator's subscription: the URL that receives the events it asks for, signed with its secret. Secrets are
 * held encrypted ({@link SecretBox}); after a rotation the previous one keeps signing beside the new one for a day.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] events;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "disabled_reason", length = 500)
    private String disabledReason;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "previous_secret", length = 200)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String url, List<String> events, String description, String sealedSecret) {
        this.url = url;
        this.events = events.toArray(String[]::new);
        this.description = description;
        this.secret = sealedSecret;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    public void subscribeTo(List<String> newEvents) {
        events = newEvents.toArray(String[]::new);
        touch();
    }

    public void moveTo(String newUrl) {
        url = newUrl;
        touch();
    }

    public void describe(String newDescription) {
        description = newDescription;
        touch();
    }

    /** Switched on again: its failures so far no longer count towards deactivating it. */
    public void activate() {
        active = true;
        disabledReason = null;
        failingSince = null;
        touch();
    }

    public void deactivate(String reason) {
        active = false;
        disabledReason = reason;
        touch();
    }

    /** The new secret signs from now on; the current one keeps signing beside it until {@code overlapEnds}. */
    public void rotateSecret(String sealedSecret, Instant overlapEnds) {
        previousSecret = secret;
        previousSecretUntil = overlapEnds;
        secret = sealedSecret;
        touch();
    }

    private void touch() {
        updatedAt = Timestamps.now();
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getEvents() {
        return List.of(events);
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public String getSecret() {
        return secret;
    }

    public String getPreviousSecret() {
        return previousSecret;
    }

    public Instant getPreviousSecretUntil() {
        return previousSecretUntil;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
