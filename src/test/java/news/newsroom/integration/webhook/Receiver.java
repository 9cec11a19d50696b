package news.newsroom.integration.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A webhook receiver as an integrator runs one: a real HTTP server on 127.0.0.1 that records every request and
 * answers as told ({@link Answer}), so tests can make it fail, hang or shout.
 */
final class Receiver implements AutoCloseable {

    /** How the receiver answers one request. */
    enum Answer {
        /** 204 at once. */
        OK,
        /** 500 at once. */
        FAIL,
        /** 204, but only after the sender's timeout has passed. */
        SLOW,
        /** 200 and 10 MB of body. */
        HUGE,
        /** Headers, then a body that never ends. */
        ENDLESS
    }

    /** One request received, and how it was answered. */
    record Received(String id, String timestamp, String signature, String body, Instant at, Answer answer) {

        /** The headers as the Standard Webhooks library reads them. */
        Map<String, List<String>> headers() {
            return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(timestamp),
                    "webhook-signature", List.of(signature));
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile Supplier<Answer> answers = () -> Answer.OK;
    private volatile Duration slowness = Duration.ofSeconds(3);
    private HttpServer server;
    private int port;

    Receiver() throws IOException {
        start(0);
    }

    void start(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 200);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Stops listening: connections are refused until {@link #restart()}. */
    void stop() {
        server.stop(0);
    }

    void restart() throws IOException {
        start(port);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/newsroom";
    }

    void answer(Supplier<Answer> how) {
        this.answers = how;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits up to {@code within} for {@code done}, then says whether it came. */
    static boolean await(BooleanSupplier done, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Answer answer = answers.get();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        received.add(new Received(headers.get("webhook-id"), headers.get("webhook-timestamp"),
                headers.get("webhook-signature"), body, Instant.now(), answer));
        try {
            switch (answer) {
                case OK -> exchange.sendResponseHeaders(204, -1);
                case FAIL -> exchange.sendResponseHeaders(500, -1);
                case SLOW -> {
                    Thread.sleep(slowness.toMillis());
                    exchange.sendResponseHeaders(204, -1);
                }
                case HUGE -> {
                    exchange.sendResponseHeaders(200, 10_000_000);
                    try (OutputStream out = exchange.getResponseBody()) {
                        byte[] chunk = new byte[10_000];
                        for (int i = 0; i < 1_000; i++) {
                            out.write(chunk);
                        }
                    }
                }
                case ENDLESS -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    for (int i = 0; i < 600; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(100);
                    }
                }
            }
        } catch (IOException | InterruptedException senderLeft) {
            // The sender gave up (its timeout) or closed the connection after what it reads.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
