package news.newsroom.integration.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A webhook subscription. `secret` is present only in the answers to its "
        + "creation and to a secret rotation.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
        @Schema(required = true, example = "3") long id,
        @Schema(required = true, example = "https://partner.example/hooks/newsroom") String url,
        @Schema(required = true, example = "[\"article.*\"]") List<String> events,
        @Schema(example = "موقع الشريك: الأخبار العاجلة") String description,
        @Schema(required = true, description = "Whether deliveries are sent.") boolean active,
        @Schema(description = "Why it was deactivated automatically: every delivery failed for too long.")
        String disabledReason,
        @Schema(description = "The signing secret, shown once: verify each webhook's `webhook-signature` with it "
                + "(any Standard Webhooks library).", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,
        @Schema(description = "After a rotation: until when the previous secret also signs.")
        Instant previousSecretUntil,
        @Schema(description = "Since when every attempt has failed; absent after a success.") Instant failingSince,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static WebhookView of(WebhookSubscription subscription, String secret) {
        Instant overlap = subscription.getPreviousSecretUntil();
        return new WebhookView(subscription.getId(), subscription.getUrl(), subscription.getEvents(),
                subscription.getDescription(), subscription.isActive(), subscription.getDisabledReason(), secret,
                overlap != null && overlap.isAfter(Instant.now()) ? overlap : null, subscription.getFailingSince(),
                subscription.getCreatedAt(), subscription.getUpdatedAt());
    }
}
