package news.newsroom.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import news.newsroom.NewsroomConfig;
import news.newsroom.content.ContentGeneration;
import news.newsroom.content.ContentInvalidated;

/**
 * Public GET responses as they were sent (the bytes of JSON, a feed or a sitemap, and caching headers), by request URI, so a hot article or
 * list page is answered without the database or JSON serialization, and a conditional request for it is a 304
 * at once. Each response is filed under its surrogate keys ({@code article-42}, {@code articles}, ...), and goes
 * when content under one of them is invalidated ({@link ContentInvalidated}, after a change commits here or on
 * another node).
 *
 * <p>A read that was under way while a change committed may have read the old rows: a response is only cached if
 * the {@link ContentGeneration} is still the one its request started in. Until this node hears other nodes'
 * changes, it caches nothing.
 *
 * <p>When the connection that hears other nodes is lost (the database is down, or unreachable from here), the
 * entries are not current any more but are still the best answer there is: they are kept aside as stale, for up
 * to {@code newsroom.http.stale-if-error}, and served only while that connection is down (the {@code
 * stale-if-error} of RFC 5861). They go as soon as it is back.
 */
@ApplicationScoped
public class ResponseCache {

    /** A response as it is sent again: its body in {@code mediaType}, and its caching headers. */
    public record Entry(byte[] body, String mediaType, EntityTag etag, Date lastModified, String cacheControl,
            String surrogateKey, String link, Set<String> keys) {

        /** The caching headers of this response, the same on a 200 and a 304, sent first or from the cache. */
        public Response.ResponseBuilder headersOn(Response.ResponseBuilder builder) {
            builder.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
            if (lastModified != null) {
                builder.lastModified(lastModified);
            }
            if (surrogateKey != null) {
                builder.header(CacheableResponses.SURROGATE_KEY, surrogateKey);
            }
            if (link != null) {
                builder.header("Link", link);
            }
            return builder;
        }
    }

    /** Per entry beyond its body: key, headers, references. */
    private static final int OVERHEAD_BYTES = 512;

    private final Cache<String, Entry> entries;
    /** Entries that were current when the connection to other nodes was lost; served only while it is down. */
    private final Cache<String, Entry> stale;
    private final ContentGeneration generation;

    public ResponseCache(NewsroomConfig config, ContentGeneration generation) {
        this.generation = generation;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.http().responseCacheBytes())
                .weigher((String uri, Entry entry) -> entry.body().length + uri.length() + OVERHEAD_BYTES)
                .build();
        this.stale = Caffeine.newBuilder()
                .maximumWeight(config.http().responseCacheBytes())
                .weigher((String uri, Entry entry) -> entry.body().length + uri.length() + OVERHEAD_BYTES)
                .expireAfterWrite(config.http().staleIfError())
                .build();
    }

    public Optional<Entry> find(String uri) {
        return Optional.ofNullable(entries.getIfPresent(uri));
    }

    /** A copy kept from before the connection to other nodes was lost, while it is still lost. */
    public Optional<Entry> findStale(String uri) {
        if (generation.connected()) {
            return Optional.empty();
        }
        return Optional.ofNullable(stale.getIfPresent(uri));
    }

    /** Caches a response read in generation {@code startedIn}, unless content changed since. */
    public void remember(String uri, long startedIn, Entry entry) {
        if (generation.stillCurrent(startedIn)) {
            entries.put(uri, entry);
            if (!generation.stillCurrent(startedIn)) {
                entries.invalidate(uri); // a change committed while we stored it
            }
        }
    }

    void drop(@Observes ContentInvalidated invalidated) {
        if (invalidated.everything()) {
            if (generation.connected()) {
                stale.invalidateAll();
            } else {
                stale.putAll(entries.asMap());
            }
            entries.invalidateAll();
        } else {
            entries.asMap().values().removeIf(entry -> !Collections.disjoint(entry.keys(), invalidated.keys()));
            stale.asMap().values().removeIf(entry -> !Collections.disjoint(entry.keys(), invalidated.keys()));
        }
    }
}
