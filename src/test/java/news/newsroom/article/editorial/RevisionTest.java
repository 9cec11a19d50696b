package news.newsroom.article.editorial;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/** Every saved version of an article is kept: who changed which fields, when, and the whole article as it was. */
@QuarkusTest
@KnownNewsroom
class RevisionTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.ADMIN)
    StaffUser admin;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;

    @Test
    void everySavedVersionIsListedNewestFirstWithWhoChangedWhatAndWhen() {
        Instant start = Instant.now().minusSeconds(1);
        int id = as(author).contentType("application/json")
                .body("{\"title\": \"مسودة أولى عن الموازنة\", \"sectionSlug\": \"economy\", \"bodyHtml\": \"<p>نص أول</p>\"}")
                .when().post(ARTICLES).then().statusCode(201).extract().path("id");
        patch(author, id, "{\"title\": \"مسودة ثانية عن الموازنة\", \"excerpt\": \"ملخص\"}");
        as(author).when().post(ARTICLES + "/" + id + "/submit").then().statusCode(200);
        patch(editor, id, "{\"bodyHtml\": \"<p>نص حرره المحرر</p>\", \"tags\": [\"المياه\"]}");
        publish(editor, id);

        ValidatableResponse revisions = as(editor).when().get(ARTICLES + "/" + id + "/revisions")
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("version", contains(4, 3, 2, 1, 0))
                .body("action", contains("published", "updated", "submitted", "updated", "created"))
                .body("[0].changedFields", containsInAnyOrder("status", "publishedAt"))
                .body("[1].changedFields", containsInAnyOrder("body", "tags"))
                .body("[2].changedFields", empty())
                .body("[3].changedFields", containsInAnyOrder("title", "excerpt"))
                .body("[4].changedFields", empty())
                .body("editedBy.id", contains(id(editor), id(editor), id(author), id(author), id(author)))
                .body("editedBy.name", contains(editor.getDisplayName(), editor.getDisplayName(), author.getDisplayName(),
                        author.getDisplayName(), author.getDisplayName()))
                .body("editedAt", everyItem(notNullValue()))
                .body("$", everyItem(not(hasKey("snapshot"))));

        List<String> times = revisions.extract().path("editedAt");
        List<Instant> editedAt = times.stream().map(Instant::parse).toList();
        assertThat(editedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(editedAt).allSatisfy(time -> assertThat(time).isBetween(start, Instant.now().plusSeconds(1)));
    }

    @Test
    void oneRevisionReadInFullHasTheArticleAsItWasThen() {
        int id = as(author).contentType("application/json")
                .body("{\"title\": \"العنوان الأول\", \"subtitle\": \"فرعي\", \"sectionSlug\": \"economy\", \"tags\": [\"المياه\"],"
                        + " \"bodyHtml\": \"<p>نص <strong>أول</strong></p><h2>قسم</h2>\"}")
                .when().post(ARTICLES).then().statusCode(201).extract().path("id");
        patch(author, id, "{\"title\": \"العنوان الثاني\", \"blocks\": [{\"type\": \"paragraph\", \"html\": \"نص ثانٍ\"}]}");

        as(editor).when().get(ARTICLES + "/" + id + "/revisions/0")
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("version", is(0))
                .body("action", is("created"))
                .body("editedBy.id", is(id(author)))
                .body("snapshot.title", is("العنوان الأول"))
                .body("snapshot.subtitle", is("فرعي"))
                .body("snapshot.slug", is("العنوان-الأول"))
                .body("snapshot.sectionSlug", is("economy"))
                .body("snapshot.tags", contains("المياه"))
                .body("snapshot.authorSlugs", contains("lina-khoury"))
                .body("snapshot.status", is("draft"))
                .body("snapshot.blocks.type", contains("paragraph", "heading"))
                .body("snapshot.blocks[0].html", is("نص <strong>أول</strong>"));
        as(moderator).when().get(ARTICLES + "/" + id + "/revisions/1")
                .then().statusCode(200)
                .body("version", is(1))
                .body("action", is("updated"))
                .body("changedFields", containsInAnyOrder("title", "body"))
                .body("snapshot.title", is("العنوان الثاني"))
                .body("snapshot.slug", is("العنوان-الأول"))
                .body("snapshot.blocks.html", contains("نص ثانٍ"));
    }

    @Test
    void theFirstEditOfAnArticleMadeOutsideTheEditorNamesWhatChanged() {
        // Newsdesk articles are stored directly (like imported sample content): their history starts with the
        // state the first change found, recorded by the system, so the first edit still names what it changed.
        long id = desk.budget().getId();
        patch(editor, id, "{\"title\": \"الحكومة تعدّل الموازنة\"}");
        as(editor).when().get(ARTICLES + "/" + id + "/revisions")
                .then().statusCode(200)
                .body("action", contains("updated", "created"))
                .body("[0].changedFields", contains("title"))
                .body("[1].editedBy.name", is("النظام"));
    }

    @Test
    void deletingAndRestoringAreRecorded() {
        long id = desk.draft().getId();
        as(editor).when().delete(ARTICLES + "/" + id).then().statusCode(204);
        as(admin).when().post(ARTICLES + "/" + id + "/restore").then().statusCode(200);
        as(admin).when().get(ARTICLES + "/" + id + "/revisions")
                .then().statusCode(200)
                .body("action", contains("restored", "deleted", "created"))
                .body("editedBy.id", contains(id(admin), id(editor), null))
                .body("[0].changedFields", hasItem("status"));
    }

    @Test
    void anonymousReadersGetNoRevisions() {
        long id = desk.budget().getId();
        for (String path : List.of("/revisions", "/revisions/0")) {
            given().when().get(ARTICLES + "/" + id + path)
                    .then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType(startsWith("application/problem+json"))
                    .body("status", is(401))
                    .body("type", is("https://newsroom.example/problems/unauthorized"));
        }
    }

    @Test
    void anAuthorReadsTheRevisionsOfTheirOwnArticlesOnly() {
        int ramis = as(editor).contentType("application/json")
                .body("{\"title\": \"مسودة رامي\", \"sectionSlug\": \"politics\", \"authorSlugs\": [\"rami-haddad\"]}")
                .when().post(ARTICLES).then().statusCode(201).extract().path("id");
        as(author).when().get(ARTICLES + "/" + ramis + "/revisions")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(author).when().get(ARTICLES + "/" + ramis + "/revisions/0").then().statusCode(404);
        as(moderator).when().get(ARTICLES + "/" + ramis + "/revisions")
                .then().statusCode(200)
                .body("action", contains("created"));
    }

    @Test
    void anUnknownVersionIsNotFoundAndAMalformedOneIsABadRequest() {
        long id = desk.draft().getId();
        as(editor).when().get(ARTICLES + "/" + id + "/revisions/7")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(404));
        as(editor).when().get(ARTICLES + "/" + id + "/revisions/abc")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("version"));
        as(editor).when().get(ARTICLES + "/999/revisions")
                .then().statusCode(404);
    }

    // --- helpers ---

    private static int id(StaffUser user) {
        return user.getId().intValue();
    }

    private void patch(StaffUser user, long id, String json) {
        String etag = as(user).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
        as(user).contentType(MERGE_PATCH).header("If-Match", etag).body(json)
                .when().patch(ARTICLES + "/" + id)
                .then().statusCode(200);
    }

    private void publish(StaffUser user, long id) {
        as(user).contentType("application/json").body("{}").when().post(ARTICLES + "/" + id + "/publish")
                .then().statusCode(200);
    }
}
