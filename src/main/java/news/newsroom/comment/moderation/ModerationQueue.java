package news.newsroom.comment.moderation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationQueue", description = "Comments for moderators, newest first.")
public record ModerationQueue(
        @Schema(required = true) List<ModeratedComment> items,
        @Schema(required = true, example = "20") int limit,
        @Schema(nullable = true) String nextCursor) {
}
