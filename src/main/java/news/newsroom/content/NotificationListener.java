package news.newsroom.content;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import news.newsroom.web.DatabaseOutage;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A PostgreSQL LISTEN on a connection of its own, on a daemon thread, for as long as the service runs: what
 * several nodes tell each other (the response cache's notices, the change log's) arrives here. A lost connection
 * is reported once ({@link Handler#lost}) and made again, first at once and then after pauses growing to {@link
 * #LONGEST_PAUSE}, however long the database stays away; {@link Handler#connected()} says when it is back, since
 * notices sent meanwhile are lost. A connection that dies without a word (a cut network) is found by TCP
 * keep-alives and by the server's answer to a check every {@link #CHECK_EVERY}. While it is lost, requests are
 * refused at once rather than waiting for the pool ({@link DatabaseOutage}).
 */
public final class NotificationListener {

    /** What the listener's owner does with what it hears. */
    public interface Handler {
        /** Listening (again): anything announced while no one listened was missed. */
        void connected();

        void heard(String channel, String payload);

        /** The connection was lost (or could not be made) while the service runs; called once until it is back. */
        void lost(SQLException cause);
    }

    /** The longest pause between attempts to connect again: the listener is back within it of the database. */
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);
    /** How often an idle connection is checked with a round trip. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final int POLL_MILLIS = 500;
    private static final Logger LOG = Logger.getLogger(NotificationListener.class);

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
        boolean reported = false;
        int failures = 0;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties())) {
                try (Statement statement = connection.createStatement()) {
                    for (String channel : channels) {
                        statement.execute("listen \"" + channel + "\"");
                    }
                }
                if (reported) {
                    LOG.infof("%s is listening again", name);
                }
                reported = false;
                failures = 0;
                DatabaseOutage.listenerConnected(true);
                handler.connected();
                hear(connection);
            } catch (SQLException lost) {
                if (!running) {
                    return;
                }
                failures++;
                if (!reported) {
                    reported = true;
                    DatabaseOutage.listenerConnected(false);
                    handler.lost(lost);
                } else {
                    LOG.debugf("%s cannot connect yet (%s)", name, lost.getMessage());
                }
                pause(pauseAfter(failures));
            }
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection received = connection.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] notifications = received.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    handler.heard(notification.getName(), notification.getParameter());
                }
            }
            if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                try (Statement check = connection.createStatement()) {
                    check.execute("select 1");
                }
                checked = System.nanoTime();
            }
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password.orElse(""));
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "newsroom " + name);
        return properties;
    }

    /** The first attempt again comes soon (a restart is quick); later ones less often, up to the longest pause. */
    static Duration pauseAfter(int failures) {
        long pause = FIRST_PAUSE.toMillis() << Math.min(failures - 1, 10);
        return Duration.ofMillis(Math.min(pause, LONGEST_PAUSE.toMillis()));
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
