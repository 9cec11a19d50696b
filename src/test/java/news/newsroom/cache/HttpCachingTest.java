package news.newsroom.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import news.newsroom.article.ArticleStatus;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.staff.StaffRole;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class HttpCachingTest {

    static final List<String> PUBLIC_GETS = List.of("/api/v1/articles", "/api/v1/sections", "/api/v1/sections/economy",
            "/api/v1/authors", "/api/v1/authors/lina-khoury", "/api/v1/tags", "/api/v1/tags/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87");

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Desk
    Newsdesk desk;

    @Test
    void everyPublicGetIsCacheable() {
        List<String> gets = new java.util.ArrayList<>(PUBLIC_GETS);
        gets.add("/api/v1/articles/" + desk.solarRoofs().getId());
        gets.add("/api/v1/articles/" + desk.solarRoofs().getId() + "/related");
        for (String path : gets) {
            given().urlEncodingEnabled(false).when().get(path)
                    .then().statusCode(200)
                    .header("ETag", org.hamcrest.Matchers.matchesPattern("(W/)?\".+\""))
                    .header("Last-Modified", notNullValue())
                    .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300, stale-if-error=3600"))
                    .header("Surrogate-Key", not(emptyString()));
        }
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagIsNotModified() {
        String path = "/api/v1/articles/" + desk.solarRoofs().getId();
        ExtractableResponse<Response> first = given().when().get(path).then().statusCode(200).extract();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304)
                .header("ETag", is(etag))
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300, stale-if-error=3600"))
                .body(is(emptyString()));
        given().header("If-None-Match", "W/\"something-else\"").when().get(path)
                .then().statusCode(200);
    }

    @Test
    void ifModifiedSinceTheLastChangeIsNotModified() {
        for (String path : List.of("/api/v1/articles/" + desk.budget().getId(), "/api/v1/articles")) {
            String lastModified = given().when().get(path).then().statusCode(200).extract().header("Last-Modified");
            given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(304);
            given().header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").when().get(path).then().statusCode(200);
        }
    }

    @Test
    void aListChangesItsEtagAndLastModifiedWhenAnArticleIsWithdrawn() throws InterruptedException {
        ExtractableResponse<Response> before = given().when().get("/api/v1/articles").then().statusCode(200).extract();
        Thread.sleep(1100); // Last-Modified has one-second precision
        content.setStatus(desk.waterCuts().getId(), ArticleStatus.ARCHIVED);
        given().header("If-None-Match", before.header("ETag")).when().get("/api/v1/articles")
                .then().statusCode(200).body("total", is(4));
        given().header("If-Modified-Since", before.header("Last-Modified")).when().get("/api/v1/articles")
                .then().statusCode(200);
    }

    @Test
    void theLastChangeOfEveryListMovesOnWithAWriteThroughTheApi() throws InterruptedException {
        // The last change is cached in memory between writes: a list asked after a write, never asked before, must
        // still carry the write's time, not the one cached from before it.
        content.awaitConnected();
        staff.clear();
        String token = staff.tokenFor(staff.member("clock-editor@newsroom.example", null, StaffRole.EDITOR));
        String before = given().when().get("/api/v1/tags").then().statusCode(200).extract().header("Last-Modified");
        Thread.sleep(1100); // Last-Modified has one-second precision

        given().auth().oauth2(token).contentType("application/json")
                .body("{\"name\": \"ثقافة وفنون\", \"slug\": \"culture\", \"position\": 3}")
                .when().put("/api/v1/sections/culture").then().statusCode(200);

        for (String list : List.of("/api/v1/authors", "/api/v1/articles?limit=3", "/api/v1/tags?limit=2")) {
            String after = given().when().get(list).then().statusCode(200).extract().header("Last-Modified");
            assertThat(httpDate(after)).as(list).isAfter(httpDate(before));
        }
    }

    private static ZonedDateTime httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    @Test
    void surrogateKeysNameWhatTheResponseDependsOn() {
        given().when().get("/api/v1/articles/" + desk.waterCuts().getId())
                .then().statusCode(200)
                .header("Surrogate-Key", is("article-" + desk.waterCuts().getId()
                        + " section-economy author-lina-khoury author-rami-haddad tag-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87"));
        given().queryParam("limit", 2).when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Surrogate-Key", is("articles article-" + desk.electionsToday().getId()
                        + " article-" + desk.solarRoofs().getId()));
    }

    @Test
    void problemsAreNotCached() {
        given().when().get("/api/v1/articles/999999")
                .then().statusCode(404)
                .header("Cache-Control", is("no-store"))
                .header("ETag", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void responsesAreCompressedForClientsThatAskForIt() {
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Encoding", containsString("gzip"));
    }
}
