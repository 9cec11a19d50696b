package news.newsroom.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jboss.logging.Logger;

/**
 * Tells a failure to reach PostgreSQL from any other fault, so that a request the database could not answer gets a
 * 503 {@code database-unavailable} with Retry-After (the client may simply try again) rather than a 500 incident.
 * Such failures surface as Hibernate's {@code JDBCConnectionException}, the pool's acquisition timeout, or a driver
 * {@link SQLException} of class 08 (connection exception) or 57P (the server shutting down), often wrapped by the
 * transaction or the ORM; the whole cause chain is looked at.
 *
 * <p>While the database is away each request would wait for the pool's acquisition timeout before failing, and
 * hold a worker thread meanwhile. So requests are refused at once ({@link DatabaseOutageGate}) while the node's
 * LISTEN connections are lost (they notice at once when the server goes, and are made again within two seconds
 * of its return), and for a moment ({@link #SETTLE_NANOS}) after a request failed for an outage; the first one
 * after that moment tries the database again, and either renews the refusal or ends it.
 */
public final class DatabaseOutage {

    /** What a client is told to wait: the pool and the background loops try again within a few seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** How long after a failure to reach the database requests are refused without trying it. */
    static final long SETTLE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final int DEEPEST_CAUSE = 20;
    /** Whether a LISTEN connection was lost and not made again yet: one value for the whole node. */
    private static volatile boolean listenerLost;
    /** When a request last failed for an outage (System.nanoTime), or 0: one value for the whole node. */
    private static final java.util.concurrent.atomic.AtomicLong LAST_FAILURE = new java.util.concurrent.atomic.AtomicLong();

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or one of its causes, says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolTimeout(sql))) {
                return true;
            }
            if (noConnection(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The 503 answer to a request that failed for an outage; later requests are refused at once for a moment. */
    public static ApiProblem problem(Throwable failure) {
        long now = System.nanoTime();
        LAST_FAILURE.set(now == 0 ? 1 : now);
        LOG.debugf("Answered 503: the database cannot be reached (%s)", failure.getMessage());
        return refusal();
    }

    /** A LISTEN connection to the database was lost ({@code false}), or made again ({@code true}). */
    public static void listenerConnected(boolean connected) {
        listenerLost = !connected;
    }

    /** Whether the database is known to be unreachable: refuse without trying it. */
    static boolean knownDown() {
        long last = LAST_FAILURE.get();
        return listenerLost || last != 0 && System.nanoTime() - last < SETTLE_NANOS;
    }

    static ApiProblem refusal() {
        return ApiProblem.of(ProblemType.DATABASE_UNAVAILABLE, "database-unavailable.detail", RETRY_AFTER_SECONDS)
                .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }

    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** Hibernate's wording for any failure to get a connection from the pool, whatever the driver said. */
    private static boolean noConnection(String message) {
        return message != null && message.startsWith("Unable to acquire JDBC Connection");
    }

    /** The pool's "Acquisition timeout while waiting for new connection": none came free, or could be made, in time. */
    private static boolean poolTimeout(SQLException sql) {
        String message = sql.getMessage();
        return sql.getSQLState() == null && message != null
                && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
