package news.newsroom.article.body;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImageBlock", description = "A picture inside the body.")
public record ImageBlock(
        @Schema(required = true, enumeration = TYPE) String type,
        @Schema(required = true, example = "https://media.newsroom.example/2025/water-tank.jpg") @Size(max = 500) String url,
        @Schema(nullable = true, example = "خزان مياه على سطح بناء في حي المزة") @Size(max = 500) String alt,
        @Schema(nullable = true, example = "خزانات المياه على أسطح المباني") @Size(max = 500) String caption,
        @Schema(nullable = true, example = "تصوير: سامر عيسى") @Size(max = 500) String credit) implements Block {

    public static final String TYPE = "image";

    public ImageBlock {
        type = TYPE;
    }

    public ImageBlock(String url, String alt, String caption, String credit) {
        this(TYPE, url, alt, caption, credit);
    }

    @Override
    public String plainText() {
        return caption == null ? "" : caption;
    }
}
