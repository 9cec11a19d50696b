package news.newsroom.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewStaffMember", description = "A staff account to create.")
public record StaffInput(
        @Schema(required = true, example = "omar@newsroom.example") @NotBlank @Email @Size(max = 254) String email,
        @Schema(required = true, example = "عمر صالح") @NotBlank @Size(max = 120) String displayName,
        @Schema(required = true, description = "At least 12 characters.", example = "correct-horse-battery")
        @NotBlank @Size(min = 12, max = 200) String password,
        @Schema(required = true, example = "[\"author\"]") @NotEmpty @Size(max = 4) List<@NotBlank @Size(max = 20) String> roles,
        @Schema(nullable = true, example = "omar-saleh") @Size(max = 120) String authorSlug) {
}
