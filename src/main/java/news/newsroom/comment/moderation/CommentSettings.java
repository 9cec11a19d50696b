package news.newsroom.comment.moderation;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentSettings", description = "Comments on one article.")
public record CommentSettings(
        @Schema(required = true, example = "false") @NotNull Boolean open,
        @Schema(nullable = true, enumeration = {"pre", "post"}, description = "null: the site's mode.", example = "pre")
        String moderation) {
}
