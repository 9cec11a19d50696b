package news.newsroom.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Author", description = "The public profile of someone who writes for the outlet.")
public record AuthorView(
        @Schema(required = true, example = "2") long id,
        @Schema(required = true, example = "lina-khoury") String slug,
        @Schema(required = true, example = "لينا خوري") String name,
        @Schema(nullable = true, example = "صحفية اقتصادية تكتب عن الأسواق والأسعار ومعيشة الناس.") String bio,
        @Schema(nullable = true, example = "https://media.newsroom.example/authors/lina-khoury.jpg") String avatarUrl,
        @Schema(required = true, description = "Published articles with this byline.", example = "7") long articleCount) {

    static AuthorView of(Author author, long articleCount) {
        return new AuthorView(author.getId(), author.getSlug(), author.getName(), author.getBio(),
                author.getAvatarUrl(), articleCount);
    }
}
