package news.newsroom.comment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationAction", description = "One recorded moderation action.")
public record ModerationActionView(
        @Schema(required = true) long id,
        @Schema(required = true, example = "مشرف التعليقات") String by,
        @Schema(required = true, example = "status-changed") String action,
        @Schema(nullable = true) Long commentId,
        @Schema(nullable = true) Long articleId,
        @Schema(nullable = true, example = "pending") String fromStatus,
        @Schema(nullable = true, example = "approved") String toStatus,
        @Schema(nullable = true) String note,
        @Schema(required = true) Instant at) {
}
