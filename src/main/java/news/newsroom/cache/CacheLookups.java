package news.newsroom.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts how public GETs fare in the {@link ResponseCache}: {@code newsroom.response.cache} with {@code
 * result=hit} (answered from a current copy), {@code stale} (answered from a copy kept through a database outage)
 * or {@code miss} (the resource ran). The hit ratio is hits over all three.
 */
@ApplicationScoped
public class CacheLookups {

    static final String METER = "newsroom.response.cache";

    private final Counter hits;
    private final Counter staleHits;
    private final Counter misses;

    public CacheLookups(MeterRegistry registry) {
        this.hits = counter(registry, "hit");
        this.staleHits = counter(registry, "stale");
        this.misses = counter(registry, "miss");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(METER).description("Public GETs by how the response cache answered them")
                .tag("result", result).register(registry);
    }

    void record(boolean fresh, boolean answered) {
        if (!answered) {
            misses.increment();
        } else if (fresh) {
            hits.increment();
        } else {
            staleHits.increment();
        }
    }
}
