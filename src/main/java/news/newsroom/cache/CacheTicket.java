package news.newsroom.cache;

import jakarta.enterprise.context.RequestScoped;

/**
 * Set by {@link ResponseCacheFilter} on a public GET the response cache may keep: under which URI, and the cache
 * generation the request started in. Unset for anything else (staff, integrators, other methods).
 */
@RequestScoped
public class CacheTicket {

    private String uri;
    private long generation;

    void issue(String uri, long generation) {
        this.uri = uri;
        this.generation = generation;
    }

    boolean issued() {
        return uri != null;
    }

    String uri() {
        return uri;
    }

    long generation() {
        return generation;
    }
}
