package news.newsroom.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import news.newsroom.staff.security.PasswordHasher;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewStaffMember", description = "A staff account to create.")
public record StaffInput(
        @Schema(required = true, example = "omar@newsroom.example") @NotBlank @Email @Size(max = 254) String email,
        @Schema(required = true, example = "عمر صالح") @NotBlank @Size(max = 120) String displayName,
        @Schema(required = true, description = "At least 12 characters, and at most 72 bytes in UTF-8 (72 Latin letters "
                + "or 36 Arabic ones): bcrypt would ignore the rest, so a longer password is refused (400).",
                example = "correct-horse-battery")
        @NotBlank @Size(min = 12, max = PasswordHasher.MAX_BYTES) String password,
        @Schema(required = true, example = "[\"author\"]") @NotEmpty @Size(max = 4) List<@NotBlank @Size(max = 20) String> roles,
        @Schema(nullable = true, example = "omar-saleh") @Size(max = 120) String authorSlug) {
}
