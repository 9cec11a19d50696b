package news.newsroom.integration.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.newsroom.NewsroomConfig;

/**
 * Sends one webhook: a POST of JSON to a {@link WebhookTarget}, connecting to the address the guard checked while
 * sending the host's name as {@code Host}, TLS server name and the name the certificate must match. Redirects are
 * not followed; the attempt as a whole (connecting, sending, the status and the read of the body) ends at
 * {@code newsroom.webhooks.timeout}; at most {@link BodyExcerpt#LIMIT} bytes of the answer are read, then the
 * connection is closed, so a receiver that never answers, never ends its body or sends without end holds
 * nothing past the deadline.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "Newsroom-Webhooks/1";

    /** Headers the sender writes itself: a caller that sets one has a bug. */
    private static final Set<String> OWN_HEADERS = Set.of("host", "content-type", "content-length",
            "transfer-encoding", "connection", "user-agent");

    private final Vertx vertx;
    private final Duration timeout;
    private final HttpClient client;

    @Inject
    WebhookSender(Vertx vertx, NewsroomConfig config) {
        this(vertx, config.webhooks().timeout(), new HttpClientOptions());
    }

    /** {@code options}: where tests set a trust store; the settings that make the sender safe are applied over it. */
    WebhookSender(Vertx vertx, Duration timeout, HttpClientOptions options) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("newsroom.webhooks.timeout must be positive, not " + timeout);
        }
        this.vertx = vertx;
        this.timeout = timeout;
        this.client = vertx.createHttpClient(options
                .setName("newsroom-webhooks")
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setUseAlpn(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setTryUseCompression(false)
                .setDecompressionSupported(false)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis())));
    }

    /**
     * Posts {@code jsonBody} with the caller's headers (webhook-id, webhook-timestamp, webhook-signature),
     * {@code Content-Type: application/json} and {@code User-Agent: Newsroom-Webhooks/1}. The attempt starts
     * on subscription (each subscription sends again) and never fails: what went wrong is in the result. The
     * result arrives on a Vert.x event loop; move to a worker before blocking work.
     */
    public Uni<SendResult> send(WebhookTarget target, Map<String, String> headers, byte[] jsonBody) {
        Map<String, String> all = requestHeaders(target, headers);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis());
        return Uni.createFrom().emitter(emitter -> {
            SendAttempt attempt = new SendAttempt(vertx, timeout, emitter::complete);
            emitter.onTermination(attempt::cancel);
            attempt.start(client, options, all, jsonBody);
        });
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private static Map<String, String> requestHeaders(WebhookTarget target, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The sender writes " + name + " itself");
            }
            if (!isHeaderText(name) || !isHeaderText(value) || name.isEmpty() || name.contains(":")) {
                throw new IllegalArgumentException("Not a header: " + name);
            }
            all.put(name, value);
        });
        // Written here because Vert.x leaves the brackets off an IPv6 host.
        all.put("Host", target.hostHeader());
        all.put("Content-Type", "application/json");
        all.put("User-Agent", USER_AGENT);
        return all;
    }

    /** Printable ASCII and spaces only: no line breaks that could end the header early. */
    private static boolean isHeaderText(String text) {
        return text.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
    }
}
