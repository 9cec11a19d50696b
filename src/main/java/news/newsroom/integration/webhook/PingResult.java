package news.newsroom.integration.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookPing", description = "What the receiver made of a `webhook.ping` event.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PingResult(
        @Schema(required = true, description = "The ping's delivery in the deliveries log.", example = "1208")
        long deliveryId,
        @Schema(required = true, description = "Whether the receiver answered 2xx in time.") boolean succeeded,
        @Schema(description = "The receiver's status; absent when no response came.", example = "204") Integer status,
        @Schema(required = true, example = "95") long latencyMs,
        @Schema(description = "Why no usable response came.", example = "connection refused") String error) {

    static PingResult of(long deliveryId, SendResult result) {
        return new PingResult(deliveryId, result.succeeded(), result.status() == 0 ? null : result.status(),
                result.latency().toMillis(), result.error());
    }
}
