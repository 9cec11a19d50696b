package news.newsroom.integration.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import news.newsroom.integration.webhook.WebhookDeliveryRepository.AttemptRow;
import news.newsroom.integration.webhook.WebhookDeliveryRepository.DeliveryRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent to a subscription, with every attempt.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        @Schema(required = true, example = "1207") long id,
        @Schema(required = true, description = "The `webhook-id` header: the same on every attempt and redelivery.",
                example = "msg_01JDQ5R3M2V8Z6K4T9X1B7C0PA") String messageId,
        @Schema(required = true, example = "article.published") String type,
        @Schema(description = "The change it announces: its cursor position in the change log (none for pings).",
                example = "88123") Long seq,
        @Schema(required = true, enumeration = {"pending", "succeeded", "failed"}) String status,
        @Schema(description = "When the next attempt is due (pending only).") Instant nextAttemptAt,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When it succeeded or was given up.") Instant completedAt,
        @Schema(required = true, description = "Every attempt, oldest first.") List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt", description = "One attempt to deliver.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(
            @Schema(required = true) Instant attemptedAt,
            @Schema(description = "The receiver's status; absent when no response came.", example = "500")
            Integer statusCode,
            @Schema(required = true, description = "From the start of the attempt to its end.", example = "184")
            long latencyMs,
            @Schema(description = "Why no usable response came.", example = "timed out after 10 s") String error) {
    }

    static DeliveryView of(DeliveryRow row, List<AttemptRow> attempts) {
        return new DeliveryView(row.id(), row.messageId(), row.type(), row.seq(), row.status(),
                row.status().equals("pending") ? row.nextAttemptAt() : null, row.createdAt(), row.completedAt(),
                attempts.stream().map(attempt -> new Attempt(attempt.attemptedAt(), attempt.statusCode(),
                        attempt.latencyMs(), attempt.error())).toList());
    }
}
