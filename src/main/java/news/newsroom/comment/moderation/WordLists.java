package news.newsroom.comment.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WordLists", description = "Matched after Arabic normalization (tashkeel, tatweel, letter forms) and behind proclitics like و ال بال.")
public record WordLists(
        @Schema(required = true, description = "A comment containing one is refused (422).", example = "[\"كلمة محظورة\"]")
        @NotNull @Size(max = 2000) List<@NotNull @Size(min = 1, max = 100) String> banned,
        @Schema(required = true, description = "A comment containing one is held for review.", example = "[\"تافه\"]")
        @NotNull @Size(max = 2000) List<@NotNull @Size(min = 1, max = 100) String> suspect) {
}
