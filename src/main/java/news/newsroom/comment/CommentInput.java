package news.newsroom.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reader's comment as posted. The name and the body are stripped of surrounding spaces as they arrive, so their
 * limits hold for what is stored and shown: {@code "  text  "} counts as four characters.
 */
@Schema(name = "CommentInput", description = "A reader's comment. Plain text: markup is kept as text and never rendered.")
public record CommentInput(
        @Schema(required = true, example = "أبو خليل") @NotBlank @Size(max = 80) String authorName,
        @Schema(nullable = true, description = "Seen only by moderators.", example = "reader@example.com")
        @Email @Size(max = 254) String authorEmail,
        @Schema(required = true, example = "شكراً على التقرير، الوضع في حيّنا مشابه تماماً.")
        @NotBlank @Size(min = 2, max = 5000) String body,
        @Schema(nullable = true, description = "The approved comment this replies to.", example = "12") Long parentId,
        @Schema(required = true, description = "`token` from GET /api/v1/comments/challenge.")
        @NotBlank @Size(max = 200) String challengeToken,
        @Schema(required = true, description = "The answer, in ASCII or Arabic-Indic digits.", example = "١١")
        @NotBlank @Size(max = 10) String challengeAnswer,
        @Schema(nullable = true, description = "Leave empty: a field people never see, that bots fill in.", example = "")
        @Size(max = 500) String website) {

    public CommentInput {
        authorName = authorName == null ? null : authorName.strip();
        body = body == null ? null : body.strip();
    }
}
