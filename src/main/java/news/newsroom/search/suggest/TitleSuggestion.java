package news.newsroom.search.suggest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TitleSuggestion", description = "A published article whose title matches what the reader is typing.")
public record TitleSuggestion(
        @Schema(required = true, example = "42") long id,
        @Schema(required = true, example = "الألواح الشمسية تغيّر وجه الأسطح في حمص") String title,
        @Schema(required = true, description = "Arabic slug; percent-encode it in URLs.",
                example = "الألواح-الشمسية-تغير-وجه-الأسطح-في-حمص") String slug) {
}
