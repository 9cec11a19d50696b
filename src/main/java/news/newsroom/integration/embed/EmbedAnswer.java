package news.newsroom.integration.embed;

import java.time.Instant;
import java.util.List;

/**
 * What an embed endpoint answers with: the body, when what it shows last changed, and the surrogate keys of what
 * it shows (so the cached copy is dropped when any of it changes).
 */
record EmbedAnswer<T>(T body, Instant lastModified, List<String> surrogateKeys) {

    static <T> EmbedAnswer<T> of(T body, EmbeddedArticle article) {
        return new EmbedAnswer<>(body, article.lastModified(), article.surrogateKeys());
    }
}
