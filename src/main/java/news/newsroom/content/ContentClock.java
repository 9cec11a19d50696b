package news.newsroom.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When published content last changed anywhere: the Last-Modified of lists and counts, which change when an
 * article elsewhere is published, edited or withdrawn. Every write bumps some row's {@code updated_at}, and
 * each max() here is one index probe.
 *
 * <p>Every request for a list or a search asks, so the answer is cached until content changes: it is current
 * while the {@link ContentGeneration} is the one it was read in (a write that commits while it is read moves the
 * generation on, so a time read from before that write is not cached). The probe is not free even so: the newest
 * entries of article's updated_at index are often versions of rows that later writes replaced, which it steps over.
 */
@ApplicationScoped
public class ContentClock {

    /** A time read, and the generation it was read in. */
    private record Reading(Instant lastChange, long generation) {
    }

    private final EntityManager entityManager;
    private final ContentGeneration generation;
    private volatile Reading cached;

    public ContentClock(EntityManager entityManager, ContentGeneration generation) {
        this.entityManager = entityManager;
        this.generation = generation;
    }

    public Instant lastChange() {
        long readIn = generation.current();
        Reading known = cached;
        if (known != null && generation.stillCurrent(known.generation())) {
            return known.lastChange();
        }
        Instant read = read();
        // Cached only while other nodes' writes can be heard, and if no write came while it was read.
        if (generation.stillCurrent(readIn)) {
            cached = new Reading(read, readIn);
        }
        return read;
    }

    private Instant read() {
        Object result = entityManager.createNativeQuery("""
                select greatest(
                    (select max(updated_at) from article),
                    (select max(updated_at) from section),
                    (select max(updated_at) from author),
                    (select max(updated_at) from tag))
                """).getSingleResult();
        if (result instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (result instanceof Instant instant) {
            return instant;
        }
        return null;
    }
}
