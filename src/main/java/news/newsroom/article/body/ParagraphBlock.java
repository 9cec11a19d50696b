package news.newsroom.article.body;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParagraphBlock", description = "A paragraph. `html` holds inline markup only: <a href>, <strong>, <em>.")
public record ParagraphBlock(
        @Schema(required = true, enumeration = TYPE) String type,
        @Size(max = MAX_TEXT) @Schema(required = true, example = "أعلنت مؤسسة المياه في <strong>دمشق</strong> جدولاً جديداً للتوزيع.")
        String html) implements Block {

    public static final String TYPE = "paragraph";

    public ParagraphBlock {
        type = TYPE;
    }

    public ParagraphBlock(String html) {
        this(TYPE, html);
    }

    @Override
    public String plainText() {
        return InlineHtml.text(html);
    }
}
