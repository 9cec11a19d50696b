package news.newsroom.staff.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessToken", description = "A signed JWT (RS256) carrying the member's roles as groups.")
public record AccessToken(
        @Schema(required = true, example = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...") String accessToken,
        @Schema(required = true, enumeration = "Bearer", example = "Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the token expires.", example = "3600") long expiresIn) {
}
