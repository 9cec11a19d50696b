package news.newsroom.article.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class ArticleCreationTest {

    @Inject
    TestStaff staff;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;

    @Test
    void anAuthorCreatesADraftBylinedToThemselves() {
        given().auth().oauth2(staff.tokenFor(author)).contentType("application/json")
                .body("""
                        {"title": "الحكومةُ تُقرّ موازنة 2026!", "sectionSlug": "economy", "tags": ["المياه", "انتخابات"],
                         "blocks": [{"type": "paragraph", "html": "نص <strong>المقال</strong>"}]}
                        """)
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/articles/9"))
                .header("ETag", startsWith("\"9-0-"))
                .header("Cache-Control", is("private, no-store"))
                .body("status", is("draft"))
                .body("slug", is("الحكومة-تقر-موازنة-2026"))
                .body("authors[0].slug", is("lina-khoury"))
                .body("tags.slug", org.hamcrest.Matchers.containsInAnyOrder("المياه", "انتخابات"))
                .body("updatedAt", notNullValue());
    }

    @Test
    void anonymousIsUnauthorizedAndAModeratorForbidden() {
        String body = "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\"}";
        given().contentType("application/json").body(body).when().post("/api/v1/articles")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json").body(body)
                .when().post("/api/v1/articles")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aBodyThatIsNotJsonIsA415AndBrokenJsonA400NamingTheField() {
        given().auth().oauth2(staff.tokenFor(author)).contentType("text/plain").body("عنوان")
                .when().post("/api/v1/articles")
                .then().statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("type", is("https://newsroom.example/problems/unsupported-media-type"));
        given().auth().oauth2(staff.tokenFor(author)).contentType("application/json").body("{\"title\": ")
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", is("https://newsroom.example/problems/malformed-body"));
        given().auth().oauth2(staff.tokenFor(author)).contentType("application/json")
                .body("{\"title\": [1], \"sectionSlug\": \"economy\"}")
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].field", is("title"));
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        String huge = "{\"title\": \"" + "ب".repeat(600_000) + "\", \"sectionSlug\": \"economy\"}";
        given().auth().oauth2(staff.tokenFor(author)).contentType("application/json").body(huge)
                .when().post("/api/v1/articles")
                .then().statusCode(413);
    }
}
