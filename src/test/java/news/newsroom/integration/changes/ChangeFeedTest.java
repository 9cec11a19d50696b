package news.newsroom.integration.changes;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import news.newsroom.integration.changes.ChangeReader.Entry;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;

/**
 * The change feed: the public set first, then every public change in commit order, with tombstones; a change is
 * in the log whatever wrote it, and a transaction that commits late is not skipped.
 */
@QuarkusTest
@KnownNewsroom
class ChangeFeedTest {

    private static final String ARTICLES = "/api/v1/articles/";

    @Inject
    DataSource dataSource;
    @Inject
    ChangeRetention retention;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void aNewClientReceivesThePublicSetOnceThenTheChangesAfterIt() throws InterruptedException {
        ChangeReader app = new ChangeReader();
        List<Entry> first = app.sync(3);

        assertThat(first).extracting(Entry::key).doesNotHaveDuplicates();
        assertThat(first).allMatch(entry -> !entry.tombstone());
        assertThat(app.ids("section")).containsExactlyInAnyOrder(desk.politics().getId(), desk.economy().getId(),
                desk.energy().getId(), desk.culture().getId());
        assertThat(app.ids("author")).containsExactlyInAnyOrder(desk.rami().getId(), desk.lina().getId());
        assertThat(app.ids("tag")).hasSize(3);
        assertThat(app.ids("article")).containsExactlyInAnyOrder(desk.electionsToday().getId(),
                desk.solarRoofs().getId(), desk.waterCuts().getId(), desk.budget().getId(), desk.theatre().getId());
        assertThat(first).filteredOn(entry -> entry.entity().equals("article")).extracting(Entry::type)
                .containsOnly("article.published");
        assertThat(first.indexOf(first.stream().filter(entry -> entry.entity().equals("article")).findFirst()
                .orElseThrow())).as("sections, authors and tags come before the articles that name them")
                .isGreaterThan(first.indexOf(first.stream().filter(entry -> entry.entity().equals("tag")).findFirst()
                        .orElseThrow()));

        publish(desk.draft().getId());
        Entry published = app.awaitEntry(entry -> entry.id() == desk.draft().getId());
        assertThat(published).isEqualTo(new Entry("article.published", "article", desk.draft().getId(),
                desk.draft().getSlug(), null, false));

        as(editor).when().post(ARTICLES + desk.waterCuts().getId() + "/unpublish").then().statusCode(200);
        Entry withdrawn = app.awaitEntry(entry -> entry.id() == desk.waterCuts().getId());
        assertThat(withdrawn.type()).isEqualTo("article.unpublished");
        assertThat(withdrawn.tombstone()).isTrue();
        assertThat(app.ids("article")).contains(desk.draft().getId()).doesNotContain(desk.waterCuts().getId());
    }

    @Test
    void everyKindOfPublicChangeIsInTheLogAndNothingElse() throws Exception {
        ChangeReader app = new ChangeReader();
        app.sync();
        long budget = desk.budget().getId();

        edit(desk.draft().getId(), "{\"title\": \"مسودة معدلة لا يراها أحد\"}");
        edit(budget, "{\"title\": \"الحكومة تقرّ موازنة العام المقبل بعد التعديل\"}");
        assertThat(app.awaitEntry(entry -> entry.id() == budget).type()).isEqualTo("article.updated");
        as(editor).when().post(ARTICLES + budget + "/archive").then().statusCode(200);
        assertThat(app.awaitEntry(entry -> entry.id() == budget))
                .extracting(Entry::type, Entry::tombstone).containsExactly("article.archived", true);
        long theatre = desk.theatre().getId();
        as(editor).when().delete(ARTICLES + theatre).then().statusCode(204);
        assertThat(app.awaitEntry(entry -> entry.id() == theatre))
                .extracting(Entry::type, Entry::tombstone).containsExactly("article.deleted", true);

        as(editor).contentType("application/json").body("{\"name\": \"رياضة\", \"slug\": \"sports\"}")
                .when().post("/api/v1/sections").then().statusCode(201);
        Entry section = app.awaitEntry(entry -> entry.entity().equals("section"));
        assertThat(section).extracting(Entry::type, Entry::slug).containsExactly("section.created", "sports");
        as(editor).when().delete("/api/v1/sections/sports").then().statusCode(204);
        assertThat(app.awaitEntry(entry -> entry.entity().equals("section")))
                .extracting(Entry::type, Entry::id, Entry::tombstone).containsExactly("section.deleted", section.id(), true);

        // Written by hand, outside the API: the triggers still log it.
        long comment;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            var inserted = sql.executeQuery("insert into comment (article_id, author_name, body, status, client_hash)"
                    + " values (" + desk.solarRoofs().getId() + ", 'قارئ', 'تعليق موافق عليه', 'approved', 'x') returning id");
            inserted.next();
            comment = inserted.getLong(1);
            assertThat(app.awaitEntry(entry -> entry.entity().equals("comment")))
                    .isEqualTo(new Entry("comment.approved", "comment", comment, null, desk.solarRoofs().getId(), false));
            sql.executeUpdate("update comment set status = 'rejected' where id = " + comment);
        }
        assertThat(app.awaitEntry(entry -> entry.entity().equals("comment")))
                .extracting(Entry::type, Entry::id, Entry::tombstone).containsExactly("comment.removed", comment, true);

