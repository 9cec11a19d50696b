package news.newsroom.article.editorial;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * Scheduled publishing: a future {@code publishAt} keeps the article off the site until its time, then the
 * scheduler (every second in tests) publishes it, without a restart and without any request.
 */
@QuarkusTest
@KnownNewsroom
class SchedulingTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void aScheduledArticleIsInvisibleBeforeItsTimeAndPublishedOnTime() {
        int id = createDraft("بيان الحكومة المرتقب حول الأجور");
        String slug = "بيان-الحكومة-المرتقب-حول-الأجور";
        Instant publishAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);

        publish(editor, id, "{\"publishAt\": \"" + publishAt + "\"}")
                .statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("status", is("scheduled"))
                .body("scheduledAt", is(publishAt.toString()));

        // Right after scheduling: nowhere to be seen by the public.
        given().when().get(ARTICLES + "/" + id).then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().urlEncodingEnabled(false).when().get(ARTICLES + "/by-slug/" + encode(slug)).then().statusCode(404);
        given().when().get(ARTICLES).then().statusCode(200).body("items.id", not(hasItem(id)));

        int status = waitForPublicStatus(id, 200);
        assertThat(status).as("public GET within %s of the scheduled time", PATIENCE).isEqualTo(200);
        assertThat(Instant.now()).isAfterOrEqualTo(publishAt);

        given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .body("status", is("published"))
                .body("publishedAt", is(publishAt.toString()))
                .body("$", not(org.hamcrest.Matchers.hasKey("scheduledAt")));
        given().urlEncodingEnabled(false).when().get(ARTICLES + "/by-slug/" + encode(slug)).then().statusCode(200);
        given().when().get(ARTICLES).then().statusCode(200).body("items[0].id", is(id));

        as(editor).when().get(ARTICLES + "/" + id + "/revisions")
                .then().statusCode(200)
                .body("action", contains("published", "scheduled", "created"))
                .body("[0].editedBy.id", nullValue())
                .body("[0].editedBy.name", notNullValue())
                .body("[0].changedFields", hasItem("status"))
                .body("[1].editedBy.id", is(editor.getId().intValue()));
    }

    @Test
    void unpublishingAScheduledArticleCancelsTheSchedule() {
        int id = createDraft("مقال ألغي نشره المجدول");
        publish(editor, id, "{\"publishAt\": \"" + Instant.now().plusSeconds(2) + "\"}")
                .statusCode(200).body("status", is("scheduled"));
        as(editor).when().post(ARTICLES + "/" + id + "/unpublish")
                .then().statusCode(200)
                .body("status", is("draft"))
                .body("$", not(org.hamcrest.Matchers.hasKey("scheduledAt")));

        sleep(Duration.ofSeconds(4));
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);
        as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).body("status", is("draft"));
    }

    @Test
    void aPublishAtThatHasPassedPublishesAtOnce() {
        int id = createDraft("مقال بموعد نشر مضى");
        publish(editor, id, "{\"publishAt\": \"" + Instant.now().minusSeconds(3600) + "\"}")
                .statusCode(200)
                .body("status", is("published"))
                .body("publishedAt", notNullValue());
        given().when().get(ARTICLES + "/" + id).then().statusCode(200);
    }

    @Test
    void onlyTheDeskSchedules() {
        int id = createDraft("مقال لا يجدوله كاتب");
        publish(author, id, "{\"publishAt\": \"" + Instant.now().plusSeconds(3600) + "\"}")
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", is("https://newsroom.example/problems/forbidden"));
        as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).body("status", is("draft"));
    }

    @Test
    void aPublishAtThatIsNotAnInstantIsRefusedNamingTheField() {
        int id = createDraft("مقال بموعد غير مفهوم");
        publish(editor, id, "{\"publishAt\": \"غداً صباحاً\"}")
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(400))
                .body("errors.field", hasItem("publishAt"));
        as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).body("status", is("draft"));
    }

    // --- helpers ---

    /** A draft by Lina, written by the author herself; returns its id. */
    private int createDraft(String title) {
        return as(author).contentType("application/json")
                .body("{\"title\": \"" + title + "\", \"sectionSlug\": \"economy\", \"bodyHtml\": \"<p>نص المقال</p>\"}")
                .when().post(ARTICLES).then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse publish(StaffUser user, long id, String body) {
        return as(user).contentType("application/json").body(body).when().post(ARTICLES + "/" + id + "/publish").then();
    }

    /** Polls the public GET until it answers {@code wanted} or {@link #PATIENCE} runs out; returns the last status. */
    private static int waitForPublicStatus(long id, int wanted) {
        Instant deadline = Instant.now().plus(PATIENCE);
        int status;
        do {
            status = given().when().get(ARTICLES + "/" + id).then().extract().statusCode();
            if (status == wanted) {
                return status;
            }
            sleep(Duration.ofMillis(250));
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
