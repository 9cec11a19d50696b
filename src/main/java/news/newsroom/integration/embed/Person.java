package news.newsroom.integration.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import news.newsroom.author.AuthorRef;
import news.newsroom.web.Website;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author, as schema.org {@code Person}: Google tells authors apart by the page their URL names. */
@Schema(name = "Person", description = "schema.org `Person`: an author of the article.")
public record Person(
        @JsonProperty("@type") @Schema(required = true, enumeration = Person.TYPE, example = Person.TYPE) String type,
        @Schema(required = true, example = "لينا خوري") String name,
        @Schema(required = true, description = "The author's page on the website.",
                example = "https://newsroom.example/authors/lina-khoury") String url) {

    static final String TYPE = "Person";

    static Person of(AuthorRef author, Website website) {
        return new Person(TYPE, author.name(), website.author(author.slug()));
    }
}
