package news.newsroom.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRef", description = "A byline.")
public record AuthorRef(
        @Schema(required = true, example = "lina-khoury") String slug,
        @Schema(required = true, example = "لينا خوري") String name) {

    public static AuthorRef of(Author author) {
        return new AuthorRef(author.getSlug(), author.getName());
    }
}
