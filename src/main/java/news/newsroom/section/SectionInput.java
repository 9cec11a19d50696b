package news.newsroom.section;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionInput", description = "A section as editors send it.")
public record SectionInput(
        @Schema(required = true, example = "رياضة محلية") @NotBlank @Size(max = 120) String name,
        @Schema(nullable = true, description = "Default: made from the name.", example = "local-sports") @Size(max = 120) String slug,
        @Schema(nullable = true, example = "الدوري المحلي والفرق الشعبية.") @Size(max = 500) String description,
        @Schema(nullable = true, description = "Slug of the parent section; null for a top-level section.", example = "sports")
        @Size(max = 120) String parentSlug,
        @Schema(nullable = true, description = "Order among siblings (default 0).", example = "2") @Min(0) @Max(10_000) Integer position) {
}
