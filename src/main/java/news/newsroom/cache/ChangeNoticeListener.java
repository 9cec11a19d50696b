package news.newsroom.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import news.newsroom.content.NotificationListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hears the changes other nodes commit ({@link ChangeNotices}): each node LISTENs on one connection of its own and
 * drops its copies of what they name. While that connection is down a node cannot know what changed, so nothing it
 * holds is current: everything is invalidated when the connection is lost and again when it is back.
 */
@ApplicationScoped
public class ChangeNoticeListener implements NotificationListener.Handler {

    private static final Logger LOG = Logger.getLogger(ChangeNoticeListener.class);

    private final ChangeNotices notices;
    private final LocalInvalidation invalidation;
    private final NotificationListener listener;

    public ChangeNoticeListener(ChangeNotices notices, LocalInvalidation invalidation,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.notices = notices;
        this.invalidation = invalidation;
        this.listener = new NotificationListener("change-notice-listener", url, username, password,
                List.of(notices.channel()), this);
    }

    void start(@Observes StartupEvent started) {
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        listener.stop();
    }

    /** A notice received on the channel: another node's change is invalidated here too; this node's own is not. */
    void heard(String notice) {
        notices.keysOf(notice).ifPresent(invalidation::invalidate);
    }

    @Override
    public void connected() {
        invalidation.connectionChanged(true);
    }

    @Override
    public void heard(String channel, String payload) {
        heard(payload);
    }

    @Override
    public void lost(SQLException cause) {
        invalidation.connectionChanged(false);
        LOG.warnf("Change notice listener lost its database connection (%s); caching nothing until it is back",
                cause.getMessage());
    }
}
