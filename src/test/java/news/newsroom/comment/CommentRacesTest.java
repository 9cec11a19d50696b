package news.newsroom.comment;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.Concurrently;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readers acting at the same moment: reports and retried posts leave the counts and the comments right. */
@QuarkusTest
@KnownNewsroom
class CommentRacesTest {

    static final int READERS = 30;
    static final int RETRIES = 20;

    @Inject
    EntityManager em;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;
    long article;

    @BeforeEach
    void waterCutsInPostModeration() {
        article = desk.waterCuts().getId();
        as(moderator).contentType("application/json").body(Map.of("open", true, "moderation", "post"))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings").then().statusCode(200);
    }

    @Test
    void thirtyReadersReportingOneCommentAtOnceSendItBackToTheQueueOnce() {
        long id = posted("10.30.0.1", "تعليق يبلغ عنه القراء");
        commentCount(1);

        List<Integer> statuses = Concurrently.run(READERS, i -> report(id, "10.30.1." + (i + 1)).statusCode());

        assertThat(statuses).containsOnly(202);
        commentCount(0);
        as(moderator).queryParam("status", "reported").when().get("/api/v1/moderation/comments")
                .then().statusCode(200).body("items.id", contains((int) id)).body("items[0].reportCount", is(READERS));
        assertThat(actionsOn(id, "requeued-by-reports")).isEqualTo(1);
    }

    @Test
    void oneReaderReportingTwentyTimesAtOnceCountsOnce() {
        long id = posted("10.30.0.2", "تعليق يبلغ عنه قارئ واحد");

        List<Integer> statuses = Concurrently.run(RETRIES, i -> report(id, "10.30.2.1").statusCode());

        assertThat(statuses).containsOnly(202);
        commentCount(1);
        as(moderator).queryParam("status", "approved").when().get("/api/v1/moderation/comments")
                .then().statusCode(200).body("items.id", contains((int) id)).body("items[0].reportCount", is(1));
        assertThat(actionsOn(id, "requeued-by-reports")).isZero();
    }

    /** Each retry carries a fresh challenge, as a client that re-solves it would; the key alone decides. */
    @Test
    void twentyPostsWithOneIdempotencyKeyAtOnceStoreOneCommentAndReplayIt() {
        List<Map<String, Object>> retries = new ArrayList<>();
        for (int i = 0; i < RETRIES; i++) {
            retries.add(Readers.comment("قارئ", "تعليق يرسل مرة واحدة", Readers.solvedChallenge()));
        }

        List<Response> responses = Concurrently.run(RETRIES, i -> given().header("X-Forwarded-For", "10.31.0.1")
                .header("Idempotency-Key", "one-key").contentType("application/json").body(retries.get(i))
                .when().post("/api/v1/articles/" + article + "/comments").thenReturn());

        List<Response> created = responses.stream().filter(response -> response.statusCode() == 201).toList();
        // Beyond the client's allowance a post is refused before its key is looked at (the documented 429).
        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isIn(201, 429));
        assertThat(created).hasSizeGreaterThan(1);
        assertThat(created).extracting(Response::asString).containsOnly(created.get(0).asString());
        assertThat(created).filteredOn(response -> response.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(commentsStored()).isEqualTo(1);
        commentCount(1);
    }

    @Test
    void anIdempotencyKeyUsedForAnotherBodyOrArticleIs422() {
        Map<String, Object> comment = Readers.comment("قارئ", "التعليق الأول", Readers.solvedChallenge());
        int first = keyed(article, comment).then().statusCode(201).extract().path("id");

        Map<String, Object> otherBody = Readers.comment("قارئ", "تعليق آخر", Readers.solvedChallenge());
        Problems.refused(keyed(article, otherBody).then(), 422, "idempotency-key-reused");
        Problems.refused(keyed(desk.budget().getId(), comment).then(), 422, "idempotency-key-reused");

        keyed(article, comment).then().statusCode(201).header("Idempotent-Replayed", is("true")).body("id", is(first));
        assertThat(commentsStored()).isEqualTo(1);
    }

    private Response keyed(long articleId, Map<String, Object> comment) {
        return given().header("X-Forwarded-For", "10.31.0.2").header("Idempotency-Key", "reused-key")
                .contentType("application/json").body(comment)
                .when().post("/api/v1/articles/" + articleId + "/comments");
    }

    private long posted(String address, String body) {
        return ((Number) Readers.post(article, address, body).then().statusCode(201).body("status", is("approved"))
                .extract().path("id")).longValue();
    }

    private static Response report(long id, String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json").body(Map.of("reason", "إساءة"))
                .when().post("/api/v1/comments/" + id + "/reports");
    }

    private void commentCount(int expected) {
        given().when().get("/api/v1/articles/" + article).then().statusCode(200).body("commentCount", is(expected));
    }

    private int actionsOn(long commentId, String action) {
        List<Map<String, Object>> actions = as(moderator).queryParam("limit", 100).when().get("/api/v1/moderation/actions")
                .then().statusCode(200).extract().path("findAll { it.commentId == " + commentId + " }");
        return (int) actions.stream().filter(found -> action.equals(found.get("action"))).count();
    }

    private int commentsStored() {
        return ((Number) em.createNativeQuery("select count(*) from comment").getSingleResult()).intValue();
    }
}
