package news.newsroom.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How many articles a list or a search matches, cached per filter combination and content version. The response
 * cache keeps whole pages by URI; this keeps the count that a list's pages share, so pages 2, 3... of a list (other
 * URIs) do not count its articles again. Callers put the content's last change in the key, so a write starts
 * new entries.
 */
@ApplicationScoped
public class ArticleCounts {

    /** One per filter combination in use. */
    static final int CACHED_COUNTS = 10_000;

    private final Cache<String, ArticlePage.Total> counts = Caffeine.newBuilder()
            .maximumSize(CACHED_COUNTS).expireAfterWrite(Duration.ofMinutes(10)).build();

    /**
     * The cached count for {@code key}, else a new one, cached. Counted outside the cache's own compute: that would
     * hold a lock of the cache's hash table for a whole SQL statement, stalling requests for other keys.
     */
    public ArticlePage.Total counted(String key, Supplier<ArticlePage.Total> count) {
        ArticlePage.Total cached = counts.getIfPresent(key);
        if (cached == null) {
            cached = count.get();
            counts.put(key, cached);
        }
        return cached;
    }
}
