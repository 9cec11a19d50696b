package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The publisher, as schema.org {@code NewsMediaOrganization}. */
@Schema(name = "NewsMediaOrganization", description = "schema.org `NewsMediaOrganization`: the outlet "
        + "(`newsroom.publisher.*`).")
public record NewsMediaOrganization(
        @JsonProperty("@type") @Schema(required = true, enumeration = NewsMediaOrganization.TYPE,
                example = NewsMediaOrganization.TYPE) String type,
        @Schema(required = true, example = "غرفة الأخبار") String name,
        @Schema(required = true, description = "The website's home page.", example = "https://newsroom.example")
        String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when no logo is configured.")
        ImageObject logo) {

    static final String TYPE = "NewsMediaOrganization";

    static NewsMediaOrganization of(Outlet outlet) {
        ImageObject logo = outlet.logoUrl() == null ? null
                : ImageObject.of(outlet.logoUrl(), outlet.logoWidth(), outlet.logoHeight());
        return new NewsMediaOrganization(TYPE, outlet.name(), outlet.url(), logo);
    }
}
