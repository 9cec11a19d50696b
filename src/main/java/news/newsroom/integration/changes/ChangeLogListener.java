package news.newsroom.integration.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import news.newsroom.content.NotificationListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hears the change log's two channels ({@link ChangeChannels}) on a connection of its own: a committed change
 * wakes the {@link ChangeMover}; changes moved into the log, by this node or another, are announced here as
 * {@link ChangeLogAdvanced} to the live stream and the webhook dispatcher.
 */
@ApplicationScoped
public class ChangeLogListener implements NotificationListener.Handler {

    private static final Logger LOG = Logger.getLogger(ChangeLogListener.class);

    private final ChangeChannels channels;
    private final ChangeMover mover;
    private final Event<ChangeLogAdvanced> advanced;
    private final NotificationListener listener;

    public ChangeLogListener(ChangeChannels channels, ChangeMover mover, Event<ChangeLogAdvanced> advanced,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.channels = channels;
        this.mover = mover;
        this.advanced = advanced;
        this.listener = new NotificationListener("change-log-listener", url, username, password,
                List.of(channels.outbox(), channels.log()), this);
    }

    void start(@Observes StartupEvent started) {
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        listener.stop();
    }

    /** Whatever was announced while no one listened: move it, and let readers look. */
    @Override
    public void connected() {
        mover.wake();
        advanced.fire(new ChangeLogAdvanced(0));
    }

    @Override
    public void heard(String channel, String payload) {
        if (channel.equals(channels.outbox())) {
            mover.wake();
            return;
        }
        try {
            advanced.fire(new ChangeLogAdvanced(Long.parseLong(payload)));
        } catch (NumberFormatException notOurs) {
            advanced.fire(new ChangeLogAdvanced(0));
        } catch (RuntimeException observerFailed) {
            LOG.warnf("An observer of the change log failed: %s", observerFailed.getMessage());
        }
    }

    @Override
    public void lost(SQLException cause) {
        LOG.warnf("Change log listener lost its database connection (%s); the mover polls meanwhile",
                cause.getMessage());
    }
}
