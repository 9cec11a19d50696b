package news.newsroom.staff.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Credentials")
public record Credentials(
        @Schema(required = true, example = "editor@newsroom.example") @NotBlank @Size(max = 254) String email,
        @Schema(required = true, example = "a-long-passphrase") @NotBlank @Size(max = 200) String password) {
}
