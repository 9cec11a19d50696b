package news.newsroom.integration.changes;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import news.newsroom.NewsroomConfig;
import org.jboss.logging.Logger;

/**
 * Keeps the change log to {@code newsroom.changes.retention}: older changes are removed and the horizon moves up,
 * so a client whose cursor is older starts again from the public set (410) instead of missing changes silently.
 * Safe on every node at once: removals of the same rows wait for each other and the horizon only moves up.
 */
@ApplicationScoped
public class ChangeRetention {

    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

    private final ChangeLogRepository changeLog;
    private final Duration retention;

    public ChangeRetention(ChangeLogRepository changeLog, NewsroomConfig config) {
        this.changeLog = changeLog;
        this.retention = config.changes().retention();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void removeExpired() {
        removeBefore(Instant.now().minus(retention));
    }

    /** @return how many changes written before {@code cutoff} were removed */
    @Transactional
    public int removeBefore(Instant cutoff) {
        int removed = changeLog.removeBefore(cutoff);
        if (removed > 0) {
            LOG.infof("Removed %d changes older than %s from the change log", removed, cutoff);
        }
        return removed;
    }
}
