package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class CursorPagingTest {

    static final Instant BASE = Instant.parse("2025-11-29T08:00:00Z");
    static final int ARTICLES = 23;

    @Inject
    TestContent content;

    Section economy;
    Author lina;

    @BeforeEach
    void archive() {
        content.clear();
        economy = content.section("economy", "اقتصاد", null, 1);
        lina = content.author("lina-khoury", "لينا خوري");
        for (int i = 0; i < ARTICLES; i++) {
            // Pairs share a publication instant, so the id must break ties for the walk to be exact.
            content.article("خبر اقتصادي رقم " + i).in(economy).by(lina)
                    .publishedAt(BASE.minus(i / 2, ChronoUnit.HOURS)).create();
        }
    }

    @Test
    void walkingWithTheCursorVisitsEveryArticleOnceWhileNewOnesArePublished() {
        Set<Integer> seen = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = given().queryParam("limit", 5).queryParam("cursor", cursor == null ? new Object[0] : new Object[] {cursor})
                    .when().get("/api/v1/articles").then().statusCode(200).extract();
            List<Integer> ids = page.path("items.id");
            for (Integer id : ids) {
                assertThat(seen.add(id)).as("article %d seen twice", id).isTrue();
                order.add(id);
            }
            cursor = page.path("nextCursor");
            // Breaking news arrives between page requests: it goes on top and must not shift the walk.
            content.article("خبر عاجل " + pages).in(economy).by(lina).publishedAt(Instant.now()).create();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(ARTICLES);
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void theOldestOrderWalksBackwardsInTimeToo() {
        List<Integer> newest = given().queryParam("limit", 100).when().get("/api/v1/articles")
                .then().statusCode(200).extract().path("items.id");
        List<Integer> oldest = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("sort", "oldest").queryParam("limit", 4)
                    .queryParam("cursor", cursor == null ? new Object[0] : new Object[] {cursor})
                    .when().get("/api/v1/articles").then().statusCode(200).extract();
            oldest.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        List<Integer> reversed = new ArrayList<>(newest);
        java.util.Collections.reverse(reversed);
        assertThat(oldest).containsExactlyElementsOf(reversed);
    }

    @Test
    void aCursorFromOneSortOrderIsRefusedByTheOther() {
        String cursor = given().queryParam("limit", 2).when().get("/api/v1/articles")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("sort", "oldest").queryParam("cursor", cursor).when().get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].field", is("cursor"));
    }

    @Test
    void anAlteredCursorIsRefused() {
        String cursor = given().queryParam("limit", 2).when().get("/api/v1/articles")
                .then().statusCode(200).extract().path("nextCursor");
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))));
        // Move the position to another id while keeping the signature: a forged cursor.
        String forgedPayload = payload.substring(0, payload.lastIndexOf('|') + 1) + "999";
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes())
                + cursor.substring(cursor.indexOf('.'));
        given().queryParam("cursor", forged).when().get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].field", is("cursor"));
    }

    @Test
    void cursorAndPageTogetherAreRefused() {
        String cursor = given().queryParam("limit", 2).when().get("/api/v1/articles")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("cursor", cursor).queryParam("page", 2).when().get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].field", is("page"));
    }
}
