package news.newsroom.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes other nodes commit ({@link ChangeNotices}): each node LISTENs on one connection of its own and
 * drops its copies of what they name. While that connection is down a node cannot know what changed, so nothing it
 * holds is current: everything is invalidated when the connection is lost and again when it is back.
 */
@ApplicationScoped
public class ChangeNoticeListener {

    private static final Logger LOG = Logger.getLogger(ChangeNoticeListener.class);
    private static final int POLL_MILLIS = 500;

    private final ChangeNotices notices;
    private final LocalInvalidation invalidation;
    private final String url;
    private final String username;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread thread;

    public ChangeNoticeListener(ChangeNotices notices, LocalInvalidation invalidation,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.notices = notices;
        this.invalidation = invalidation;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "change-notice-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** A notice received on the channel: another node's change is invalidated here too; this node's own is not. */
    void heard(String notice) {
        notices.keysOf(notice).ifPresent(invalidation::invalidate);
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password.orElse(""))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen \"" + notices.channel() + "\"");
                }
                invalidation.connectionChanged(true);
                PGConnection received = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = received.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                invalidation.connectionChanged(false);
                if (running) {
                    LOG.warnf("Change notice listener lost its database connection (%s); caching nothing until it is back",
                            lost.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
