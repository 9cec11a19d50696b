package news.newsroom.integration.webhook;

import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the address rule on, as in production, a subscription to an address inside the service's own network is
 * refused over HTTP with a 422 problem, in every form such an address can be written (TargetGuardTest has the
 * full table; this shows the API answers it).
 */
@QuarkusTest
@TestProfile(WebhookGuardOnTest.GuardOn.class)
@KnownNewsroom
class WebhookGuardOnTest {

    public static class GuardOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.webhooks.allow-private-targets", "false", "newsroom.webhooks.allow-http", "false");
        }
    }

    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://localhost/hooks", "https://127.0.0.1/hooks", "https://2130706433/hooks", "https://0x7f000001/hooks",
        "https://0177.0.0.1/hooks", "https://127.1/hooks", "https://[::1]/hooks", "https://[::ffff:127.0.0.1]/hooks",
        "https://10.0.0.5/hooks", "https://172.16.3.4/hooks", "https://192.168.1.1/hooks",
        "https://169.254.169.254/latest/meta-data", "https://[fe80::1]/hooks", "https://[fd00:ec2::254]/hooks",
        "https://100.64.0.1/hooks", "https://0.0.0.0/hooks", "http://93.184.216.34/hooks"
    })
    void aSubscriptionToAnInternalAddressIsRefusedWithA422(String url) {
        Problems.refused(as(admin).contentType("application/json")
                .body(Map.of("url", url, "events", List.of("article.published")))
                .when().post("/api/v1/webhooks").then(), 422, "webhook-target-refused")
                .body("errors.field", hasItem("url"));
    }
}
