package news.newsroom.staff;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffChange", description = "Fields to change on a staff account; absent fields stay as they are.")
public record StaffChange(
        @Schema(example = "عمر صالح") @Size(min = 1, max = 120) String displayName,
        @Schema(example = "[\"author\", \"moderator\"]") @Size(min = 1, max = 4) List<@Size(max = 20) String> roles,
        @Schema(description = "false deactivates the account: its tokens stop working at once.", example = "false")
        Boolean active,
        @Schema(description = "Author profile slug; an empty string unlinks it.", example = "omar-saleh")
        @Size(max = 120) String authorSlug) {
}
