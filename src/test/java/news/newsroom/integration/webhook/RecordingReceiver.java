package news.newsroom.integration.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A well-behaved receiver (the JDK's HTTP server) that records what it is sent and answers as told. */
final class RecordingReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, String uri, Headers headers, byte[] body) {
    }

    private final HttpServer server;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    RecordingReceiver(InetAddress address, int status, String body, String location) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 50);
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    RecordingReceiver(int status, String body) throws IOException {
        this(InetAddress.getLoopbackAddress(), status, body, null);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
