package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.stream.Collectors;
import news.newsroom.author.AuthorRef;
import news.newsroom.web.Website;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An oEmbed 1.0 {@code rich} response. Its names are the spec's, in snake_case, not the API's camelCase: oEmbed
 * consumers (WordPress among them) read exactly these.
 */
@Schema(name = "OEmbed", description = "An oEmbed 1.0 `rich` response (https://oembed.com): the HTML to embed and "
        + "what describes it. Field names are the spec's (snake_case).")
public record OEmbed(
        @Schema(required = true, enumeration = "1.0", example = "1.0") String version,
        @Schema(required = true, enumeration = "rich", example = "rich") String type,
        @Schema(required = true, description = "A `<blockquote class=\"newsroom-embed\" dir=\"rtl\" lang=\"ar\">` "
                + "holding the title (a link to the article), the excerpt, the byline and the outlet. No script, "
                + "style or event attribute; every text is HTML-escaped. Partners may style the `newsroom-embed` "
                + "classes.",
                example = "<blockquote class=\"newsroom-embed\" dir=\"rtl\" lang=\"ar\" cite=\"https://newsroom.example/articles/42/x\">"
                        + "<p class=\"newsroom-embed-title\"><a href=\"https://newsroom.example/articles/42/x\">الألواح الشمسية تغيّر وجه الأسطح في حمص</a></p>"
                        + "<p class=\"newsroom-embed-excerpt\">تنتشر الألواح الشمسية على أسطح الأبنية في حمص.</p>"
                        + "<footer class=\"newsroom-embed-source\">لينا خوري — <a href=\"https://newsroom.example\">غرفة الأخبار</a></footer></blockquote>")
        String html,
        @Schema(required = true, description = "Pixels: 600, or `maxwidth` when smaller.", example = "600") int width,
        @Schema(required = true, description = "Pixels: the box the text needs at that width, or `maxheight` when "
                + "smaller.", example = "300") int height,
        @Schema(required = true, description = "The article's whole title.",
                example = "الألواح الشمسية تغيّر وجه الأسطح في حمص") String title,
        @JsonProperty("author_name") @Schema(required = true, description = "The byline, names separated by «، ».",
                example = "لينا خوري، رامي حداد") String authorName,
        @JsonProperty("author_url") @Schema(required = true, description = "The first author's page on the website.",
                example = "https://newsroom.example/authors/lina-khoury") String authorUrl,
        @JsonProperty("provider_name") @Schema(required = true, example = "غرفة الأخبار") String providerName,
        @JsonProperty("provider_url") @Schema(required = true, description = "The website's home page.",
                example = "https://newsroom.example") String providerUrl,
        @JsonProperty("cache_age") @Schema(required = true, description = "Seconds a consumer may keep this answer.",
                example = "3600") int cacheAge,
        @JsonProperty("thumbnail_url") @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The featured image; absent (with its size) when the article has none.",
                example = "https://media.newsroom.example/2025/solar-roofs.jpg") String thumbnailUrl,
        @JsonProperty("thumbnail_width") @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Pixels: the 16:9 box, 1,200 wide, scaled down to fit `maxwidth` and `maxheight`.",
                example = "1200") Integer thumbnailWidth,
        @JsonProperty("thumbnail_height") @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Pixels: see `thumbnail_width`.", example = "675") Integer thumbnailHeight) {

    /**
     * How long a partner's site may keep an embed: an edited title or a withdrawn article shows there within
     * this time, without every page view of theirs asking us.
     */
    static final int CACHE_AGE_SECONDS = 3_600;

    static OEmbed of(EmbeddedArticle article, Outlet outlet, Website website, Integer maxWidth, Integer maxHeight) {
        EmbedSize box = EmbedSize.ofEmbed(maxWidth, maxHeight);
        EmbedSize thumbnail = article.image() == null ? null : EmbedSize.ofThumbnail(maxWidth, maxHeight);
        String authorName = article.authors().stream().map(AuthorRef::name).collect(Collectors.joining("، "));
        String authorUrl = article.authors().isEmpty() ? outlet.url()
                : website.author(article.authors().get(0).slug());
        return new OEmbed("1.0", "rich", EmbedHtml.of(article, outlet), box.width(), box.height(), article.title(),
                authorName.isEmpty() ? outlet.name() : authorName, authorUrl, outlet.name(), outlet.url(),
                CACHE_AGE_SECONDS, article.image() == null ? null : article.image().url(),
                thumbnail == null ? null : thumbnail.width(), thumbnail == null ? null : thumbnail.height());
    }
}
