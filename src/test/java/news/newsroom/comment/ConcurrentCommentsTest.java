package news.newsroom.comment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many readers at once: every comment is stored exactly once and the count agrees with the rows. */
@QuarkusTest
@KnownNewsroom
class ConcurrentCommentsTest {

    static final int READERS = 200;

    @Inject
    TestStaff staff;

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
        given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json")
                .body(Map.of("open", true, "moderation", "post"))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings").then().statusCode(200);
    }

    @Test
    void twoHundredReadersPostingAtOnceAreAllStoredOnce() throws Exception {
        List<Map<String, Object>> comments = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            comments.add(Readers.comment("قارئ " + i, "تعليق القارئ رقم " + i, Readers.solvedChallenge()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Map<String, Object> comment = comments.get(i);
            String address = "10.9." + (i / 250) + "." + (i % 250 + 1);
            statuses.add(pool.submit(() -> Readers.post(article, address, comment).statusCode()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        pool.shutdown();

        Number rows = (Number) em.createNativeQuery("select count(*) from comment where article_id = :id")
                .setParameter("id", article).getSingleResult();
        Number distinctBodies = (Number) em.createNativeQuery("select count(distinct body) from comment where article_id = :id")
                .setParameter("id", article).getSingleResult();
        assertThat(rows.intValue()).isEqualTo(READERS);
        assertThat(distinctBodies.intValue()).isEqualTo(READERS);
        given().when().get("/api/v1/articles/" + article).then().statusCode(200).body("commentCount", is(READERS));
        given().when().get("/api/v1/articles/" + article + "/comments").then().statusCode(200).body("total", is(READERS));
    }
}
