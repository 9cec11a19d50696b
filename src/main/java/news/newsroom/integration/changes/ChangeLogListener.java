package news.newsroom.integration.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
 * Hears the change log's two channels ({@link ChangeChannels}) on a connection of its own: a committed change
 * wakes the {@link ChangeMover}; changes moved into the log, by this node or another, are announced here as
 * {@link ChangeLogAdvanced} to the live stream and the webhook dispatcher.
 */
@ApplicationScoped
public class ChangeLogListener {

    private static final Logger LOG = Logger.getLogger(ChangeLogListener.class);
    private static final int POLL_MILLIS = 500;

    private final ChangeChannels channels;
    private final ChangeMover mover;
    private final Event<ChangeLogAdvanced> advanced;
    private final String url;
    private final String username;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread thread;

    public ChangeLogListener(ChangeChannels channels, ChangeMover mover, Event<ChangeLogAdvanced> advanced,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.channels = channels;
        this.mover = mover;
        this.advanced = advanced;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "change-log-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password.orElse(""))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen \"" + channels.outbox() + "\"");
                    statement.execute("listen \"" + channels.log() + "\"");
                }
                // Whatever was announced while no one listened: move it, and let readers look.
                mover.wake();
                advanced.fire(new ChangeLogAdvanced(0));
                PGConnection received = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = received.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            heard(notification);
                        }
                    }
                }
            } catch (SQLException lost) {
                if (running) {
                    LOG.warnf("Change log listener lost its database connection (%s); the mover polls meanwhile",
                            lost.getMessage());
                    pause();
                }
            }
        }
    }

    private void heard(PGNotification notification) {
        if (notification.getName().equals(channels.outbox())) {
            mover.wake();
        } else {
            try {
                advanced.fire(new ChangeLogAdvanced(Long.parseLong(notification.getParameter())));
            } catch (NumberFormatException notOurs) {
                advanced.fire(new ChangeLogAdvanced(0));
            } catch (RuntimeException observerFailed) {
                LOG.warnf("An observer of the change log failed: %s", observerFailed.getMessage());
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
