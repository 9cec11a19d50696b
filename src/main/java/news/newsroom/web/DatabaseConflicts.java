package news.newsroom.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Database refusals that are races between requests rather than faults: a unique key another request took
 * first answers 409, and a serialization failure or deadlock (the database chose this transaction to undo)
 * answers 503 with Retry-After, since the same request can succeed when sent again.
 */
public final class DatabaseConflicts {

    static final String UNIQUE_VIOLATION = "23505";
    static final Set<String> RETRYABLE = Set.of("40001", "40P01");
    static final int RETRY_AFTER_SECONDS = 1;

    private DatabaseConflicts() {
    }

    /** The problem to answer for {@code failure}, when a database state in its causes is one of these races. */
    public static Optional<ApiProblem> problemFor(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                // A batch reports the failing statement's state in the chained exception, not always in its own.
                SQLException next = sql;
                for (int depth = 0; next != null && depth < 10; depth++, next = next.getNextException()) {
                    Optional<ApiProblem> problem = problemFor(next.getSQLState());
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<ApiProblem> problemFor(String sqlState) {
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            return Optional.of(ApiProblem.conflict("conflict.concurrent-write"));
        }
        if (sqlState != null && RETRYABLE.contains(sqlState)) {
            return Optional.of(ApiProblem.of(ProblemType.BUSY, "busy.database", RETRY_AFTER_SECONDS)
                    .withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
        }
        return Optional.empty();
    }
}
