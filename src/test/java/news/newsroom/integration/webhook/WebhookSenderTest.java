package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WebhookSender: one POST, bounded in time and in what it reads")
class WebhookSenderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Map<String, String> HEADERS = Map.of("webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
            "webhook-timestamp", "1764404340", "webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=");
    private static final byte[] BODY = "{\"type\":\"article.published\",\"title\":\"انطلاق معرض الكتاب\"}"
            .getBytes(StandardCharsets.UTF_8);

    private static Vertx vertx;
    private static WebhookSender sender;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
        sender = new WebhookSender(vertx, TIMEOUT, new HttpClientOptions());
    }

    @AfterAll
    static void stopVertx() {
        sender.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    static WebhookTarget target(String host, InetAddress address, int port, String path) {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return new WebhookTarget(URI.create("http://" + authority + ":" + port + path), host, port, address);
    }

    private static WebhookTarget local(int port) {
        return target("127.0.0.1", InetAddress.getLoopbackAddress(), port, "/hooks/newsroom");
    }

    private static SendResult send(WebhookTarget target) {
        return sender.send(target, HEADERS, BODY).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void a200IsASuccessWithItsLatencyAndBody() throws IOException {
        try (RecordingReceiver receiver = new RecordingReceiver(200, "thanks")) {
            SendResult result = send(local(receiver.port()));

            assertThat(result.succeeded()).isTrue();
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.error()).isNull();
            assertThat(result.bodyExcerpt()).isEqualTo("thanks");
            assertThat(result.latency()).isPositive().isLessThan(TIMEOUT);
        }
    }

    @Test
    void a500IsAFailureWithItsStatusAndBody() throws IOException {
        try (RecordingReceiver receiver = new RecordingReceiver(500, "{\"error\":\"database down\"}")) {
            SendResult result = send(local(receiver.port()));

            assertThat(result.succeeded()).isFalse();
            assertThat(result.status()).isEqualTo(500);
            assertThat(result.error()).isNull();
            assertThat(result.bodyExcerpt()).isEqualTo("{\"error\":\"database down\"}");
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        try (RecordingReceiver landing = new RecordingReceiver(200, "landed");
                RecordingReceiver redirecting = new RecordingReceiver(InetAddress.getLoopbackAddress(), 302, "",
                        "http://127.0.0.1:" + landing.port() + "/landing")) {
            SendResult result = send(local(redirecting.port()));

            assertThat(result.succeeded()).isFalse();
            assertThat(result.status()).isEqualTo(302);
            assertThat(result.error()).isEqualTo("redirect not followed");
            assertThat(redirecting.received).hasSize(1);
            assertThat(landing.received.poll(300, TimeUnit.MILLISECONDS)).as("request at the redirect's target").isNull();
        }
    }

    @Test
    void headersAndBodyArriveAsSentWithTheTargetsNameAsHost() throws Exception {
        try (RecordingReceiver receiver = new RecordingReceiver(204, "")) {
            WebhookTarget target = target("hooks.partner.example", InetAddress.getLoopbackAddress(), receiver.port(),
                    "/hooks/newsroom?source=%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1");

            SendResult result = send(target);

            assertThat(result.succeeded()).isTrue();
            assertThat(result.bodyExcerpt()).isEmpty();
            RecordingReceiver.Received request = receiver.received.poll(1, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.uri()).isEqualTo("/hooks/newsroom?source=%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1");
            assertThat(request.headers().getFirst("Host")).isEqualTo("hooks.partner.example:" + receiver.port());
            assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
            assertThat(request.headers().getFirst("User-Agent")).isEqualTo("Newsroom-Webhooks/1");
            assertThat(request.headers().getFirst("Content-Length")).isEqualTo(String.valueOf(BODY.length));
            HEADERS.forEach((name, value) -> assertThat(request.headers().getFirst(name)).as(name).isEqualTo(value));
            assertThat(request.body()).isEqualTo(BODY);
        }
    }

    @Test
    void anIpv6TargetIsSentItsBracketedAddressAsHost() throws Exception {
        InetAddress loopback6 = InetAddress.getByName("::1");
        try (RecordingReceiver receiver = new RecordingReceiver(loopback6, 200, "ok", null)) {
            SendResult result = send(target("::1", loopback6, receiver.port(), "/"));

            assertThat(result.succeeded()).isTrue();
            RecordingReceiver.Received request = receiver.received.poll(1, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request.headers().getFirst("Host")).isEqualTo("[::1]:" + receiver.port());
        }
    }

    @Test
    void aTenMegabyteBodyIsCutAfterTheExcerptAndNeverHeld() throws Exception {
        int size = 10 * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        CompletableFuture<Throwable> writerEnd = new CompletableFuture<>();
        try (RawReceiver receiver = new RawReceiver(socket -> {
            // A fixed send buffer: without it the kernel's autotuning alone may take in megabytes before the reset.
            socket.setSendBufferSize(64 * 1024);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
            try {
                while (written.get() < size) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
                out.flush();
                writerEnd.complete(null);
            } catch (IOException reset) {
                writerEnd.complete(reset);
            }
        })) {
            long started = System.nanoTime();
            SendResult result = send(local(receiver.port()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(TIMEOUT);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.succeeded()).isTrue();
            assertThat(result.bodyExcerpt()).isEqualTo("x".repeat(BodyExcerpt.LIMIT));
            assertThat(writerEnd.get(5, TimeUnit.SECONDS)).as("the receiver could not write it all")
                    .isInstanceOf(IOException.class);
            assertThat(written.get()).isLessThan(size);
        }
    }

    @Test
    void aReceiverThatNeverAnswersTimesOut() throws Exception {
        try (RawReceiver receiver = new RawReceiver(socket -> Thread.sleep(60_000))) {
            long started = System.nanoTime();
            SendResult result = send(local(receiver.port()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result.status()).isZero();
            assertThat(result.succeeded()).isFalse();
            assertThat(result.error()).isEqualTo("timed out after 1 s");
            assertThat(took).isBetween(TIMEOUT, TIMEOUT.plusSeconds(1));
            assertThat(result.latency()).isBetween(TIMEOUT, TIMEOUT.plusSeconds(1));
        }
    }

    @Test
    void aReceiverThatNeverEndsItsBodyTimesOut() throws Exception {
        try (RawReceiver receiver = new RawReceiver(socket -> {
            socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(60_000);
        })) {
            long started = System.nanoTime();
            SendResult result = send(local(receiver.port()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.succeeded()).as("a 200 whose body never ends").isFalse();
            assertThat(result.error()).isEqualTo("timed out after 1 s");
            assertThat(result.bodyExcerpt()).isEqualTo("partial");
            assertThat(took).isBetween(TIMEOUT, TIMEOUT.plusSeconds(1));
        }
    }

    @Test
    void twentyParallelSendsToASilentReceiverAllEndWithinTheTimeout() throws Exception {
        try (RawReceiver receiver = new RawReceiver(socket -> Thread.sleep(60_000))) {
            long started = System.nanoTime();
            List<CompletableFuture<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(sender.send(local(receiver.port()), HEADERS, BODY).subscribeAsCompletionStage());
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(results).allSatisfy(result -> assertThat(result.join().error()).isEqualTo("timed out after 1 s"));
            assertThat(took).as("requests waiting for a pooled connection share the deadline")
                    .isLessThan(TIMEOUT.plusSeconds(1));
        }
    }

    @Test
    void aRefusedConnectionIsAnError() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        SendResult result = send(local(closedPort));

        assertThat(result.status()).isZero();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).isEqualTo("connection refused");
        assertThat(result.bodyExcerpt()).isEmpty();
    }

    @Test
    void cancellingTheSendClosesTheConnection() throws Exception {
        WebhookSender patient = new WebhookSender(vertx, Duration.ofSeconds(30), new HttpClientOptions());
        CountDownLatch connected = new CountDownLatch(1);
        AtomicReference<Integer> readAfterCancel = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);
        try (RawReceiver receiver = new RawReceiver(socket -> {
            connected.countDown();
            readAfterCancel.set(socket.getInputStream().read());
            closed.countDown();
        })) {
            Cancellable subscription = patient.send(local(receiver.port()), HEADERS, BODY).subscribe()
                    .with(result -> { });
            assertThat(connected.await(5, TimeUnit.SECONDS)).isTrue();

            subscription.cancel();

            assertThat(closed.await(5, TimeUnit.SECONDS)).as("the receiver sees the connection close").isTrue();
            assertThat(readAfterCancel.get()).isEqualTo(-1);
        } finally {
            patient.close();
        }
    }

    @Test
    void headersTheSenderWritesItselfAreRefusedFromTheCaller() {
        WebhookTarget target = local(9);

        assertThatThrownBy(() -> sender.send(target, Map.of("Host", "elsewhere.example"), BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sender.send(target, Map.of("webhook-id", "a\r\nX-Injected: 1"), BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
