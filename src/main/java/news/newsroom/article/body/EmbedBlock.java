package news.newsroom.article.body;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmbedBlock", description = "Media from another service (a video, a post), shown by its provider.")
public record EmbedBlock(
        @Schema(required = true, enumeration = TYPE) String type,
        @Schema(required = true, enumeration = {"youtube", "vimeo"}, example = "youtube") String provider,
        @Schema(required = true, example = "https://www.youtube.com/watch?v=dQw4w9WgXcQ") @Size(max = 500) String url) implements Block {

    public static final String TYPE = "embed";

    public EmbedBlock {
        type = TYPE;
    }

    public EmbedBlock(String provider, String url) {
        this(TYPE, provider, url);
    }

    @Override
    public String plainText() {
        return "";
    }
}
