package news.newsroom.integration.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Moves committed changes from the outbox into the change log, on a thread of its own: woken by the outbox's
 * notice when a change commits ({@link ChangeLogListener}), and once a second in any case, so a notice lost while
 * the listener reconnected delays a change by a second at most. Nodes take turns (see {@link
 * ChangeLogRepository#moveCommitted(int)}), so one writer numbers the log.
 */
@ApplicationScoped
public class ChangeMover {

    private static final Logger LOG = Logger.getLogger(ChangeMover.class);
    private static final int BATCH = 500;
    private static final long IDLE_MILLIS = 1_000;

    private final ChangeLogRepository changeLog;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public ChangeMover(ChangeLogRepository changeLog) {
        this.changeLog = changeLog;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::run, "change-mover");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** A change committed: move it now rather than at the next second. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * One transaction: the committed changes the outbox holds, up to a batch, into the log.
     *
     * @return the last seq moved; 0 when there was nothing to move or another node is moving
     */
    public long moveOnce() throws SQLException {
        return changeLog.moveCommitted(BATCH);
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                while (running && moveOnce() > 0) {
                    // a full batch may have left more behind it
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException failed) {
                LOG.warnf("Moving changes into the change log failed (%s); trying again in a second", failed.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
