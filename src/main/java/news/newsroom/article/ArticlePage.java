package news.newsroom.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", description = "One page of an article list.")
public record ArticlePage(
        @Schema(required = true) List<ArticleSummary> items,
        @Schema(required = true, description = "Articles matching the filters, all pages together. Exact, except"
                + " for a search matching more articles than are worth counting: then PostgreSQL's estimate, and"
                + " `totalEstimated` is true.", example = "40")
        long total,
        @Schema(required = true, description = "Whether `total` is an estimate (only ever for searches, above"
                + " 1,000 matches by default): show it as «about».", example = "false")
        boolean totalEstimated,
        @Schema(required = true, example = "20") int limit,
        @Schema(nullable = true, description = "Pass as `cursor` to get the next page; null on the last page.",
                example = "YXJ0aWNsZXM6bmV3ZXN0fDE3NjQ0MDQzNDAwMDAwMDB8NDI.mU2Wqf3e0Z6cJYb1lQ1Rxw")
        String nextCursor) {

    /** A count of articles, and whether it was estimated rather than counted. */
    public record Total(long count, boolean estimated) {
        public static Total exactly(long count) {
            return new Total(count, false);
        }
    }
}
