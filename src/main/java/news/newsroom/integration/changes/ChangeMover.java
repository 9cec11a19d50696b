package news.newsroom.integration.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import news.newsroom.background.WakeableLoop;

/**
 * Moves committed changes from the outbox into the change log, on a thread of its own: woken by the outbox's
 * notice when a change commits ({@link ChangeLogListener}), and once a second in any case, so a notice lost while
 * the listener reconnected delays a change by a second at most. Nodes take turns (see {@link
 * ChangeLogRepository#moveCommitted(int)}), so one writer numbers the log.
 */
@ApplicationScoped
public class ChangeMover {

    private static final int BATCH = 500;

    private final ChangeLogRepository changeLog;
    private final WakeableLoop loop;

    public ChangeMover(ChangeLogRepository changeLog) {
        this.changeLog = changeLog;
        this.loop = new WakeableLoop("change-mover", Duration.ofSeconds(1), this::moveAll);
    }

    void start(@Observes StartupEvent started) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        loop.stop();
    }

    /** A change committed: move it now rather than at the next second. */
    public void wake() {
        loop.wake();
    }

    /**
     * One transaction: the committed changes the outbox holds, up to a batch, into the log.
     *
     * @return the last seq moved; 0 when there was nothing to move or another node is moving
     */
    public long moveOnce() throws SQLException {
        return changeLog.moveCommitted(BATCH);
    }

    private void moveAll() throws SQLException {
        while (loop.running() && moveOnce() > 0) {
            // a full batch may have left more behind it
        }
    }
}
