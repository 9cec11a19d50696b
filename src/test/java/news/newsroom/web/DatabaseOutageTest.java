package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures say the database cannot be reached (a 503 the client may retry) and which are faults (500). */
class DatabaseOutageTest {

    @Test
    void connectionFailuresAreOutagesHoweverWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseOutage.causedBy(refused)).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool exhausted"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection [Something unusual has occurred]",
                new SQLException("Something unusual has occurred", "XX000")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new PersistenceException("commit failed",
                new SQLException("Exception while creating new connection", refused))))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "article_slug_key"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void whileAListeningConnectionIsLostRequestsAreRefusedWithoutTryingTheDatabase() {
        DatabaseOutage.listenerConnected(false);
        assertThat(DatabaseOutage.knownDown()).isTrue();
        DatabaseOutage.listenerConnected(true);
        assertThat(DatabaseOutage.knownDown()).isFalse();
    }

    @Test
    void theAnswerIsA503WithRetryAfter() {
        ApiProblem problem = DatabaseOutage.refusal();
        assertThat(problem.type()).isEqualTo(ProblemType.DATABASE_UNAVAILABLE);
        assertThat(problem.type().status()).isEqualTo(503);
        assertThat(problem.headers()).containsEntry("Retry-After", "5");
    }
}
