package news.newsroom.section;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Section", description = "A section of the site. Sections nest; lists come in tree order (each parent before its children).")
public record SectionView(
        @Schema(required = true, example = "2") long id,
        @Schema(required = true, example = "economy") String slug,
        @Schema(required = true, example = "اقتصاد") String name,
        @Schema(nullable = true, example = "الأسواق والأسعار والموازنة والتجارة وفرص العمل.") String description,
        @Schema(nullable = true, description = "Slug of the parent section; null at the top level.")
        String parentSlug,
        @Schema(required = true, description = "Order among its siblings, from 1.", example = "2") int position,
        @Schema(required = true, description = "0 for a top-level section, 1 for its subsections...", example = "0")
        int depth,
        @Schema(required = true, description = "Published articles in this section and its subsections; the same articles that `GET /api/v1/articles?section=` lists.",
                example = "8")
        long articleCount) {
}
