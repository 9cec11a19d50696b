package news.newsroom.content;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A PostgreSQL LISTEN on a connection of its own, on a daemon thread, for as long as the service runs: what
 * several nodes tell each other (the response cache's notices, the change log's) arrives here. A lost connection
 * is reported and made again a second later; {@link Handler#connected()} says when it is back, since notices sent
 * meanwhile are lost.
 */
public final class NotificationListener {

    /** What the listener's owner does with what it hears. */
    public interface Handler {
        /** Listening (again): anything announced while no one listened was missed. */
        void connected();

        void heard(String channel, String payload);

        /** The connection was lost while the service runs; it is made again in a second. */
        void lost(SQLException cause);
    }

    private static final int POLL_MILLIS = 500;

    private final String name;
    private final String url;
    private final String username;
    private final Optional<String> password;
    private final List<String> channels;
    private final Handler handler;
    private volatile boolean running;
    private Thread thread;

    public NotificationListener(String name, String url, String username, Optional<String> password,
            List<String> channels, Handler handler) {
        this.name = name;
        this.url = url;
        this.username = username;
        this.password = password;
        this.channels = List.copyOf(channels);
        this.handler = handler;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password.orElse(""))) {
                try (Statement statement = connection.createStatement()) {
                    for (String channel : channels) {
                        statement.execute("listen \"" + channel + "\"");
                    }
                }
                handler.connected();
                PGConnection received = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = received.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            handler.heard(notification.getName(), notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                if (running) {
                    handler.lost(lost);
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
