package news.newsroom.author;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorPage", description = "One page of authors, by name.")
public record AuthorPage(
        @Schema(required = true) List<AuthorView> items,
        @Schema(required = true, example = "6") long total,
        @Schema(required = true, example = "20") int limit,
        @Schema(nullable = true, description = "Pass as `cursor` to get the next page; null on the last page.")
        String nextCursor) {
}
