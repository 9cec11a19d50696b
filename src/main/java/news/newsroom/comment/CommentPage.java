package news.newsroom.comment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentPage", description = "One page of threads: top-level comments with their replies. `total` counts all approved comments (replies too), the article's `commentCount`.")
public record CommentPage(
        @Schema(required = true) List<CommentView> items,
        @Schema(required = true, example = "14") long total,
        @Schema(required = true, example = "20") int limit,
        @Schema(nullable = true) String nextCursor) {
}
