package news.newsroom.integration.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written by Jackson like every other response:
 * no maintained Java library writes JSON Feed, and its fields are a handful of records.
 */
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document: the newest published articles, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeed(
        @Schema(required = true, enumeration = JsonFeed.VERSION) String version,
        @Schema(required = true, description = "The outlet's name, and the section's, tag's or author's for theirs.",
                example = "غرفة الأخبار — اقتصاد") String title,
        @JsonProperty("home_page_url") @Schema(required = true, description = "The page on the website this feed follows.",
                example = "https://newsroom.example/sections/economy") String homePageUrl,
        @JsonProperty("feed_url") @Schema(required = true, description = "This feed's own address on the API host.",
                example = "https://api.newsroom.example/feeds/sections/economy/feed.json") String feedUrl,
        @Schema(required = true, example = "أحدث مقالات قسم اقتصاد في غرفة الأخبار.") String description,
        @Schema(required = true, enumeration = "ar") String language,
        @Schema(required = true, description = "The outlet.") List<Author> authors,
        @Schema(required = true) List<Item> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    @Schema(name = "JsonFeedItem", description = "One article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(required = true, description = "The article's identity, kept through edits and slug changes.",
                    example = "https://newsroom.example/articles/42") String id,
            @Schema(required = true, description = "The article's page on the website (the slug percent-encoded).",
                    example = "https://newsroom.example/articles/42/%D8%A7%D9%84%D8%A3%D9%84%D9%88%D8%A7%D8%AD")
            String url,
            @Schema(required = true, example = "الألواح الشمسية تغيّر وجه الأسطح في حمص") String title,
            @JsonProperty("content_html") @Schema(description = "With `full=true`: the whole article as HTML, absolute "
                    + "links only; absent otherwise.") String contentHtml,
            @JsonProperty("content_text") @Schema(description = "Without `full=true`: the excerpt (the title when the "
                    + "article has none), plain text; absent otherwise.") String contentText,
            @Schema(description = "The excerpt, plain text; absent when the article has none.") String summary,
            @Schema(description = "The featured image's address; absent when the article has none.") String image,
            @JsonProperty("date_published") @Schema(required = true) Instant datePublished,
            @JsonProperty("date_modified") @Schema(required = true) Instant dateModified,
            @Schema(required = true, description = "The bylines, with their pages on the website.") List<Author> authors,
            @Schema(required = true, description = "The section's name, then the tags' names.") List<String> tags) {
    }

    @Schema(name = "JsonFeedAuthor", description = "A byline, or the outlet.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(
            @Schema(required = true, example = "لينا خوري") String name,
            @Schema(required = true, description = "Their page on the website.",
                    example = "https://newsroom.example/authors/lina-khoury") String url) {
    }

    static JsonFeed of(Feed feed) {
        return new JsonFeed(VERSION, feed.title(), feed.homePageUrl(), feed.selfUrl(), feed.description(),
                Feed.LANGUAGE, List.of(author(feed.publisher())), feed.items().stream().map(JsonFeed::item).toList());
    }

    private static Item item(Feed.Item item) {
        List<String> tags = new ArrayList<>();
        tags.add(item.section().label());
        item.tags().forEach(tag -> tags.add(tag.label()));
        String text = item.html() != null ? null : item.summary() != null ? item.summary() : item.title();
        return new Item(item.id(), item.url(), item.title(), item.html(), text, item.summary(),
                item.image() == null ? null : item.image().url(), item.published(), item.updated(),
                item.authors().stream().map(JsonFeed::author).toList(), tags);
    }

    private static Author author(Feed.Person person) {
        return new Author(person.name(), person.url());
    }
}
