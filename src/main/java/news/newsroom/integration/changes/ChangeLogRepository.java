package news.newsroom.integration.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import news.newsroom.SqlRow;

/** The change log and its outbox (migration V12): moving committed changes into the log, reading and trimming it. */
@ApplicationScoped
public class ChangeLogRepository {

    private static final String MOVE = """
            with base as (
                select greatest(coalesce((select max(seq) from change_log), 0),
                                (select seq from change_log_horizon)) as seq
            ), moved as (
                delete from change_outbox
                where id in (select id from change_outbox order by id limit ?)
                returning *
            ), added as (
                insert into change_log (seq, type, entity, entity_id, slug, article_id, tombstone, changed_at)
                select base.seq + row_number() over (order by moved.id), moved.type, moved.entity,
                       moved.entity_id, moved.slug, moved.article_id, moved.tombstone, moved.changed_at
                from moved, base
                returning seq
            )
            select coalesce(max(seq), 0) from added
            """;

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final ChangeChannels channels;

    public ChangeLogRepository(EntityManager entityManager, DataSource dataSource, ChangeChannels channels) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.channels = channels;
    }

    /**
     * In a transaction of its own: moves up to {@code limit} committed outbox rows into the log, oldest first,
     * numbering them after the last seq, and tells every node the new last seq when it commits. One mover at a time
     * over all nodes (a transaction-level advisory lock), so one writer numbers the log. Plain JDBC: it runs every
     * second in the background, and is no query of any request's.
     *
     * @return the last seq moved; 0 when the outbox held nothing committed or another node is moving now
     */
    public long moveCommitted(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long last = moveCommitted(connection, limit);
                connection.commit();
                return last;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        }
    }

    private long moveCommitted(Connection connection, int limit) throws SQLException {
        try (Statement turn = connection.createStatement();
                ResultSet taken = turn.executeQuery(
                        "select pg_try_advisory_xact_lock(hashtext('newsroom.change_log.' || current_schema()))")) {
            if (!taken.next() || !taken.getBoolean(1)) {
                return 0;
            }
        }
        long last;
        try (PreparedStatement move = connection.prepareStatement(MOVE)) {
            move.setInt(1, limit);
            try (ResultSet moved = move.executeQuery()) {
                moved.next();
                last = moved.getLong(1);
            }
        }
        if (last > 0) {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, channels.log());
                notify.setString(2, Long.toString(last));
                notify.executeQuery().close();
            }
        }
        return last;
    }

    /** Up to {@code limit} changes after {@code seq} to items of the kinds in {@code entities}, in order. */
    public List<ChangeRow> after(long seq, int limit, Collection<String> entities) {
        return SqlRow.all(entityManager.createNativeQuery("""
                select seq, type, entity, entity_id, slug, article_id, tombstone, changed_at
                from change_log where seq > :seq and entity in (:entities) order by seq limit :limit
                """, Tuple.class)
                .setParameter("seq", seq)
                .setParameter("entities", entities)
                .setParameter("limit", limit))
                .stream().map(ChangeLogRepository::change).toList();
    }

    /** The last seq handed out, whether or not retention has removed it since. */
    public long lastSeq() {
        return ((Number) entityManager.createNativeQuery("""
                select greatest(coalesce((select max(seq) from change_log), 0), (select seq from change_log_horizon))
                """).getSingleResult()).longValue();
    }

    /** The highest seq retention removed: a reader positioned below it has missed changes. */
    public long horizon() {
        return ((Number) entityManager.createNativeQuery("select seq from change_log_horizon").getSingleResult())
                .longValue();
    }

    /**
     * Removes the changes written before {@code cutoff}, keeping the newest one (so seqs go on from it), and moves
     * the horizon up to the last seq removed.
     *
     * @return how many were removed
     */
    public int removeBefore(Instant cutoff) {
        Number removed = (Number) entityManager.createNativeQuery("""
                with gone as (
                    delete from change_log
                    where changed_at < :cutoff and seq < (select max(seq) from change_log)
                    returning seq
                ), moved as (
                    update change_log_horizon set seq = greatest(seq, (select max(seq) from gone))
                    where exists (select 1 from gone)
                    returning seq
                )
                select count(*) from gone
                """).setParameter("cutoff", cutoff).getSingleResult();
        return removed.intValue();
    }

    private static ChangeRow change(SqlRow row) {
        return new ChangeRow(row.longValue("seq"), row.text("type"), row.text("entity"), row.longValue("entity_id"),
                row.text("slug"), row.longOrNull("article_id"), row.bool("tombstone"), row.instant("changed_at"));
    }
}
