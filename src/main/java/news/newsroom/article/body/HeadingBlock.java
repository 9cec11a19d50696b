package news.newsroom.article.body;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HeadingBlock", description = "A subheading inside the article, level 2 to 4.")
public record HeadingBlock(
        @Schema(required = true, enumeration = TYPE) String type,
        @Schema(required = true, minimum = "2", maximum = "4", example = "2") int level,
        @Schema(required = true, example = "ما الذي تغيّر؟") @Size(max = 20_000) String text) implements Block {

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
