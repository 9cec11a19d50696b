package news.newsroom.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;

/** Every response names its request, and what the people on call watch is counted. */
@QuarkusTest
@KnownNewsroom
class RequestIdHeaderTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Desk
    Newsdesk desk;

    @Test
    void aSaneIdSentIsReturnedAndAProblemRepeatsIt() {
        given().header("X-Request-Id", "edge-01.a_b").get("/api/v1/sections").then().statusCode(200)
                .header("X-Request-Id", is("edge-01.a_b"));
        Problems.refused(given().header("X-Request-Id", "edge-02").get("/api/v1/articles/999999").then(), 404,
                "not-found").header("X-Request-Id", is("edge-02")).body("requestId", is("edge-02"));
    }

    @Test
    void withoutOneOrWithAStrangeOneANewIdIsMadeForEveryResponse() {
        given().get("/api/v1/sections").then().header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "two words <script>").get("/api/v1/sections").then()
                .header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "x".repeat(129)).get("/q/health/live").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
        String etag = given().get("/api/v1/sections").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/sections").then().statusCode(304)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void cachedAnswersAreCountedAsHits() {
        given().get("/api/v1/tags").then().statusCode(200);
        given().get("/api/v1/tags").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("newsroom_response_cache_total{result=\"hit\"}"))
                .body(containsString("newsroom_response_cache_total{result=\"miss\"}"))
                .body(not(containsString("newsroom_response_cache_total{result=\"hit\"} 0.0")));
    }
}
