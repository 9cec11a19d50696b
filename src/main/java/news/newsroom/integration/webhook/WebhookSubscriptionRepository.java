package news.newsroom.integration.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepository<WebhookSubscription> {

    public List<WebhookSubscription> findNewestFirst() {
        return listAll(Sort.descending("createdAt", "id"));
    }

    public List<WebhookSubscription> findActive() {
        return list("active", Sort.ascending("id"));
    }

    /**
     * An attempt failed at {@code now}: a run of failures starts unless one is on; a run that started at or before
     * {@code cutoff} deactivates the subscription with {@code reason}.
     *
     * @return whether this deactivated it
     */
    public boolean markFailing(long id, Instant now, Instant cutoff, String reason) {
        Number deactivated = (Number) getEntityManager().createNativeQuery("""
                with changed as (
                    update webhook_subscription s set failing_since = coalesce(s.failing_since, :now),
                        active = s.active and coalesce(s.failing_since, :now) > :cutoff,
                        disabled_reason = case when s.active and coalesce(s.failing_since, :now) <= :cutoff
                            then :reason else s.disabled_reason end,
                        updated_at = case when s.active and coalesce(s.failing_since, :now) <= :cutoff
                            then :now else s.updated_at end
                    where s.id = :id
                    returning s.active
                )
                select count(*) from changed where not active
                """).setParameter("id", id).setParameter("now", now).setParameter("cutoff", cutoff)
                .setParameter("reason", reason).getSingleResult();
        return deactivated.intValue() > 0;
    }
}
