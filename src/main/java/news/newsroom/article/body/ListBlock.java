package news.newsroom.article.body;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ListBlock", description = "A bulleted (`ordered: false`) or numbered list; items hold inline markup only.")
public record ListBlock(
        @Schema(required = true, enumeration = TYPE) String type,
        @Schema(required = true) boolean ordered,
        @Schema(required = true, example = "[\"تقنين ساعتين يومياً\", \"صهاريج للأحياء المرتفعة\"]")
        @Size(min = 1, max = 100) List<@Size(max = MAX_TEXT) String> items)
        implements Block {

    public static final String TYPE = "list";

    public ListBlock {
        type = TYPE;
        items = items == null ? List.of() : List.copyOf(items);
    }

    public ListBlock(boolean ordered, List<String> items) {
        this(TYPE, ordered, items);
    }

    @Override
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            text.append(InlineHtml.text(item)).append(' ');
        }
        return text.toString();
    }
}
