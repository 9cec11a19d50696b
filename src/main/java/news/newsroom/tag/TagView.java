package news.newsroom.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tag", description = "A topic that cuts across sections. Arabic slugs are sent percent-encoded in URLs.")
public record TagView(
        @Schema(required = true, example = "3") long id,
        @Schema(required = true, example = "الطاقة-الشمسية") String slug,
        @Schema(required = true, example = "الطاقة الشمسية") String name,
        @Schema(required = true, description = "Published articles with this tag.", example = "4") long articleCount) {

    static TagView of(Tag tag, long articleCount) {
        return new TagView(tag.getId(), tag.getSlug(), tag.getName(), articleCount);
    }
}
