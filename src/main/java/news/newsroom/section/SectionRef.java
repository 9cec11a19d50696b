package news.newsroom.section;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionRef", description = "The section an article belongs to.")
public record SectionRef(
        @Schema(required = true, example = "economy") String slug,
        @Schema(required = true, example = "اقتصاد") String name) {

    public static SectionRef of(Section section) {
        return new SectionRef(section.getSlug(), section.getName());
    }
}
