package news.newsroom.comment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentChallenge", description = "An arithmetic question to show above the comment form. Send `token` and the answer with the comment; each token works once, for 10 minutes.")
public record ChallengeView(
        @Schema(required = true, example = "k9Qf3m2LxP0aZb7c.1764405540.Yw8Jk2mQp9Rt5vXz1Lc3Bd") String token,
        @Schema(required = true, example = "اكتب ناتج 2 + 9") String question,
        @Schema(required = true, example = "2025-11-29T08:49:00Z") Instant expiresAt) {
}
