package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.section.SectionRef;
import news.newsroom.web.Website;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the article lives on the website, as schema.org {@code BreadcrumbList}: its section path, top section
 * first, ending with the article itself. The article ends the trail because schema.org describes a trail as
 * ending with the current page and Google reads the last item as that page; it also gives an article of a
 * top-level section the two items Google asks of a trail. The home page is left out, as the result already
 * names the site.
 */
@Schema(name = "BreadcrumbList", description = "schema.org `BreadcrumbList`: the article's section path on the "
        + "website, top section first, ending with the article.")
public record BreadcrumbList(
        @JsonProperty("@type") @Schema(required = true, enumeration = BreadcrumbList.TYPE,
                example = BreadcrumbList.TYPE) String type,
        @Schema(required = true) List<ListItem> itemListElement) implements GraphNode {

    static final String TYPE = "BreadcrumbList";

    static BreadcrumbList of(EmbeddedArticle article, Website website) {
        List<ListItem> items = new ArrayList<>();
        for (SectionRef section : article.sectionPath()) {
            items.add(ListItem.of(items.size() + 1, section.name(), website.section(section.slug())));
        }
        items.add(ListItem.of(items.size() + 1, article.title(), article.url()));
        return new BreadcrumbList(TYPE, List.copyOf(items));
    }
}
