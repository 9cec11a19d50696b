package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseConflictsTest {

    @Test
    void aUniqueViolationAnywhereInTheCausesIsAConflict() {
        RuntimeException failure = new RuntimeException("commit failed",
                new IllegalStateException("flush", new SQLException("duplicate key", "23505")));

        assertThat(DatabaseConflicts.problemFor(failure)).get()
                .satisfies(problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void aDeadlockOrSerializationFailureIsBusyWithRetryAfter() {
        for (String state : new String[] {"40P01", "40001"}) {
            assertThat(DatabaseConflicts.problemFor(new RuntimeException(new SQLException("undone", state)))).get()
                    .satisfies(problem -> {
                        assertThat(problem.type()).isEqualTo(ProblemType.BUSY);
                        assertThat(problem.headers()).containsEntry("Retry-After", "1");
                    });
        }
    }

    @Test
    void aBatchTellsItsStateInTheChainedException() {
        BatchUpdateException batch = new BatchUpdateException("batch", "", new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(DatabaseConflicts.problemFor(batch)).isPresent();
    }

    @Test
    void otherFailuresAreLeftToTheGeneralHandler() {
        assertThat(DatabaseConflicts.problemFor(new RuntimeException(new SQLException("fk", "23503")))).isEmpty();
        assertThat(DatabaseConflicts.problemFor(new IllegalStateException("bug"))).isEmpty();
    }
}
