package news.newsroom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and the local PostgreSQL that a test can cut, as a database outage looks from the
 * service: every open connection is closed at once, and new ones are closed as soon as they are accepted, until
 * the test restores it. Started as a test resource, it points the service's datasource (and LISTEN connections)
 * at itself; the shared PostgreSQL itself is never stopped.
 */
public class DatabaseProxy implements QuarkusTestResourceLifecycleManager {

    private static volatile DatabaseProxy running;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private ServerSocket server;

    /** The proxy the running test's service goes through. */
    public static DatabaseProxy current() {
        return running;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the database proxy", e);
        }
        running = this;
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/postgres",
                // Longer than production's: start-up on a busy test machine can take that long to connect. A quick
                // 503 during the outage comes from knowing the database is down, not from this timeout.
                "quarkus.datasource.jdbc.acquisition-timeout", "3S");
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        closeAll();
    }

    /** The database is gone: open connections drop, new ones are refused. */
    public void cut() {
        cut = true;
        closeAll();
    }

    /** The database is back. */
    public void restore() {
        cut = false;
    }

    private void closeAll() {
        for (Socket socket : List.copyOf(open)) {
            close(socket);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket database = new Socket("127.0.0.1", 5432);
                open.add(client);
                open.add(database);
                pipe(client, database);
                pipe(database, client);
            } catch (IOException stopped) {
                // the server socket closed, or one connection failed: go on while the server is open
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side closed: close both below
            } finally {
                close(from);
                close(to);
            }
        }, "database-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
