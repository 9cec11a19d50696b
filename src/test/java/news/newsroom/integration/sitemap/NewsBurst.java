package news.newsroom.integration.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import news.newsroom.cache.LocalInvalidation;
import news.newsroom.section.Section;

/**
 * Many published articles at once, written with one statement (more than the news sitemap holds, which the
 * builders of {@code TestContent} would make one transaction each). Like {@code TestContent}, it writes around the
 * services, so it invalidates every cached copy of content.
 */
@ApplicationScoped
public class NewsBurst {

    private final EntityManager em;
    private final LocalInvalidation invalidation;

    public NewsBurst(EntityManager em, LocalInvalidation invalidation) {
        this.em = em;
        this.invalidation = invalidation;
    }

    /**
     * {@code count} published articles in {@code section}, slugs {@code burst-1} to {@code burst-<count>}, the first
     * published at {@code newest} and each next one a minute earlier.
     */
    @Transactional
    public void publish(Section section, int count, Instant newest) {
        invalidation.invalidateEverything();
        em.createNativeQuery("""
                insert into article (slug, title, section_id, status, published_at, featured_image_url)
                select 'burst-' || n, 'خبر عاجل رقم ' || n, :section, 'published',
                       cast(:newest as timestamptz) - n * interval '1 minute' + interval '1 minute',
                       'https://media.newsroom.example/burst/' || n || '.jpg'
                from generate_series(1, :count) as n
                """)
                .setParameter("section", section.getId())
                .setParameter("newest", newest)
                .setParameter("count", count)
                .executeUpdate();
    }
}
