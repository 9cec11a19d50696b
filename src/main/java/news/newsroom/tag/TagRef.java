package news.newsroom.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef", description = "A tag on an article. Arabic slugs are sent percent-encoded in URLs.")
public record TagRef(
        @Schema(required = true, example = "الطاقة-الشمسية") String slug,
        @Schema(required = true, example = "الطاقة الشمسية") String name) {

    public static TagRef of(Tag tag) {
        return new TagRef(tag.getSlug(), tag.getName());
    }
}
