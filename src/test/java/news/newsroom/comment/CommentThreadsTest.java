package news.newsroom.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class CommentThreadsTest {

    @Inject
    TestStaff staff;

    @Desk
    Newsdesk desk;
    long article;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;

    @BeforeEach
    void waterCutsInPostModeration() {
        article = desk.waterCuts().getId();
        given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json")
                .body(Map.of("open", true, "moderation", "post"))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings").then().statusCode(200);
    }

    @Test
    void repliesNestUnderTheirThreadTwoLevelsDeep() {
        long first = post("10.3.0.1", "التعليق الأول", null);
        long second = post("10.3.0.2", "التعليق الثاني", null);
        long reply = post("10.3.0.3", "رد على الأول", first);
        long replyToReply = post("10.3.0.4", "رد على الرد", reply);
        given().when().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200)
                .body("total", is(4))
                .body("items.id", contains((int) first, (int) second))
                .body("items[0].replies.id", contains((int) reply, (int) replyToReply))
                .body("items[0].replies[1].parentId", is((int) first))
                .body("items[1].replies.size()", is(0));
        given().queryParam("sort", "newest").when().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200).body("items.id", contains((int) second, (int) first));
    }

    @Test
    void threadsPageWithACursorAndTheCountMatchesTheList() {
        for (int i = 0; i < 5; i++) {
            post("10.3.1." + i, "تعليق " + i, null);
        }
        var first = given().queryParam("limit", 2).when().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200).body("items.size()", is(2)).body("total", is(5)).extract();
        var second = given().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .when().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200).body("items.size()", is(2)).extract();
        given().queryParam("limit", 2).queryParam("cursor", (String) second.path("nextCursor"))
                .when().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200).body("items.size()", is(1)).body("nextCursor", nullValue());
        given().when().get("/api/v1/articles/" + article).then().statusCode(200).body("commentCount", is(5));
    }

    @Test
    void aReplyMustAnswerAnApprovedCommentOnTheSameArticle() {
        long elsewhere = ((Number) Readers.post(desk.solarRoofs().getId(), "10.3.2.1", "على مقال آخر")
                .then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json").body(Map.of("status", "approved"))
                .when().patch("/api/v1/moderation/comments/" + elsewhere).then().statusCode(200);
        Map<String, Object> reply = Readers.comment("قارئ", "رد في غير مكانه", Readers.solvedChallenge());
        reply.put("parentId", elsewhere);
        Readers.post(article, "10.3.2.2", reply).then().statusCode(400).body("errors[0].field", is("parentId"));

        long held = post("10.3.2.3", "تعليق", null);
        given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json").body(Map.of("status", "pending"))
                .when().patch("/api/v1/moderation/comments/" + held).then().statusCode(200);
        Map<String, Object> toHeld = Readers.comment("قارئ", "رد على تعليق معلق", Readers.solvedChallenge());
        toHeld.put("parentId", held);
        Readers.post(article, "10.3.2.4", toHeld).then().statusCode(400).body("errors[0].field", is("parentId"));
    }

    @Test
    void commentsOfAnUnknownOrUnpublishedArticleAreNotFound() {
        given().when().get("/api/v1/articles/999999/comments").then().statusCode(404);
        given().when().get("/api/v1/articles/" + desk.draft().getId() + "/comments").then().statusCode(404);
        given().queryParam("sort", "best").when().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400).body("errors[0].field", is("sort"));
    }

    private long post(String address, String body, Long parentId) {
        Map<String, Object> comment = Readers.comment("قارئ", body, Readers.solvedChallenge());
        if (parentId != null) {
            comment.put("parentId", parentId);
        }
        return ((Number) Readers.post(article, address, comment).then().statusCode(201)
                .body("status", is("approved")).extract().path("id")).longValue();
    }
}
