package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A picture with its size, as schema.org {@code ImageObject}. */
@Schema(name = "ImageObject", description = "schema.org `ImageObject`: a picture and its size in pixels.")
public record ImageObject(
        @JsonProperty("@type") @Schema(required = true, enumeration = ImageObject.TYPE, example = ImageObject.TYPE)
        String type,
        @Schema(required = true, example = "https://media.newsroom.example/logo.png") String url,
        @Schema(required = true, example = "600") int width,
        @Schema(required = true, example = "60") int height) {

    static final String TYPE = "ImageObject";

    static ImageObject of(String url, int width, int height) {
        return new ImageObject(TYPE, url, width, height);
    }
}
