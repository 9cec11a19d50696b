package news.newsroom.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportInput")
public record ReportInput(
        @Schema(required = true, example = "إساءة لأشخاص") @NotBlank @Size(max = 500) String reason) {
}
