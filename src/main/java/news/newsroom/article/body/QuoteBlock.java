package news.newsroom.article.body;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuoteBlock", description = "A quotation with its attributed source.")
public record QuoteBlock(
        @Schema(required = true, enumeration = TYPE) String type,
        @Schema(required = true, example = "لن تنقطع المياه عن أي حي أكثر من يوم واحد.") @Size(max = MAX_TEXT) String text,
        @Schema(nullable = true, example = "مدير مؤسسة المياه") @Size(max = 300) String cite) implements Block {

    public static final String TYPE = "quote";

    public QuoteBlock {
        type = TYPE;
    }

    public QuoteBlock(String text, String cite) {
        this(TYPE, text, cite);
    }

    @Override
    public String plainText() {
        return cite == null ? text : text + " " + cite;
    }
}
