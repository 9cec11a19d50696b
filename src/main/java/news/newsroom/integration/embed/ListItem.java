package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a breadcrumb trail, as schema.org {@code ListItem}. */
@Schema(name = "ListItem", description = "schema.org `ListItem`: one step of the breadcrumb trail.")
public record ListItem(
        @JsonProperty("@type") @Schema(required = true, enumeration = ListItem.TYPE, example = ListItem.TYPE)
        String type,
        @Schema(required = true, description = "From 1, top first.", example = "1") int position,
        @Schema(required = true, example = "اقتصاد") String name,
        @Schema(required = true, description = "The step's page on the website.",
                example = "https://newsroom.example/sections/economy") String item) {

    static final String TYPE = "ListItem";

    static ListItem of(int position, String name, String item) {
        return new ListItem(TYPE, position, name, item);
    }
}
