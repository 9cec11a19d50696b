package news.newsroom.integration.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookChange", description = "What to change; fields left out stay as they are.")
public record WebhookChange(
        @Schema(description = "A new receiver, checked as at creation.", maxLength = 2_000,
                example = "https://partner.example/hooks/v2")
        @Size(max = 2_000) String url,
        @Schema(description = "The events, replacing the current list (same forms as at creation).",
                example = "[\"article.published\", \"article.deleted\"]")
        @Size(min = 1, max = 40) List<@NotBlank @Size(max = 40) String> events,
        @Schema(description = "A new description; an empty one removes it.", example = "الأخبار العاجلة فقط")
        @Size(max = 500) String description,
        @Schema(description = "false pauses deliveries (they wait); true resumes them, also after an automatic "
                + "deactivation, whose run of failures then no longer counts.", example = "true")
        Boolean active) {
}
