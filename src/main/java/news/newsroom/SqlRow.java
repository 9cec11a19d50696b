package news.newsroom;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of a native query, read by column name (never by position), with the conversions PostgreSQL's types
 * need: a native query is asked for {@link Tuple}s and each row is read into a record by the names its SQL gives
 * the columns ({@code select a.id, a.title ... as section_name}).
 */
public record SqlRow(Tuple tuple) {

    /** The rows of a native query created with {@code Tuple.class} as its result type. */
    @SuppressWarnings("unchecked")
    public static List<SqlRow> all(Query nativeQuery) {
        return ((List<Tuple>) nativeQuery.getResultList()).stream().map(SqlRow::new).toList();
    }

    public long longValue(String column) {
        return ((Number) tuple.get(column)).longValue();
    }

    public int intValue(String column) {
        return ((Number) tuple.get(column)).intValue();
    }

    public double doubleValue(String column) {
        return ((Number) tuple.get(column)).doubleValue();
    }

    /** A nullable bigint column. */
    public Long longOrNull(String column) {
        Object value = tuple.get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    public boolean bool(String column) {
        return (Boolean) tuple.get(column);
    }

    public String text(String column) {
        return (String) tuple.get(column);
    }

    /** A timestamp with time zone, or null; the driver hands it over as one of several types. */
    public Instant instant(String column) {
        Object value = tuple.get(column);
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
