package news.newsroom.section;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionPage", description = "Sections in tree order.")
public record SectionPage(
        @Schema(required = true) List<SectionView> items,
        @Schema(required = true, example = "10") long total,
        @Schema(required = true, example = "100") int limit,
        @Schema(nullable = true, description = "Pass as `cursor` to get the next page; null on the last page.")
        String nextCursor) {
}
