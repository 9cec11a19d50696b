package news.newsroom.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorInput", description = "An author profile as editors send it.")
public record AuthorInput(
        @Schema(required = true, example = "سامر عيسى") @NotBlank @Size(max = 120) String name,
        @Schema(nullable = true, description = "Default: made from the name.", example = "samer-issa") @Size(max = 120) String slug,
        @Schema(nullable = true, example = "مصور صحفي ومراسل في حمص.") @Size(max = 1000) String bio,
        @Schema(nullable = true, example = "https://media.newsroom.example/authors/samer-issa.jpg") @Size(max = 500) String avatarUrl) {
}
