package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import news.newsroom.tag.TagRef;
import news.newsroom.web.Website;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema.org {@code NewsArticle} of an article page, with the properties Google's article guide reads. */
@Schema(name = "NewsArticle", description = "schema.org `NewsArticle`: the article the page shows.")
public record NewsArticle(
        @JsonProperty("@type") @Schema(required = true, enumeration = NewsArticle.TYPE, example = NewsArticle.TYPE)
        String type,
        @Schema(required = true, description = "The whole title, however long.",
                example = "الألواح الشمسية تغيّر وجه الأسطح في حمص") String headline,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The excerpt, else the subtitle; absent "
                + "when the article has neither.", example = "تنتشر الألواح الشمسية على أسطح الأبنية في حمص.")
        String description,
        @Schema(required = true, example = "2025-11-29T08:19:00Z") Instant datePublished,
        @Schema(required = true, example = "2025-11-29T09:02:00Z") Instant dateModified,
        @Schema(required = true, description = "The byline in its order.") List<Person> author,
        @Schema(required = true) NewsMediaOrganization publisher,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = "The featured image's URL; absent when "
                + "the article has none.", example = "[\"https://media.newsroom.example/2025/solar-roofs.jpg\"]")
        List<String> image,
        @Schema(required = true, description = "The article's page on the website.",
                example = "https://newsroom.example/articles/42/%D8%A7%D9%84%D8%A3%D9%84%D9%88%D8%A7%D8%AD")
        String mainEntityOfPage,
        @Schema(required = true, enumeration = "ar", example = "ar") String inLanguage,
        @Schema(required = true, description = "The name of the article's section.", example = "طاقة")
        String articleSection,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = "The names of the article's tags; absent "
                + "when it has none.", example = "[\"الطاقة الشمسية\", \"المياه\"]") List<String> keywords,
        @Schema(required = true, description = "Always true: the outlet has no paywall.", example = "true")
        boolean isAccessibleForFree) implements GraphNode {

    static final String TYPE = "NewsArticle";

    static NewsArticle of(EmbeddedArticle article, Outlet outlet, Website website) {
        return new NewsArticle(TYPE, article.title(), article.description(), article.publishedAt(),
                article.updatedAt(),
                article.authors().stream().map(author -> Person.of(author, website)).toList(),
                NewsMediaOrganization.of(outlet),
                article.image() == null ? List.of() : List.of(article.image().url()),
                article.url(), "ar", article.section().name(),
                article.tags().stream().map(TagRef::name).toList(), true);
    }
}