        assertThat(app.sync()).as("the draft's edit was no public change").isEmpty();
        assertThat(app.ids("article")).doesNotContain(desk.draft().getId(), budget, theatre);
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        ChangeReader app = new ChangeReader();
        app.sync();
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            try (Statement sql = late.createStatement()) {
                // Its change is written first, and would have the lower number in a plain sequence.
                sql.executeUpdate("update article set title = 'عنوان يصل متأخرًا', version = version + 1 where id = "
                        + desk.electionsToday().getId());
            }
            publish(desk.draft().getId());
            assertThat(app.awaitEntry(entry -> entry.id() == desk.draft().getId()).type()).isEqualTo("article.published");
            late.commit();
        }
        Entry late = app.awaitEntry(entry -> entry.id() == desk.electionsToday().getId());
        assertThat(late.type()).isEqualTo("article.updated");
    }

    @Test
    void aRolledBackWriteLeavesNoChange() throws Exception {
        ChangeReader app = new ChangeReader();
        app.sync();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("update article set status = 'draft' where id = " + desk.waterCuts().getId());
            }
            connection.rollback();
        }
        publish(desk.draft().getId());
        app.awaitEntry(entry -> entry.id() == desk.draft().getId());
        assertThat(app.ids("article")).contains(desk.waterCuts().getId());
    }

    @Test
    void onlyTheKindsAskedForAndTheLimitIsKept() {
        given().queryParam("entity", "section,author").queryParam("limit", 2).when().get("/api/v1/changes").then()
                .statusCode(200).header("Cache-Control", startsWith("no-cache"))
                .body("items.size()", is(2)).body("items.entity", org.hamcrest.Matchers.everyItem(is("section")))
                .body("more", is(true));
        given().queryParam("entity", "tag").queryParam("entity", "ARTICLE").queryParam("limit", 1000).when()
                .get("/api/v1/changes").then().statusCode(200).body("items.size()", is(8)).body("more", is(false));
    }

    @Test
    void badInputIsA400AndAnExpiredCursorA410() throws InterruptedException {
        for (String limit : List.of("0", "1001", "abc", "-5")) {
            Problems.refused(given().queryParam("limit", limit).when().get("/api/v1/changes").then(), 400,
                    "invalid-parameter");
        }
        Problems.refused(given().queryParam("since", "not-a-cursor").when().get("/api/v1/changes").then(), 400,
                "invalid-parameter").body("errors[0].field", is("since"));
        Problems.refused(given().queryParam("since", "x".repeat(5_000)).when().get("/api/v1/changes").then(), 400,
                "invalid-parameter");
        String articlesCursor = given().queryParam("limit", 1).when().get("/api/v1/articles").then().statusCode(200)
                .extract().path("nextCursor");
        Problems.refused(given().queryParam("since", articlesCursor).when().get("/api/v1/changes").then(), 400,
                "invalid-parameter");
        Problems.refused(given().queryParam("entity", "video").when().get("/api/v1/changes").then(), 400,
                "invalid-parameter").body("errors[0].field", is("entity"));

        ChangeReader app = new ChangeReader();
        app.sync();
        String old = app.cursor();
        publish(desk.draft().getId());
        app.awaitEntry(entry -> entry.id() == desk.draft().getId());
        as(editor).when().post(ARTICLES + desk.draft().getId() + "/unpublish").then().statusCode(200);
        app.awaitEntry(entry -> entry.id() == desk.draft().getId());

        assertThat(retention.removeBefore(Instant.now().plus(1, ChronoUnit.HOURS))).as("all but the newest").isPositive();

        Problems.refused(given().queryParam("since", old).header("Accept-Language", "ar").when()
                .get("/api/v1/changes").then(), 410, "cursor-expired");
        given().queryParam("since", app.cursor()).when().get("/api/v1/changes").then().statusCode(200)
                .body("items.size()", is(0));
    }

    private void publish(long id) {
        as(editor).contentType("application/json").body("{}").when().post(ARTICLES + id + "/publish").then()
                .statusCode(200);
    }

    private void edit(long id, String mergePatch) {
        String etag = as(editor).when().get(ARTICLES + id).then().statusCode(200).extract().header("ETag");
        as(editor).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(mergePatch).when().patch(ARTICLES + id).then().statusCode(200);
    }
}
