package news.newsroom.comment.moderation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import news.newsroom.comment.Comment;

@Schema(name = "ModeratedComment", description = "A comment as moderators see it: any status, the email, and why it was held.")
public record ModeratedComment(
        @Schema(required = true, example = "12") long id,
        @Schema(required = true, example = "42") long articleId,
        @Schema(nullable = true, description = "The comment this replies to; null for a top-level comment.", example = "12") Long parentId,
        @Schema(required = true, example = "أبو خليل") String authorName,
        @Schema(nullable = true, example = "reader@example.com") String authorEmail,
        @Schema(required = true) String body,
        @Schema(required = true, enumeration = {"pending", "approved", "rejected", "spam", "reported"}, example = "pending")
        String status,
        @Schema(required = true, description = "Why it was held: suspect-word:<word>, links:<n>, burst:<n>, previously-rejected-client, honeypot.",
                example = "[\"links:3\"]") List<String> holdReasons,
        @Schema(required = true, description = "Readers' reports so far.", example = "0") int reportCount,
        @Schema(required = true, example = "2025-11-29T08:40:00Z") Instant createdAt) {

    static ModeratedComment of(Comment comment) {
        return new ModeratedComment(comment.getId(), comment.getArticleId(), comment.getParentId(),
                comment.getAuthorName(), comment.getAuthorEmail(), comment.getBody(), comment.getStatus().wireName(),
                comment.getHoldReasons(), comment.getReportCount(), comment.getCreatedAt());
    }
}
