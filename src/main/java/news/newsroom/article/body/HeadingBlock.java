package news.newsroom.article.body;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HeadingBlock", description = "A subheading inside the article, level 2 to 4.")
public record HeadingBlock(
        @Schema(required = true, enumeration = TYPE) String type,
        @Schema(required = true, example = "2") @Min(2) @Max(4) int level,
        @Schema(required = true, example = "ما الذي تغيّر؟") @Size(max = MAX_TEXT) String text) implements Block {

    public static final String TYPE = "heading";

    public HeadingBlock {
        type = TYPE;
    }

    public HeadingBlock(int level, String text) {
        this(TYPE, level, text);
    }

    @Override
    public String plainText() {
        return text;
    }
}
