package news.newsroom.integration.webhook;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import news.newsroom.integration.changes.ChangeType;
import news.newsroom.integration.webhook.Receiver.Received;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * Every kind of public change reaches a subscriber's real HTTP endpoint, signed so that the Standard Webhooks
 * reference library verifies it with the subscription's secret, and with no other secret; payloads carry what an
 * integrator shows, and tombstones only the id, slug and address.
 */
@QuarkusTest
@KnownNewsroom
class WebhookSignatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void everyEventTypeArrivesSignedAndVerifiesWithTheStandardLibrary() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String secret = subscribe(receiver.url(), List.of("*"));
            makeEveryKindOfChange();

            List<String> types = Arrays.stream(ChangeType.values()).map(ChangeType::wireName).toList();
            assertThat(Receiver.await(() -> receivedTypes(receiver).containsAll(types), Duration.ofSeconds(20)))
                    .as("every type arrives; so far %s", receivedTypes(receiver)).isTrue();

            Webhook verifier = new Webhook(secret);
            byte[] otherKey = new byte[24];
            new java.security.SecureRandom().nextBytes(otherKey);
            Webhook impostor = new Webhook("whsec_" + java.util.Base64.getEncoder().encodeToString(otherKey));
            for (Received webhook : receiver.received()) {
                verifier.verify(webhook.body(), webhook.headers());
                assertThat(webhook.id()).startsWith("msg_");
                assertThatThrownBy(() -> impostor.verify(webhook.body(), webhook.headers()))
                        .isInstanceOf(WebhookVerificationException.class);
                assertThatThrownBy(() -> verifier.verify(webhook.body() + " ", webhook.headers()))
                        .as("a body changed on the way").isInstanceOf(WebhookVerificationException.class);
            }

            JsonNode published = payload(receiver, "article.published");
            assertThat(published.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            JsonNode article = published.get("data");
            assertThat(article.get("id").asLong()).isEqualTo(desk.draft().getId());
            assertThat(article.get("title").asText()).isEqualTo(desk.draft().getTitle());
            assertThat(article.get("url").asText()).startsWith("https://newsroom.example/articles/" + desk.draft().getId() + "/");
            assertThat(article.get("apiUrl").asText())
                    .isEqualTo("https://api.newsroom.example/api/v1/articles/" + desk.draft().getId());
            assertThat(article.get("section").get("slug").asText()).isEqualTo("economy");
            assertThat(article.get("authors").get(0).get("slug").asText()).isEqualTo("lina-khoury");
            assertThat(article.has("publishedAt") && article.has("updatedAt")).isTrue();

            JsonNode deleted = payload(receiver, "article.deleted").get("data");
            assertThat(fieldNames(deleted)).containsExactlyInAnyOrder("id", "slug", "url");
            assertThat(deleted.get("id").asLong()).isEqualTo(desk.theatre().getId());

            JsonNode comment = payload(receiver, "comment.approved").get("data");
            assertThat(comment.get("articleId").asLong()).isEqualTo(desk.solarRoofs().getId());
            assertThat(comment.get("articleUrl").asText()).contains("/articles/" + desk.solarRoofs().getId() + "/");

            JsonNode tag = receiver.received().stream().map(webhook -> read(webhook.body()))
                    .filter(body -> body.get("type").asText().equals("tag.created"))
                    .map(body -> body.get("data")).filter(data -> data.get("slug").asText().equals("hooks-kept"))
                    .findFirst().orElseThrow();
            assertThat(tag.get("name").asText()).isEqualTo("وسم باق");
            assertThat(fieldNames(tag)).containsExactlyInAnyOrder("id", "slug", "name", "url", "apiUrl");
            assertThat(tag.get("apiUrl").asText()).startsWith("https://api.newsroom.example/api/v1/tags/");
            assertThat(fieldNames(payload(receiver, "section.deleted").get("data")))
                    .containsExactlyInAnyOrder("id", "slug", "url");
        }
    }

    @Test
    void aSubscriptionReceivesOnlyTheEventsItNames() throws Exception {
        try (Receiver receiver = new Receiver()) {
            subscribe(receiver.url(), List.of("section.*", "article.deleted"));
            makeEveryKindOfChange();

            assertThat(Receiver.await(() -> receivedTypes(receiver).containsAll(List.of("section.created",
                    "section.updated", "section.deleted", "article.deleted")), Duration.ofSeconds(20))).isTrue();
            Thread.sleep(500);
            assertThat(receivedTypes(receiver)).containsExactlyInAnyOrder("section.created", "section.updated",
                    "section.deleted", "article.deleted");
        }
    }

    private String subscribe(String url, List<String> events) {
        return as(admin).contentType("application/json").body(Map.of("url", url, "events", events))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
    }

    /** One change of every type, written in SQL: the triggers log them whatever wrote them. */
    private void makeEveryKindOfChange() throws Exception {
        long draft = desk.draft().getId();
        long budget = desk.budget().getId();
        long waterCuts = desk.waterCuts().getId();
        long theatre = desk.theatre().getId();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update article set status = 'published', published_at = now() where id = " + draft);
            sql.executeUpdate("update article set version = version + 1 where id = " + budget);
            sql.executeUpdate("update article set status = 'draft' where id = " + waterCuts);
            sql.executeUpdate("update article set status = 'archived' where id = " + budget);
            sql.executeUpdate("update article set deleted_at = now() where id = " + theatre);
            sql.executeUpdate("update article set deleted_at = null where id = " + theatre);
            sql.executeUpdate("update article set deleted_at = now() where id = " + theatre);
            long comment;
            try (ResultSet inserted = sql.executeQuery("insert into comment (article_id, author_name, body, status, "
                    + "client_hash) values (" + desk.solarRoofs().getId() + ", 'قارئ', 'تعليق', 'approved', 'x') "
                    + "returning id")) {
                inserted.next();
                comment = inserted.getLong(1);
            }
            sql.executeUpdate("update comment set status = 'rejected' where id = " + comment);
            for (String table : List.of("section", "author", "tag")) {
                sql.executeUpdate("insert into " + table + " (slug, name) values ('hooks-" + table + "', 'اسم')");
                sql.executeUpdate("update " + table + " set name = 'اسم آخر' where slug = 'hooks-" + table + "'");
                sql.executeUpdate("delete from " + table + " where slug = 'hooks-" + table + "'");
            }
            // Made and removed before it was fanned out, the tag above may be told as a tombstone: this one stays.
            sql.executeUpdate("insert into tag (slug, name) values ('hooks-kept', 'وسم باق')");
        }
    }

    private static List<String> receivedTypes(Receiver receiver) {
        return receiver.received().stream().map(webhook -> read(webhook.body()).get("type").asText()).distinct().toList();
    }

    private static JsonNode payload(Receiver receiver, String type) {
        return receiver.received().stream().map(webhook -> read(webhook.body()))
                .filter(body -> body.get("type").asText().equals(type)).findFirst().orElseThrow();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
