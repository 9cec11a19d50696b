package news.newsroom.comment.moderation;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.newsroom.comment.Readers;
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

/** Moderators acting on the same comments at the same moment: each real change is counted and recorded once. */
@QuarkusTest
@KnownNewsroom
class ModerationRacesTest {

    static final int MODERATORS = 20;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;
    long article;

    @BeforeEach
    void waterCutsInPreModeration() {
        article = desk.waterCuts().getId();
        as(moderator).contentType("application/json").body(Map.of("open", true, "moderation", "pre"))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings").then().statusCode(200);
    }

    @Test
    void twentyModeratorsApprovingOnePendingCommentAtOnceCountItOnce() {
        long id = pending("10.40.0.1", "تعليق ينتظر");

        List<Integer> statuses = Concurrently.run(MODERATORS, i -> as(moderator).contentType("application/json")
                .body(Map.of("status", "approved")).when().patch("/api/v1/moderation/comments/" + id).statusCode());

        assertThat(statuses).containsOnly(200);
        commentCount(1);
        assertThat(changesRecordedOn(id)).isEqualTo(1);
    }

    @Test
    void bulkChangesOverlappingInAnyOrderNeitherDeadlockNorMiscount() {
        long a = pending("10.40.0.2", "التعليق الأول");
        long b = pending("10.40.0.3", "التعليق الثاني");

        List<Integer> approvals = Concurrently.run(MODERATORS, i -> bulk(i % 2 == 0 ? List.of(a, b) : List.of(b, a),
                "approved"));
        assertThat(approvals).containsOnly(200);
        commentCount(2);
        assertThat(changesRecordedOn(a)).isEqualTo(1);
        assertThat(changesRecordedOn(b)).isEqualTo(1);

        List<Integer> mixed = Concurrently.run(MODERATORS, i -> switch (i % 4) {
            case 0 -> bulk(List.of(a, b), "spam");
            case 1 -> bulk(List.of(b, a), "approved");
            case 2 -> as(moderator).contentType("application/json").body(Map.of("status", "rejected"))
                    .when().patch("/api/v1/moderation/comments/" + b).statusCode();
            default -> as(moderator).contentType("application/json").body(Map.of("status", "approved"))
                    .when().patch("/api/v1/moderation/comments/" + a).statusCode();
        });
        assertThat(mixed).containsOnly(200);
        long approved = as(moderator).queryParam("status", "approved").queryParam("article", article)
                .when().get("/api/v1/moderation/comments").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        commentCount((int) approved);
    }

    @Test
    void aBulkChangeWithANullIdIsA400() {
        Problems.refused(as(moderator).contentType("application/json").body("{\"ids\":[null],\"status\":\"approved\"}")
                .when().post("/api/v1/moderation/comments/bulk").then(), 400, "validation-failed");
    }

    private int bulk(List<Long> ids, String status) {
        return as(moderator).contentType("application/json").body(Map.of("ids", ids, "status", status))
                .when().post("/api/v1/moderation/comments/bulk").statusCode();
    }

    private long pending(String address, String body) {
        return ((Number) Readers.post(article, address, body).then().statusCode(201).body("status", is("pending"))
                .extract().path("id")).longValue();
    }

    private void commentCount(int expected) {
        given().when().get("/api/v1/articles/" + article).then().statusCode(200).body("commentCount", is(expected));
    }

    private int changesRecordedOn(long commentId) {
        List<Map<String, Object>> actions = as(moderator).queryParam("limit", 100).when().get("/api/v1/moderation/actions")
                .then().statusCode(200).extract().path("findAll { it.commentId == " + commentId + " }");
        return (int) actions.stream().filter(found -> "status-changed".equals(found.get("action"))).count();
    }
}
