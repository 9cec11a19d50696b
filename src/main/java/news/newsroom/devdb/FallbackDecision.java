package news.newsroom.devdb;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Whether dev mode should start an embedded PostgreSQL: only in the dev profile, only when the datasource URL is
 * the default one, and only when nothing accepts a connection on that default address.
 */
public record FallbackDecision(boolean startEmbedded, String reason) {

    /** The URL that application.properties gives; anything else was chosen by someone and is left alone. */
    public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";
    static final int DEFAULT_PORT = 5432;
    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    public static FallbackDecision of(List<String> profiles, String configuredUrl) {
        return of(profiles, configuredUrl, DEFAULT_PORT);
    }

    static FallbackDecision of(List<String> profiles, String configuredUrl, int port) {
        if (profiles == null || !profiles.contains("dev")) {
            return new FallbackDecision(false, "not dev mode");
        }
        if (configuredUrl == null || !DEFAULT_URL.equals(configuredUrl.strip())) {
            return new FallbackDecision(false, "a datasource URL is configured");
        }
        if (answers("localhost", port)) {
            return new FallbackDecision(false, "PostgreSQL answers on localhost:" + port);
        }
        return new FallbackDecision(true, "nothing answers on localhost:" + port);
    }

    /** Whether any address of the host (localhost may be 127.0.0.1 and ::1) accepts a connection on the port. */
    static boolean answers(String host, int port) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return false;
        }
        for (InetAddress address : addresses) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MILLIS);
                return true;
            } catch (IOException refused) {
                // try the host's next address
            }
        }
        return false;
    }
}
