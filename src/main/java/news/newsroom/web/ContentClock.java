package news.newsroom.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When published content last changed anywhere: the Last-Modified of lists and counts, which change when an
 * article elsewhere is published, edited or withdrawn. Every write bumps some row's {@code updated_at}, and
 * each max() here is one index probe.
 */
@ApplicationScoped
public class ContentClock {

    private final EntityManager entityManager;

    public ContentClock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Instant lastChange() {
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
