package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import news.newsroom.NewsroomConfig;
import org.junit.jupiter.api.Test;

/** The guard and the sender as the service builds them, with the test profile's settings. */
@QuarkusTest
class WebhookSettingsTest {

    @Inject
    NewsroomConfig config;

    @Inject
    TargetGuard guard;

    @Inject
    WebhookSender sender;

    @Test
    void theTestProfileAllowsPlainHttpToThisMachineWithAShortTimeout() {
        // Short, so that tests of receivers that hang or fail see several attempts in seconds.
        assertThat(config.webhooks().timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.webhooks().allowHttp()).isTrue();
        assertThat(config.webhooks().allowPrivateTargets()).isTrue();
    }

    @Test
    void aCheckedLocalTargetReceivesTheWebhook() throws Exception {
        try (RecordingReceiver receiver = new RecordingReceiver(200, "received")) {
            WebhookTarget target = guard.check("http://127.0.0.1:" + receiver.port() + "/hooks");

            SendResult result = sender.send(target, Map.of("webhook-id", "msg_settings"),
                    "{\"ok\":true}".getBytes(StandardCharsets.UTF_8)).await().atMost(Duration.ofSeconds(10));

            assertThat(result.succeeded()).isTrue();
            assertThat(result.bodyExcerpt()).isEqualTo("received");
            RecordingReceiver.Received request = receiver.received.poll(1, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request.headers().getFirst("webhook-id")).isEqualTo("msg_settings");
            assertThat(request.headers().getFirst("Host")).isEqualTo("127.0.0.1:" + receiver.port());
        }
    }
}
