package news.newsroom.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentInput", description = "A reader's comment. Plain text: markup is kept as text and never rendered.")
public record CommentInput(
        @Schema(required = true, maxLength = 80, example = "أبو خليل") @NotBlank @Size(max = 200) String authorName,
        @Schema(nullable = true, description = "Seen only by moderators.", example = "reader@example.com")
        @Email @Size(max = 254) String authorEmail,
        @Schema(required = true, minLength = 2, maxLength = 5000, example = "شكراً على التقرير، الوضع في حيّنا مشابه تماماً.")
        @NotBlank @Size(max = 6000) String body,
        @Schema(nullable = true, description = "The approved comment this replies to.", example = "12") Long parentId,
        @Schema(required = true, maxLength = 200, description = "`token` from GET /api/v1/comments/challenge.") @NotBlank String challengeToken,
        @Schema(required = true, description = "The answer, in ASCII or Arabic-Indic digits.", example = "١١")
        @NotBlank @Size(max = 10) String challengeAnswer,
        @Schema(nullable = true, description = "Leave empty: a field people never see, that bots fill in.", example = "")
        @Size(max = 500) String website) {
}
