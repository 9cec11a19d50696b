package news.newsroom.tag;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagPage", description = "One page of tags, by name.")
public record TagPage(
        @Schema(required = true) List<TagView> items,
        @Schema(required = true, example = "20") long total,
        @Schema(required = true, example = "20") int limit,
        @Schema(nullable = true, description = "Pass as `cursor` to get the next page; null on the last page.")
        String nextCursor) {
}
