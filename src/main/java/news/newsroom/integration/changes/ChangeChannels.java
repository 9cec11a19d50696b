package news.newsroom.integration.changes;

import jakarta.enterprise.context.ApplicationScoped;
import news.newsroom.NewsroomConfig;

/**
 * The two PostgreSQL NOTIFY channels of the change log, one pair per schema (dev, test and benchmark schemas may
 * share a database): the outbox triggers of migration V12 notify {@link #outbox()} when a change commits, and the
 * mover notifies {@link #log()} with the last seq when it has moved changes into the log.
 */
@ApplicationScoped
public class ChangeChannels {

    private final String outbox;
    private final String log;

    public ChangeChannels(NewsroomConfig config) {
        // The triggers name the channel after current_schema(), which the connection's search_path makes this one.
        this.outbox = "newsroom_outbox_" + config.databaseSchema();
        this.log = "newsroom_change_log_" + config.databaseSchema();
    }

    public String outbox() {
        return outbox;
    }

    public String log() {
        return log;
    }
}
