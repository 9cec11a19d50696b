package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import news.newsroom.web.Website;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON-LD of an article page, in the schema.org vocabulary: the article and its breadcrumb trail, in one
 * {@code @graph} so that the website puts one {@code <script type="application/ld+json">} in the page's head.
 */
@Schema(name = "StructuredData", description = "A JSON-LD document in the schema.org vocabulary: a `NewsArticle` and "
        + "the `BreadcrumbList` of its section path. The website puts it as it is into "
        + "a `script` element of type `application/ld+json` in the article page's head.")
public record StructuredData(
        @JsonProperty("@context") @Schema(required = true, enumeration = StructuredData.SCHEMA_ORG,
                example = StructuredData.SCHEMA_ORG) String context,
        @JsonProperty("@graph") @Schema(required = true, description = "The article first, then its breadcrumb trail.")
        List<GraphNode> graph) {

    static final String SCHEMA_ORG = "https://schema.org";

    static StructuredData of(EmbeddedArticle article, Outlet outlet, Website website) {
        return new StructuredData(SCHEMA_ORG,
                List.of(NewsArticle.of(article, outlet, website), BreadcrumbList.of(article, website)));
    }
}
