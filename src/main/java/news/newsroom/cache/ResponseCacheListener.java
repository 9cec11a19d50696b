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
 * Hears the evictions other nodes make. Every write sends its surrogate keys with PostgreSQL's NOTIFY in its own
 * transaction (so they are delivered when, and only if, it commits); each node LISTENs on one connection of its
 * own and drops what they name. While that connection is down a node cannot know what changed, so it keeps
 * nothing: the cache is cleared when the connection is lost and again when it is back.
 */
@ApplicationScoped
public class ResponseCacheListener {

    private static final Logger LOG = Logger.getLogger(ResponseCacheListener.class);
    private static final int POLL_MILLIS = 500;

    private final ResponseCache cache;
    private final String url;
    private final String username;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread thread;

    public ResponseCacheListener(ResponseCache cache,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "response-cache-listener");
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
                    statement.execute("listen \"" + cache.channel() + "\"");
                }
                cache.stopKeeping(false);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            cache.evictAnnounced(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                cache.stopKeeping(true);
                if (running) {
                    LOG.warnf("Response cache listener lost its database connection (%s); keeping nothing until it is back",
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
