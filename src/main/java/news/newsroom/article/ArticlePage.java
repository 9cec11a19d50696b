package news.newsroom.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", description = "One page of an article list.")
public record ArticlePage(
        @Schema(required = true) List<ArticleSummary> items,
        @Schema(required = true, description = "Articles matching the filters, all pages together.", example = "40")
        long total,
        @Schema(required = true, example = "20") int limit,
        @Schema(nullable = true, description = "Pass as `cursor` to get the next page; null on the last page.",
                example = "YXJ0aWNsZXM6bmV3ZXN0fDE3NjQ0MDQzNDAwMDAwMDB8NDI.mU2Wqf3e0Z6cJYb1lQ1Rxw")
        String nextCursor) {
}
