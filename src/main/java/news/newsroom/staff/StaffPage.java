package news.newsroom.staff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffPage", description = "One page of staff accounts, by email.")
public record StaffPage(
        @Schema(required = true) List<StaffView> items,
        @Schema(required = true, example = "4") long total,
        @Schema(required = true, example = "20") int limit,
        @Schema(nullable = true) String nextCursor) {
}
