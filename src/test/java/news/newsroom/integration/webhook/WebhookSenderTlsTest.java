package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS receivers: the sender connects to the checked address and still speaks to the host by name (server name
 * indication, certificate check). The receiver's certificate is made with the JDK's keytool for
 * hooks.partner.example and trusted by this test's sender only.
 */
@DisplayName("WebhookSender over TLS: the checked address, the host's name")
class WebhookSenderTlsTest {

    private static final String NAME = "hooks.partner.example";
    private static final String PASSWORD = "receiver-test-only";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** What the receiver saw of one request: the server name the client indicated and the Host header. */
    record Seen(String serverName, String host) {
    }

    @TempDir
    static Path keys;

    private static Vertx vertx;
    private static HttpServer receiver;
    private static final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private static WebhookSender trusting;
    private static WebhookSender standard;

    @BeforeAll
    static void startReceiver() throws Exception {
        Path store = keys.resolve("receiver.p12");
        Path certificate = keys.resolve("receiver.pem");
        keytool("-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + NAME, "-ext", "SAN=dns:" + NAME, "-validity", "2", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "receiver", "-keystore", store.toString(), "-storepass", PASSWORD, "-rfc",
                "-file", certificate.toString());
        vertx = Vertx.vertx();
        receiver = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true).setHost("127.0.0.1")
                        .setKeyCertOptions(new PfxOptions().setPath(store.toString()).setPassword(PASSWORD)))
                .requestHandler(request -> {
                    seen.add(new Seen(request.connection().indicatedServerName(), request.getHeader("Host")));
                    request.response().setStatusCode(200).end("secure");
                })
                .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        trusting = new WebhookSender(vertx, TIMEOUT, new HttpClientOptions()
                .setTrustOptions(new PemTrustOptions().addCertPath(certificate.toString())));
        standard = new WebhookSender(vertx, TIMEOUT, new HttpClientOptions());
    }

    @AfterAll
    static void stopReceiver() {
        trusting.close();
        standard.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(concat(keytool.toString(), arguments)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("keytool: %s", output).isZero();
    }

    private static List<String> concat(String first, String... rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.Arrays.stream(rest)).toList();
    }

    private static WebhookTarget target(String host) {
        int port = receiver.actualPort();
        return new WebhookTarget(URI.create("https://" + host + ":" + port + "/hooks"), host, port,
                InetAddress.getLoopbackAddress());
    }

    private static SendResult send(WebhookSender sender, WebhookTarget target) {
        return sender.send(target, Map.of("webhook-id", "msg_tls"), "{}".getBytes()).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void anHttpsTargetIsReachedAtItsAddressAndGreetedByName() throws InterruptedException {
        SendResult result = send(trusting, target(NAME));

        assertThat(result.succeeded()).as("result %s", result).isTrue();
        assertThat(result.bodyExcerpt()).isEqualTo("secure");
        Seen request = seen.poll(1, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.serverName()).isEqualTo(NAME);
        assertThat(request.host()).isEqualTo(NAME + ":" + receiver.actualPort());
    }

    @Test
    void aCertificateForAnotherNameIsRefused() throws InterruptedException {
        SendResult result = send(trusting, target("other.partner.example"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.status()).isZero();
        assertThat(result.error()).startsWith("TLS handshake failed").contains("other.partner.example");
        assertThat(seen.poll(200, TimeUnit.MILLISECONDS)).as("a request past the handshake").isNull();
    }

    @Test
    void anUntrustedCertificateIsRefused() throws InterruptedException {
        SendResult result = send(standard, target(NAME));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.status()).isZero();
        assertThat(result.error()).startsWith("TLS handshake failed").containsIgnoringCase("certification path");
        assertThat(seen.poll(200, TimeUnit.MILLISECONDS)).as("a request past the handshake").isNull();
    }
}
