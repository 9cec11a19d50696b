package news.newsroom.comment.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkModeration", description = "One status for many comments at once.")
public record BulkModeration(
        @Schema(required = true, example = "[12, 13, 15]") @NotEmpty @Size(max = 100) List<@NotNull Long> ids,
        @Schema(required = true, enumeration = {"pending", "approved", "rejected", "spam"}, example = "spam")
        @NotBlank String status,
        @Schema(nullable = true, example = "حملة إعلانية") @Size(max = 1000) String note) {
}
