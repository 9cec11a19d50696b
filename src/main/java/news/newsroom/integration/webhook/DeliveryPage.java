package news.newsroom.integration.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryPage", description = "A page of a subscription's deliveries, newest first.")
public record DeliveryPage(
        @Schema(required = true) List<DeliveryView> items,
        @Schema(required = true, example = "240") long total,
        @Schema(required = true, example = "20") int limit,
        @Schema(description = "The next page's cursor; null on the last page.", nullable = true) String nextCursor) {
}
