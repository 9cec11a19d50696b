package news.newsroom.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewApiKey")
public record ApiKeyInput(
        @Schema(required = true, description = "Who the key is for.", example = "شريك: موقع الأخبار المحلية")
        @NotBlank @Size(max = 120) String name) {
}
