package news.newsroom;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.DatabaseProxy;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under the service (its connections, pooled and listening, go through a proxy the test
 * cuts) and comes back: cached public reads go on, everything else is a quick 503 with Retry-After, readiness is
 * down while liveness is up, writes leave nothing behind, and once the database is back the service recovers by
 * itself within seconds, hearing other nodes' changes and moving the change log again.
 */
@QuarkusTest
@TestProfile(DatabaseOutageRecoveryTest.ThroughProxy.class)
@KnownNewsroom
class DatabaseOutageRecoveryTest {

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxy.class));
        }
    }

    @Inject
    TestContent content;

    @Inject
    NewsroomConfig config;

    @Desk
    Newsdesk desk;

    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @AfterEach
    void databaseBack() {
        DatabaseProxy.current().restore();
    }

    @Test
    void cachedReadsGoOnUncachedOnesAndWritesAre503AndTheServiceRecoversByItself() throws Exception {
        content.awaitConnected();
        String cached = "/api/v1/articles/" + desk.solarRoofs().getId();
        String title = given().get(cached).then().statusCode(200).extract().path("title");
        given().get("/api/v1/sections").then().statusCode(200);
        as(editor).contentType("application/json").body(Map.of("name", "قبل الانقطاع", "slug", "before-outage"))
                .post("/api/v1/sections").then().statusCode(201);

        DatabaseProxy.current().cut();
        awaitTrue(() -> given().get("/q/health/ready").statusCode() == 503, 5_000, "readiness goes down");
        given().get("/q/health/live").then().statusCode(200);

        given().get(cached).then().statusCode(200).body("title", is(title))
                .header("Cache-Control", containsString("stale-if-error=3600"));
        long started = System.nanoTime();
        Response uncached = given().header("X-Request-Id", "outage-check-1").get("/api/v1/authors");
        long millis = (System.nanoTime() - started) / 1_000_000;
        Problems.refused(uncached.then(), 503, "database-unavailable")
                .header("Retry-After", is("5"))
                .header("X-Request-Id", is("outage-check-1"))
                .body("requestId", is("outage-check-1"));
        assertThat(millis).as("an uncached read during the outage is answered within a second").isLessThan(1_000);
        Problems.refused(as(editor).contentType("application/json")
                .body(Map.of("name", "أثناء الانقطاع", "slug", "during-outage"))
                .post("/api/v1/sections").then(), 503, "database-unavailable");

        DatabaseProxy.current().restore();
        long back = System.nanoTime();
        awaitTrue(() -> given().get("/q/health/ready").statusCode() == 200
                && given().get("/api/v1/authors").statusCode() == 200, 5_000, "the service answers again");
        content.awaitConnected();
        long recovered = (System.nanoTime() - back) / 1_000_000;
        assertThat(recovered).as("recovered within 5 s of the database").isLessThan(5_000);

        given().get("/api/v1/sections/before-outage").then().statusCode(200);
        given().get("/api/v1/sections/during-outage").then().statusCode(404);
        anotherNodeChangesTheTitle(desk.solarRoofs().getId(), "عنوان غيّرته عقدة أخرى");
        awaitTrue(() -> "عنوان غيّرته عقدة أخرى".equals(given().get(cached).then().extract().path("title")), 2_000,
                "another node's change is heard after the outage");
        int before = given().queryParam("entity", "section").queryParam("limit", 1000).get("/api/v1/changes")
                .then().statusCode(200).extract().path("items.size()");
        as(editor).contentType("application/json").body(Map.of("name", "بعد الانقطاع", "slug", "after-outage"))
                .post("/api/v1/sections").then().statusCode(201);
        awaitTrue(() -> (int) given().queryParam("entity", "section").queryParam("limit", 1000)
                .get("/api/v1/changes").then().extract().path("items.size()") > before, 5_000,
                "the change mover moves changes again");
    }

    /** As another node would: change the row directly, then announce it on the channel every node listens to. */
    private void anotherNodeChangesTheTitle(long article, String title) throws Exception {
        try (Connection direct = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            direct.setAutoCommit(false);
            try (PreparedStatement update = direct.prepareStatement(
                    "update " + config.databaseSchema() + ".article set title = ? where id = ?");
                    PreparedStatement notify = direct.prepareStatement("select pg_notify(?, ?)")) {
                update.setString(1, title);
                update.setLong(2, article);
                update.executeUpdate();
                notify.setString(1, "newsroom_responses_" + config.databaseSchema());
                notify.setString(2, "node:another article-" + article);
                notify.execute();
            }
            direct.commit();
        }
    }

    private static void awaitTrue(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
