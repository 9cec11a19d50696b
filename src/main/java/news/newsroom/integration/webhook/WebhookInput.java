package news.newsroom.integration.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewWebhook", description = "A subscription to make: where to send, and which events.")
public record WebhookInput(
        @Schema(required = true, description = "The receiver: an https URL (http only where the server allows it) "
                + "whose host is, and resolves to, public addresses; no user info, no fragment. At most 2,000 "
                + "characters.", maxLength = 2_000, example = "https://partner.example/hooks/newsroom")
        @Size(max = 2_000) String url,
        @Schema(required = true, description = "What to send: exact types (`article.published`), every type of a "
                + "kind (`article.*`) or everything (`*`). The types: `article.published`, `article.updated`, "
                + "`article.restored`, `article.unpublished`, `article.archived`, `article.deleted`, "
                + "`comment.approved`, `comment.removed`, and `created`, `updated`, `deleted` of `section`, "
                + "`author` and `tag`.", example = "[\"article.*\", \"section.updated\"]")
        @NotNull @Size(min = 1, max = 40) List<@NotBlank @Size(max = 40) String> events,
        @Schema(description = "What the subscription is for.", example = "موقع الشريك: الأخبار العاجلة")
        @Size(max = 500) String description) {
}
