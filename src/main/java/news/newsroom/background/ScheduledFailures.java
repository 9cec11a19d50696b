package news.newsroom.background;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Logs the failures of scheduled jobs (publishing due articles, removing old changes, expiring challenges) the way
 * the {@link WakeableLoop}s log theirs: the first failure of a run as a warning with its cause, the recovery once,
 * and nothing in between. A job runs again on its own schedule, so during a database outage the scheduler's own
 * error log (turned off in application.properties) would print a stack trace every second.
 */
@ApplicationScoped
public class ScheduledFailures {

    private static final Logger LOG = Logger.getLogger(ScheduledFailures.class);

    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    void failed(@Observes FailedExecution failure) {
        String job = failure.getExecution().getTrigger().getId();
        if (failing.add(job)) {
            Throwable cause = failure.getException();
            LOG.warnf(cause, "Scheduled job %s failed; it runs again on its schedule, and its failures are not logged"
                    + " again until it works", job);
        } else {
            LOG.debugf("Scheduled job %s failed again: %s", job, failure.getException());
        }
    }

    void succeeded(@Observes SuccessfulExecution success) {
        String job = success.getExecution().getTrigger().getId();
        if (!failing.isEmpty() && failing.remove(job)) {
            LOG.infof("Scheduled job %s works again", job);
        }
    }
}
