package news.newsroom.comment.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationChange")
public record ModerationChange(
        @Schema(required = true, enumeration = {"pending", "approved", "rejected", "spam"}, example = "approved")
        @NotBlank String status,
        @Schema(nullable = true, example = "لا مخالفة") @Size(max = 1000) String note) {
}
