package news.newsroom.search.suggest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuggestionList", description = "Up to 10 title suggestions, best match first.")
public record SuggestionList(
        @Schema(required = true, description = "The text the suggestions are for, as received.", example = "الطاقة الشم")
        String q,
        @Schema(required = true, maxItems = 10) List<TitleSuggestion> suggestions) {
}
