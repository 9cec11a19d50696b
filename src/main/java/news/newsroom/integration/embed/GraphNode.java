package news.newsroom.integration.embed;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing the structured data of an article page describes; {@code @type} says which. */
@Schema(name = "StructuredDataNode", description = "One schema.org thing the page describes; `@type` says which.",
        oneOf = {NewsArticle.class, BreadcrumbList.class},
        discriminatorProperty = "@type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = NewsArticle.TYPE, schema = NewsArticle.class),
            @DiscriminatorMapping(value = BreadcrumbList.TYPE, schema = BreadcrumbList.class)
        })
public sealed interface GraphNode permits NewsArticle, BreadcrumbList {
}
