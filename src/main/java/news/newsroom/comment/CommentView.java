package news.newsroom.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Comment", description = "A reader's comment as the public sees it. `body` is plain text; `bodyHtml` is the same text HTML-escaped, with line breaks, safe to insert in a page.")
public record CommentView(
        @Schema(required = true, example = "12") long id,
        @Schema(description = "The thread it replies to; absent on a top-level comment.", example = "7")
        @JsonInclude(JsonInclude.Include.NON_NULL) Long parentId,
        @Schema(required = true, example = "أبو خليل") String authorName,
        @Schema(required = true, example = "شكراً على التقرير <b>حقاً</b>") String body,
        @Schema(required = true, example = "شكراً على التقرير &lt;b&gt;حقاً&lt;/b&gt;") String bodyHtml,
        @Schema(required = true, enumeration = {"pending", "approved"},
                description = "`approved` in lists; a new comment may be `pending` until a moderator approves it.",
                example = "approved") String status,
        @Schema(required = true, example = "2025-11-29T08:40:00Z") Instant createdAt,
        @Schema(description = "Approved replies, oldest first (top-level comments in lists only).")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CommentView> replies) {

    static CommentView of(Comment comment, List<CommentView> replies) {
        // A held comment is "pending" to its poster whatever the reason: spam checks tell bots nothing.
        String status = comment.getStatus() == CommentStatus.APPROVED ? "approved" : "pending";
        return new CommentView(comment.getId(), comment.getParentId(), comment.getAuthorName(), comment.getBody(),
                escape(comment.getBody()), status, comment.getCreatedAt(), replies);
    }

    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append("<br>");
                case '\r' -> {
                }
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
