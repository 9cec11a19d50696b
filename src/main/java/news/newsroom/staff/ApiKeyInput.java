package news.newsroom.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewApiKey")
public record ApiKeyInput(
        @Schema(required = true, description = "Who the key is for.", example = "شريك: موقع الأخبار المحلية")
        @NotBlank @Size(max = 120) String name,
        @Schema(description = "Requests the key may make per quota window (an hour unless configured otherwise). "
                + "Absent: the configured default.", example = "5000")
        @Min(1) @Max(ApiKeyInput.MAX_QUOTA) Integer quota) {

    static final int MAX_QUOTA = 1_000_000;
}
