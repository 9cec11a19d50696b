package news.newsroom.integration.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "ChangePage", description = "A page of public changes in commit order, and where to go on from.")
public record ChangePage(
        @Schema(required = true, maxItems = ChangeFeedService.MAX_LIMIT) List<ChangeEntry> items,
        @Schema(required = true, description = "Send as `since` for the next page, and keep it: it is also where "
                + "to resume later. Present on every page, including the last.", maxLength = 512) String nextCursor,
        @Schema(required = true, description = "True when another page is ready now; false when the client is up "
                + "to date (poll later with `nextCursor`, or follow `/api/v1/changes/stream`).") boolean more) {
}
