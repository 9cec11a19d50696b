package news.newsroom.comment.moderation;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import news.newsroom.comment.Readers;

@QuarkusTest
@KnownNewsroom
class ModerationTest {

    @Desk
    Newsdesk desk;
    long article;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.ADMIN)
    StaffUser admin;
    @Member(StaffRole.AUTHOR)
    StaffUser author;

    @BeforeEach
    void wordListsAndWaterCuts() {
        article = desk.waterCuts().getId();
        as(moderator).contentType("application/json")
                .body(Map.of("banned", List.of("كلمة نابية", "تافه"), "suspect", List.of("احتيال")))
                .when().put("/api/v1/moderation/words")
                .then().statusCode(200)
                .body("banned", contains("تافه", "كلمة نابية"));
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {
        "هذا رأي تافه",
        "هذا رأي تـافِـه",          // tatweel and kasra
        "هذا رأي والتافه",          // proclitic و + ال
        "هذا رأي ت\u200Cافه",      // zero-width non-joiner slipped between letters
        "هذه كلمةٌ نابيةٌ حقاً",     // a banned phrase with tanween and ة/ه
        "TAFEH تافة",               // ة for ه
    })
    void bannedWordsRefuseTheCommentWhateverTheSpelling(String body) {
        Readers.post(article, "10.1.0.1", body)
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", containsString("comment-refused"));
    }

    @Test
    void suspectWordsHoldTheCommentWithTheReason() {
        long id = posted("10.1.0.2", "هذا عرض احتيالي؟ لا، إنه الاحتيال بعينه");
        queue().body("items.find { it.id == " + id + " }.holdReasons", hasItem("suspect-word:احتيال"));
    }

    @Test
    void moreThanTwoLinksHoldTheComment() {
        useModeration("post");
        long id = posted("10.1.0.3", "انظروا https://a.example و http://b.example و www.c.example");
        queue().body("items.find { it.id == " + id + " }.status", is("pending"))
                .body("items.find { it.id == " + id + " }.holdReasons", hasItem("links:3"));
        long fine = posted("10.1.0.4", "رابط واحد https://a.example و www.b.example");
        given().when().get("/api/v1/articles/" + article + "/comments").then().statusCode(200)
                .body("items.id", hasItem((int) fine));
    }

    @Test
    void aBurstFromOneClientIsHeld() {
        useModeration("post");
        for (int i = 0; i < 3; i++) {
            Readers.post(article, "10.1.0.5", "تعليق سريع " + i).then().statusCode(201).body("status", is("approved"));
        }
        long fourth = posted("10.1.0.5", "التعليق الرابع");
        queue().body("items.find { it.id == " + fourth + " }.holdReasons", hasItem("burst:4"));
    }

    @Test
    void aClientWhoseCommentWasRejectedIsHeldNextTime() {
        useModeration("post");
        long first = posted("10.1.0.6", "تعليق أول");
        as(moderator).contentType("application/json").body(Map.of("status", "rejected", "note", "إساءة"))
                .when().patch("/api/v1/moderation/comments/" + first).then().statusCode(200).body("status", is("rejected"));
        long next = posted("10.1.0.6", "تعليق ثان");
        queue().body("items.find { it.id == " + next + " }.holdReasons", hasItem("previously-rejected-client"));
    }

    @Test
    void threeReportsFromDifferentReadersSendACommentBackToTheQueue() {
        useModeration("post");
        long id = posted("10.1.0.7", "تعليق مثير للجدل");
        articleCount(1);
        report(id, "10.2.0.1");
        report(id, "10.2.0.1"); // the same reader twice counts once
        report(id, "10.2.0.2");
        articleCount(1);
        report(id, "10.2.0.3");
        articleCount(0);
        queue().body("items.find { it.id == " + id + " }.status", is("reported"))
                .body("items.find { it.id == " + id + " }.reportCount", is(3));
        given().when().get("/api/v1/articles/" + article + "/comments").then().statusCode(200).body("total", is(0));
    }

    @Test
    void moderatorsEditorsAndAdminsModerateOthersMayNot() {
        long id = posted("10.1.0.8", "تعليق");
        for (StaffUser allowed : List.of(moderator, editor, admin)) {
            as(allowed).contentType("application/json").body(Map.of("status", "approved"))
                    .when().patch("/api/v1/moderation/comments/" + id).then().statusCode(200);
            as(allowed).when().get("/api/v1/moderation/comments").then().statusCode(200);
        }
        as(author).contentType("application/json").body(Map.of("status", "spam"))
                .when().patch("/api/v1/moderation/comments/" + id).then().statusCode(403);
        as(author).when().get("/api/v1/moderation/words").then().statusCode(403);
        given().contentType("application/json").body(Map.of("status", "spam"))
                .when().patch("/api/v1/moderation/comments/" + id).then().statusCode(401);
        given().when().get("/api/v1/moderation/comments").then().statusCode(401);
    }

    @Test
    void approvingAndRejectingKeepTheCountInStep() {
        long a = posted("10.1.1.1", "أأ");
        long b = posted("10.1.1.2", "ب ب");
        articleCount(0);
        as(moderator).contentType("application/json").body(Map.of("ids", List.of(a, b), "status", "approved", "note", "سليم"))
                .when().post("/api/v1/moderation/comments/bulk")
                .then().statusCode(200).body("status", contains("approved", "approved"));
        articleCount(2);
        as(moderator).contentType("application/json").body(Map.of("status", "spam"))
                .when().patch("/api/v1/moderation/comments/" + a).then().statusCode(200);
        articleCount(1);
        given().when().get("/api/v1/articles/" + article + "/comments").then().statusCode(200).body("total", is(1));
    }

    @Test
    void aBulkActionWithAnUnknownIdChangesNothing() {
        long a = posted("10.1.1.3", "تعليق");
        as(moderator).contentType("application/json").body(Map.of("ids", List.of(a, 999_999), "status", "approved"))
                .when().post("/api/v1/moderation/comments/bulk").then().statusCode(404);
        queue().body("items.find { it.id == " + a + " }.status", is("pending"));
    }

    @Test
    void everyActionIsRecorded() {
        long id = posted("10.1.1.4", "تعليق");
        as(moderator).contentType("application/json").body(Map.of("status", "approved", "note", "لا مخالفة"))
                .when().patch("/api/v1/moderation/comments/" + id).then().statusCode(200);
        as(editor).contentType("application/json").body(Map.of("open", false))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings")
                .then().statusCode(200).body("open", is(false));
        as(admin).when().get("/api/v1/moderation/actions")
                .then().statusCode(200)
                .body("[0].action", is("comments-closed"))
                .body("[0].by", is("عضو editor@newsroom.example"))
                .body("[0].articleId", is((int) article))
                .body("[1].action", is("status-changed"))
                .body("[1].fromStatus", is("pending"))
                .body("[1].toStatus", is("approved"))
                .body("[1].note", is("لا مخالفة"))
                .body("[2].action", is("word-lists-replaced"));
        Readers.post(article, "10.1.1.5", "بعد الإغلاق").then().statusCode(403);
    }

    @Test
    void theQueueFiltersByStatusArticleAndDate() {
        long here = posted("10.1.2.1", "هنا");
        long there = ((Number) Readers.post(desk.budget().getId(), "10.1.2.2", "هناك").then().statusCode(201)
                .extract().path("id")).longValue();
        as(moderator).queryParam("article", article).when().get("/api/v1/moderation/comments")
                .then().statusCode(200).body("items.id", contains((int) here));
        as(moderator).queryParam("status", "pending").queryParam("from", "2000-01-01").queryParam("to", "2999-01-01")
                .when().get("/api/v1/moderation/comments")
                .then().statusCode(200).body("items.id", contains((int) there, (int) here))
                .body("items[0].authorEmail", is("reader@example.com"));
        as(moderator).queryParam("status", "approved").when().get("/api/v1/moderation/comments")
                .then().statusCode(200).body("items.size()", is(0));
    }

    private long posted(String address, String body) {
        return ((Number) Readers.post(article, address, body).then().statusCode(201).extract().path("id")).longValue();
    }

    private void report(long id, String address) {
        given().header("X-Forwarded-For", address).contentType("application/json").body(Map.of("reason", "إساءة"))
                .when().post("/api/v1/comments/" + id + "/reports").then().statusCode(202);
    }

    private void useModeration(String mode) {
        as(moderator).contentType("application/json").body(Map.of("open", true, "moderation", mode))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings")
                .then().statusCode(200).body("moderation", is(mode));
    }

    private void articleCount(int expected) {
        given().when().get("/api/v1/articles/" + article).then().statusCode(200).body("commentCount", is(expected));
    }

    private io.restassured.response.ValidatableResponse queue() {
        return as(moderator).queryParam("status", "pending", "approved", "reported", "rejected", "spam")
                .when().get("/api/v1/moderation/comments").then().statusCode(200);
    }
}
