package news.newsroom.author;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import news.newsroom.support.KnownNewsroom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class AuthorResourceTest {

    @Test
    void authorsByNameWithPublishedArticleCounts() {
        given().when().get("/api/v1/authors")
                .then().statusCode(200)
                .body("total", is(2))
                .body("items.slug", contains("rami-haddad", "lina-khoury"))
                // lina: solarRoofs, waterCuts, budget (+ a draft and a scheduled article, not counted)
                .body("items.articleCount", contains(3, 3))
                .body("items[1].name", is("لينا خوري"))
                .body("items[1].avatarUrl", startsWith("https://"));
    }

    @Test
    void authorsPageByPageNumberAndCursor() {
        var first = given().queryParam("limit", 1).when().get("/api/v1/authors")
                .then().statusCode(200).body("items.slug", contains("rami-haddad")).extract();
        given().queryParam("limit", 1).queryParam("cursor", (String) first.path("nextCursor")).when().get("/api/v1/authors")
                .then().statusCode(200).body("items.slug", contains("lina-khoury")).body("nextCursor", nullValue());
        given().queryParam("limit", 1).queryParam("page", 2).when().get("/api/v1/authors")
                .then().statusCode(200).body("items.slug", contains("lina-khoury"));
    }

    @Test
    void oneAuthorBySlug() {
        given().when().get("/api/v1/authors/rami-haddad")
                .then().statusCode(200)
                .body("name", is("رامي حداد"))
                .body("bio", is("نبذة عن رامي حداد"))
                .body("articleCount", is(3));
    }
}
