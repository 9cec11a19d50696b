package news.newsroom.staff;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffMember", description = "A staff account (never its password).")
public record StaffView(
        @Schema(required = true, example = "3") long id,
        @Schema(required = true, example = "lina@newsroom.example") String email,
        @Schema(required = true, example = "لينا خوري") String displayName,
        @Schema(required = true, example = "[\"author\"]") List<String> roles,
        @Schema(required = true, example = "true") boolean active,
        @Schema(nullable = true, description = "Slug of the author profile bylines use.", example = "lina-khoury")
        String authorSlug,
        @Schema(required = true, example = "2025-11-29T08:19:00Z") Instant createdAt,
        @Schema(required = true, example = "2025-11-29T08:19:00Z") Instant updatedAt) {

    static StaffView of(StaffUser user) {
        return new StaffView(user.getId(), user.getEmail(), user.getDisplayName(),
                user.getRoles().stream().map(StaffRole::wireName).toList(), user.isActive(),
                user.getAuthor() == null ? null : user.getAuthor().getSlug(), user.getCreatedAt(), user.getUpdatedAt());
    }
}
