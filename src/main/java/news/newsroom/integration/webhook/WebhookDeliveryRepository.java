package news.newsroom.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.SqlRow;
import news.newsroom.web.TimePosition;
import org.hibernate.Session;

/**
 * Deliveries and their attempts (migration V13): the fan-out's position and inserts, the claim of due deliveries
 * by one node at a time, outcomes, and the deliveries log.
 */
@ApplicationScoped
public class WebhookDeliveryRepository {

    /** A delivery to create: the change it announces ({@code seq}) and its exact body. */
    public record NewDelivery(long subscriptionId, Long seq, String messageId, String type, String orderingKey,
            String body) {
    }

    /** A delivery as the log shows it. */
    public record DeliveryRow(long id, long subscriptionId, Long seq, String messageId, String type, String status,
            int attempts, Instant nextAttemptAt, Instant createdAt, Instant completedAt) {
    }

    /** One attempt as the log shows it. */
    public record AttemptRow(long deliveryId, Instant attemptedAt, Integer statusCode, long latencyMs, String error) {
    }

    /**
     * Due deliveries that no node holds, whose subscription is active, and that no earlier pending delivery with
     * the same ordering key is ahead of; taken for this node until the lease ends. Rows another node is taking at
     * the same moment are skipped, not waited for.
     */
    private static final String CLAIM = """
            with due as (
                select d.id from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id and s.active
                where d.status = 'pending' and d.next_attempt_at <= now()
                  and (d.locked_until is null or d.locked_until < now())
                  and not exists (select 1 from webhook_delivery e
                                  where e.subscription_id = d.subscription_id and e.ordering_key = d.ordering_key
                                    and e.status = 'pending' and e.id < d.id)
                order by d.next_attempt_at, d.id
                limit :limit
                for update of d skip locked
            )
            update webhook_delivery d set locked_until = now() + :lease * interval '1 millisecond',
                attempts = d.attempts + 1
            from due, webhook_subscription s
            where d.id = due.id and s.id = d.subscription_id
            returning d.id, d.subscription_id, d.message_id, d.type, d.body, d.attempts, d.seq,
                      s.url, s.secret, s.previous_secret, s.previous_secret_until
            """;

    private static final String DELIVERY_COLUMNS = "id, subscription_id, seq, message_id, type, status, attempts, "
            + "next_attempt_at, created_at, completed_at";

    private final EntityManager entityManager;

