package news.newsroom.integration.webhook;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import news.newsroom.integration.webhook.Receiver.Answer;
import news.newsroom.integration.webhook.Receiver.Received;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * Delivery holds up when the receiver does not: with a receiver that fails 30% of attempts and hangs past the
 * timeout on 10%, every one of 1,000 events arrives at least once, duplicates carry the same webhook-id, and each
 * article's events arrive in the order they happened; a receiver that was down gets the backlog when it is back.
 */
@QuarkusTest
@KnownNewsroom
class WebhookReliabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    /** One event as the receiver got it: which article, when it happened, and the attempt. */
    record Arrival(String id, long article, Instant happened, Instant at, Answer answer, String body) {
    }

    @Test
    void aThousandEventsThroughAFlakyReceiverAllArriveOnceAtLeastAndInOrderPerArticle() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(() -> {
                double dice = ThreadLocalRandom.current().nextDouble();
                return dice < 0.3 ? Answer.FAIL : dice < 0.4 ? Answer.SLOW : Answer.OK;
            });
            long subscription = subscribe(receiver.url());
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("insert into article (slug, title, section_id, status, published_at) "
                        + "select 'flaky-' || n, 'مقال رقم ' || n, " + desk.economy().getId() + ", 'published', now() "
                        + "from generate_series(1, 100) n");
                for (int round = 0; round < 9; round++) {
                    sql.executeUpdate("update article set version = version + 1 where slug like 'flaky-%'");
                }
            }

            awaitSettled(subscription, 1_000, Duration.ofSeconds(150));
            assertThat(statusCounts(subscription)).isEqualTo(Map.of("succeeded", 1_000L));

            List<Arrival> arrivals = arrivals(receiver);
            assertThat(arrivals.stream().map(Arrival::answer).collect(Collectors.toSet()))
                    .as("the receiver failed and hung as told").contains(Answer.FAIL, Answer.SLOW, Answer.OK);
            assertEveryDeliveryArrivedInOrder(subscription, arrivals);
        }
    }

    @Test
    void aReceiverThatWasDownGetsTheBacklogWhenItIsBack() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long subscription = subscribe(receiver.url());
            receiver.stop();
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                for (int round = 0; round < 20; round++) {
                    sql.executeUpdate("update article set version = version + 1 where status = 'published'");
                }
            }
            assertThat(Receiver.await(() -> failedAttempts(subscription) >= 5, Duration.ofSeconds(20)))
                    .as("attempts fail while the receiver is down").isTrue();
            Thread.sleep(1_000);
            receiver.restart();

            awaitSettled(subscription, 100, Duration.ofSeconds(60));
            assertThat(statusCounts(subscription)).isEqualTo(Map.of("succeeded", 100L));
            assertEveryDeliveryArrivedInOrder(subscription, arrivals(receiver));
            as(admin).when().get("/api/v1/webhooks/" + subscription).then().statusCode(200)
                    .body("active", org.hamcrest.Matchers.is(true))
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("failingSince")));
        }
    }

    /**
     * Each delivery the database holds arrived with a 2xx answer; every copy of a message is the same message; and
     * no attempt at an article's later event came before its earlier event was received.
     */
    private void assertEveryDeliveryArrivedInOrder(long subscription, List<Arrival> arrivals) throws SQLException {
        Map<String, List<Arrival>> byId = arrivals.stream().collect(Collectors.groupingBy(Arrival::id));
        Set<String> expected = messageIds(subscription);
        assertThat(byId.keySet()).as("nothing but the deliveries arrived").isEqualTo(expected);
        for (List<Arrival> copies : byId.values()) {
            assertThat(copies).as("some copy was accepted").anyMatch(copy -> copy.answer() == Answer.OK);
            assertThat(copies.stream().map(Arrival::body).distinct()).as("duplicates are the same message").hasSize(1);
        }
        Map<Long, List<List<Arrival>>> byArticle = byId.values().stream()
                .collect(Collectors.groupingBy(copies -> copies.get(0).article()));
        for (List<List<Arrival>> events : byArticle.values()) {
            events.sort(Comparator.comparing(copies -> copies.get(0).happened()));
            for (int i = 1; i < events.size(); i++) {
                Instant earlierAccepted = events.get(i - 1).stream().filter(copy -> copy.answer() == Answer.OK)
                        .map(Arrival::at).min(Comparator.naturalOrder()).orElseThrow();
                Instant laterFirstTried = events.get(i).stream().map(Arrival::at).min(Comparator.naturalOrder())
                        .orElseThrow();
                assertThat(laterFirstTried).as("article %d: event %d waits for event %d", events.get(i).get(0).article(),
                        i, i - 1).isAfterOrEqualTo(earlierAccepted);
            }
        }
    }

    private long subscribe(String url) {
        return ((Number) as(admin).contentType("application/json")
                .body(Map.of("url", url, "events", List.of("article.*"))).when().post("/api/v1/webhooks").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private void awaitSettled(long subscription, int deliveries, Duration within) throws Exception {
        boolean settled = Receiver.await(() -> {
            Map<String, Long> counts = statusCounts(subscription);
            return counts.values().stream().mapToLong(Long::longValue).sum() >= deliveries
                    && !counts.containsKey("pending");
        }, within);
        assertThat(settled).as("all deliveries settled: %s", statusCounts(subscription)).isTrue();
    }

    private Map<String, Long> statusCounts(long subscription) {
        return query("select status, count(*) as n from webhook_delivery where subscription_id = ? group by status",
                subscription, rows -> {
                    Map<String, Long> counts = new java.util.HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getString("status"), rows.getLong("n"));
                    }
                    return counts;
                });
    }

    private long failedAttempts(long subscription) {
        return query("select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id "
                + "where d.subscription_id = ?", subscription, rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    private Set<String> messageIds(long subscription) {
        return query("select message_id from webhook_delivery where subscription_id = ?", subscription, rows -> {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        });
    }

    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, long subscription, Rows<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, subscription);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Arrival> arrivals(Receiver receiver) {
        return receiver.received().stream().map(received -> {
            JsonNode body = read(received);
            return new Arrival(received.id(), body.get("data").get("id").asLong(),
                    Instant.parse(body.get("timestamp").asText()), received.at(), received.answer(), received.body());
        }).toList();
    }

    private static JsonNode read(Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
