package news.newsroom.integration.webhook;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import news.newsroom.integration.webhook.Receiver.Answer;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * The deliveries log and what fills it: pings, retries until given up, redeliveries with the same webhook-id, the
 * deactivation of a subscriber that has failed for too long, and receivers that try to hold a worker.
 */
@QuarkusTest
@KnownNewsroom
class WebhookDeliveriesTest {

    private static final String WEBHOOKS = "/api/v1/webhooks/";
    /** The test profile's newsroom.webhooks.timeout, and a second for the sender to close up. */
    private static final long TIMEOUT_MILLIS = 2_000;

    @Inject
    DataSource dataSource;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void aPingAnswersWhatTheReceiverMadeOfItAndLandsInTheLog() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long id = subscribe(receiver.url(), List.of("tag.created"));
            as(admin).when().post(WEBHOOKS + id + "/ping").then().statusCode(200)
                    .header("Cache-Control", is("private, no-store"))
                    .body("succeeded", is(true)).body("status", is(204)).body("latencyMs", lessThan(2_000))
                    .body("$", not(hasKey("error")));
            assertThat(receiver.received()).singleElement()
                    .satisfies(ping -> assertThat(ping.body()).contains("\"type\":\"webhook.ping\""));
            receiver.stop();
            as(admin).when().post(WEBHOOKS + id + "/ping").then().statusCode(200)
                    .body("succeeded", is(false)).body("$", not(hasKey("status"))).body("error", notNullValue());

            as(admin).when().get(WEBHOOKS + id + "/deliveries").then().statusCode(200)
                    .body("total", is(2)).body("items.type", everyItem(is("webhook.ping")))
                    .body("items.status", contains("failed", "succeeded"))
                    .body("items[0].attempts[0].error", notNullValue())
                    .body("items[1].attempts[0].statusCode", is(204))
                    .body("items[1].attempts[0].latencyMs", notNullValue())
                    .body("items[1].messageId", startsWith("msg_"));
        }
    }

    @Test
    void deliveriesArePagedNewestFirstAndARedeliveryKeepsTheMessageId() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long id = subscribe(receiver.url(), List.of("article.updated"));
            for (int i = 0; i < 3; i++) {
                sql("update article set version = version + 1 where id = " + desk.budget().getId());
            }
            assertThat(Receiver.await(() -> succeeded(id) == 3, Duration.ofSeconds(15))).isTrue();

            JsonPath first = as(admin).queryParam("limit", 2).when().get(WEBHOOKS + id + "/deliveries").then()
                    .statusCode(200).body("items.size()", is(2)).body("total", is(3)).body("limit", is(2))
                    .body("nextCursor", notNullValue()).body("items.status", everyItem(is("succeeded")))
                    .extract().jsonPath();
            JsonPath second = as(admin).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                    .when().get(WEBHOOKS + id + "/deliveries").then().statusCode(200)
                    .body("items.size()", is(1)).body("nextCursor", nullValue()).extract().jsonPath();
            assertThat(first.getLong("items[0].seq")).isGreaterThan(first.getLong("items[1].seq"));
            assertThat(first.getLong("items[1].seq")).isGreaterThan(second.getLong("items[0].seq"));

            long oldest = second.getLong("items[0].id");
            String messageId = second.getString("items[0].messageId");
            as(admin).when().post(WEBHOOKS + id + "/deliveries/" + oldest + "/redeliver").then().statusCode(202)
                    .body("messageId", is(messageId)).body("status", is("pending")).body("type", is("article.updated"));
            assertThat(Receiver.await(() -> receiver.received().stream()
                    .filter(received -> received.id().equals(messageId)).count() == 2, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastDelayAndAnOldRunOfFailuresDeactivates() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(() -> Answer.FAIL);
            long id = subscribe(receiver.url(), List.of("article.updated"));
            sql("update article set version = version + 1 where id = " + desk.budget().getId());
            assertThat(Receiver.await(() -> deliveryStatus(id).equals("failed"), Duration.ofSeconds(30))).isTrue();
            as(admin).when().get(WEBHOOKS + id + "/deliveries").then().statusCode(200)
                    .body("items[0].attempts.size()", is(13))
                    .body("items[0].attempts.statusCode", everyItem(is(500)))
                    .body("items[0].completedAt", notNullValue());
            as(admin).when().get(WEBHOOKS + id).then().body("active", is(true)).body("failingSince", notNullValue());

            sql("update webhook_subscription set failing_since = now() - interval '6 days' where id = " + id);
            sql("update article set version = version + 1 where id = " + desk.budget().getId());
            assertThat(Receiver.await(() -> !as(admin).when().get(WEBHOOKS + id).then().extract()
                    .<Boolean>path("active"), Duration.ofSeconds(10))).isTrue();
            as(admin).when().get(WEBHOOKS + id).then().body("disabledReason", startsWith("Every delivery failed"));

            receiver.answer(() -> Answer.OK);
            as(admin).contentType("application/json").body(Map.of("active", true)).when().patch(WEBHOOKS + id).then()
                    .statusCode(200).body("active", is(true)).body("$", not(hasKey("failingSince")))
                    .body("$", not(hasKey("disabledReason")));
            assertThat(Receiver.await(() -> succeeded(id) == 1, Duration.ofSeconds(15)))
                    .as("the delivery that waited is sent on reactivation").isTrue();
        }
    }

    @Test
    void aReceiverThatSendsWithoutEndHoldsNoWorkerPastTheTimeout() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(() -> Answer.HUGE);
            long id = subscribe(receiver.url(), List.of("article.updated"));
            as(admin).when().post(WEBHOOKS + id + "/ping").then().statusCode(200)
                    .body("status", is(200)).body("latencyMs", lessThan((int) TIMEOUT_MILLIS + 1_000));

            receiver.answer(() -> Answer.ENDLESS);
            long started = System.nanoTime();
            sql("update article set version = version + 1 where id = " + desk.budget().getId());
            assertThat(Receiver.await(() -> attempts(id) >= 2, Duration.ofSeconds(10))).isTrue();
            JsonPath log = as(admin).when().get(WEBHOOKS + id + "/deliveries").then().statusCode(200).extract().jsonPath();
            List<Integer> latencies = log.getList("items.find { it.type == 'article.updated' }.attempts.latencyMs");
            assertThat(latencies).allMatch(latency -> latency < TIMEOUT_MILLIS + 1_000);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

            receiver.answer(() -> Answer.OK);
            assertThat(Receiver.await(() -> succeeded(id) >= 1, Duration.ofSeconds(15))).isTrue();
        }
    }

    private long subscribe(String url, List<String> events) {
        return ((Number) as(admin).contentType("application/json").body(Map.of("url", url, "events", events))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id")).longValue();
    }

    private int succeeded(long id) {
        List<String> statuses = as(admin).queryParam("limit", 100).when().get(WEBHOOKS + id + "/deliveries").then()
                .statusCode(200).extract().path("items.findAll { it.type != 'webhook.ping' }.status");
        return (int) statuses.stream().filter("succeeded"::equals).count();
    }

    private String deliveryStatus(long id) {
        List<String> statuses = as(admin).when().get(WEBHOOKS + id + "/deliveries").then().statusCode(200).extract()
                .path("items.status");
        return statuses.isEmpty() ? "none" : statuses.get(0);
    }

    private int attempts(long id) {
        Integer count = as(admin).when().get(WEBHOOKS + id + "/deliveries").then().statusCode(200).extract()
                .path("items.find { it.type == 'article.updated' }.attempts.size()");
        return count == null ? 0 : count;
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