    public WebhookDeliveryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The last seq fanned out, locked for this transaction; empty when another node holds it now. */
    public Optional<Long> lockDispatch() {
        List<SqlRow> rows = SqlRow.all(entityManager.createNativeQuery(
                "select seq from webhook_dispatch for update skip locked", Tuple.class));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).longValue("seq"));
    }

    public void advanceDispatch(long seq) {
        entityManager.createNativeQuery("update webhook_dispatch set seq = :seq").setParameter("seq", seq)
                .executeUpdate();
    }

    /** Inserts pending deliveries, due now, in one batch. */
    public void insert(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into webhook_delivery (subscription_id, seq, message_id, type, ordering_key, body)
                    values (?, ?, ?, ?, ?, ?)
                    """)) {
                for (NewDelivery delivery : deliveries) {
                    insert.setLong(1, delivery.subscriptionId());
                    if (delivery.seq() == null) {
                        insert.setNull(2, Types.BIGINT);
                    } else {
                        insert.setLong(2, delivery.seq());
                    }
                    insert.setString(3, delivery.messageId());
                    insert.setString(4, delivery.type());
                    insert.setString(5, delivery.orderingKey());
                    insert.setString(6, delivery.body());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Takes up to {@code limit} due deliveries for this node, for {@code lease}. */
    public List<DeliveryClaim> claimDue(int limit, Duration lease) {
        return SqlRow.all(entityManager.createNativeQuery(CLAIM, Tuple.class)
                .setParameter("limit", limit).setParameter("lease", lease.toMillis())).stream()
                .map(row -> new DeliveryClaim(row.longValue("id"), row.longValue("subscription_id"),
                        row.text("message_id"), row.text("type"), row.text("body"), row.intValue("attempts"),
                        row.longOrNull("seq") == null, row.text("url"), row.text("secret"),
                        row.text("previous_secret"), row.instant("previous_secret_until")))
                .toList();
    }

    /** A delivery made and taken by this node at once (a ping): pending, one attempt, leased. */
    public long insertTaken(NewDelivery delivery, Duration lease) {
        return ((Number) entityManager.createNativeQuery("""
                insert into webhook_delivery (subscription_id, seq, message_id, type, ordering_key, body, attempts,
                                              locked_until)
                values (:subscription, null, :message, :type, null, :body, 1,
                        now() + :lease * interval '1 millisecond')
                returning id
                """).setParameter("subscription", delivery.subscriptionId()).setParameter("message", delivery.messageId())
                .setParameter("type", delivery.type()).setParameter("body", delivery.body())
                .setParameter("lease", lease.toMillis()).getSingleResult()).longValue();
    }

    public void recordAttempt(long deliveryId, Instant at, Integer statusCode, long latencyMs, String error) {
        entityManager.createNativeQuery("""
                insert into webhook_attempt (delivery_id, attempted_at, status_code, latency_ms, error)
                values (:delivery, :at, :status, :latency, :error)
                """).setParameter("delivery", deliveryId).setParameter("at", Timestamp.from(at))
                .setParameter("status", statusCode).setParameter("latency", (int) Math.min(Integer.MAX_VALUE, latencyMs))
                .setParameter("error", error).executeUpdate();
    }

    /**
     * In one statement: the attempt that succeeded, the delivery done, and the subscription's run of failures, if
     * one was on, over.
     */
    public void recordSuccess(long deliveryId, Instant at, int statusCode, long latencyMs) {
        entityManager.createNativeQuery("""
                with attempt as (
                    insert into webhook_attempt (delivery_id, attempted_at, status_code, latency_ms)
                    values (:delivery, :at, :status, :latency)
                ), done as (
                    update webhook_delivery set status = 'succeeded', completed_at = now(), locked_until = null
                    where id = :delivery and status = 'pending'
                    returning subscription_id
                )
                update webhook_subscription set failing_since = null
                where id in (select subscription_id from done) and failing_since is not null
                """).setParameter("delivery", deliveryId).setParameter("at", Timestamp.from(at))
                .setParameter("status", statusCode).setParameter("latency", (int) Math.min(Integer.MAX_VALUE, latencyMs))
                .executeUpdate();
    }

    /** The delivery is over: {@code succeeded} or {@code failed}. */
    public void complete(long deliveryId, String status) {
        entityManager.createNativeQuery("""
                update webhook_delivery set status = :status, completed_at = now(), locked_until = null
                where id = :id and status = 'pending'
                """).setParameter("status", status).setParameter("id", deliveryId).executeUpdate();
    }

    public void retryAt(long deliveryId, Instant next) {
        entityManager.createNativeQuery("""
                update webhook_delivery set next_attempt_at = :next, locked_until = null
                where id = :id and status = 'pending'
                """).setParameter("next", Timestamp.from(next)).setParameter("id", deliveryId).executeUpdate();
    }

    /** A page of a subscription's deliveries, newest first, after {@code after} when given. */
    public List<DeliveryRow> page(long subscriptionId, TimePosition after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = "subscription_id = :subscription"
                + (after == null ? "" : " and " + after.after("created_at", "id", true, params));
        var query = entityManager.createNativeQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where "
                + where + " order by created_at desc, id desc limit :limit", Tuple.class)
                .setParameter("subscription", subscriptionId).setParameter("limit", limit);
        params.forEach(query::setParameter);
        return SqlRow.all(query).stream().map(WebhookDeliveryRepository::delivery).toList();
    }

    public long count(long subscriptionId) {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from webhook_delivery where subscription_id = :subscription")
                .setParameter("subscription", subscriptionId).getSingleResult()).longValue();
    }

    public Optional<DeliveryRow> find(long subscriptionId, long deliveryId) {
        return SqlRow.all(entityManager.createNativeQuery("select " + DELIVERY_COLUMNS
                + " from webhook_delivery where id = :id and subscription_id = :subscription", Tuple.class)
                .setParameter("id", deliveryId).setParameter("subscription", subscriptionId)).stream()
                .map(WebhookDeliveryRepository::delivery).findFirst();
    }

    /** The attempts at these deliveries, oldest first. */
    public List<AttemptRow> attempts(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return SqlRow.all(entityManager.createNativeQuery("""
                select delivery_id, attempted_at, status_code, latency_ms, error from webhook_attempt
                where delivery_id in (:ids) order by delivery_id, id
                """, Tuple.class).setParameter("ids", deliveryIds)).stream()
                .map(row -> new AttemptRow(row.longValue("delivery_id"), row.instant("attempted_at"),
                        row.tuple().get("status_code") == null ? null : row.intValue("status_code"),
                        row.longValue("latency_ms"), row.text("error")))
                .toList();
    }

    /** A pending copy of a delivery, due now, with the same message id; its id. */
    public long copyAsPending(long deliveryId) {
        return ((Number) entityManager.createNativeQuery("""
                insert into webhook_delivery (subscription_id, seq, message_id, type, ordering_key, body)
                select subscription_id, seq, message_id, type, ordering_key, body from webhook_delivery where id = :id
                returning id
                """).setParameter("id", deliveryId).getSingleResult()).longValue();
    }

    private static DeliveryRow delivery(SqlRow row) {
        return new DeliveryRow(row.longValue("id"), row.longValue("subscription_id"), row.longOrNull("seq"),
                row.text("message_id"), row.text("type"), row.text("status"), row.intValue("attempts"),
                row.instant("next_attempt_at"), row.instant("created_at"), row.instant("completed_at"));
    }
}
