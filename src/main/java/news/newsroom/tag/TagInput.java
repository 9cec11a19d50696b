package news.newsroom.tag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagInput", description = "A tag as editors send it.")
public record TagInput(
        @Schema(required = true, example = "الطاقة المتجددة") @NotBlank @Size(max = 120) String name,
        @Schema(nullable = true, description = "Default: made from the name (Arabic kept).", example = "الطاقة-المتجددة")
        @Size(max = 120) String slug) {
}
