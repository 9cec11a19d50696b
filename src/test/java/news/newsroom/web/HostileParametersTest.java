package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query and path parameters with NUL, instants outside the years 1 to 9999, and ids or numbers that are no
 * numbers are refused with a 400 naming the parameter, anonymously too; never a 500.
 */
@QuarkusTest
@KnownNewsroom
class HostileParametersTest {

    @Desk
    Newsdesk desk;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;

    /** Requests in English, so that messages can be asserted in the language they are written here. */
    private static RequestSpecification reader() {
        return given().header("Accept-Language", "en");
    }

    private RequestSpecification staff() {
        return as(moderator).header("Accept-Language", "en");
    }

    private static ValidatableResponse refusedParameter(ValidatableResponse response, String parameter, String message) {
        return Problems.refused(response, 400, "invalid-parameter")
                .body("errors", hasSize(1))
                .body("errors[0].field", is(parameter))
                .body("errors[0].message", containsString(message));
    }

    @ParameterizedTest(name = "NUL in {0} is refused")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/articles?q=%D9%85%D8%A7%D8%A1%00|q",
        "/api/v1/articles?section=economy%00|section",
        "/api/v1/articles?tag=%00|tag",
        "/api/v1/articles?author=%00x|author",
        "/api/v1/search/suggest?q=%D9%85%00|q",
        "/api/v1/oembed?url=https://newsroom.example/a%00|url"})
    void nulInAQueryParameterIsRefused(String address, String parameter) {
        refusedParameter(reader().urlEncodingEnabled(false).when().get(address).then(), parameter,
                "NUL (U+0000) or a lone UTF-16 surrogate");
    }

    @ParameterizedTest(name = "NUL in the path {0} is refused")
    @ValueSource(strings = {"/api/v1/sections/economy%00", "/api/v1/articles/by-slug/%00", "/api/v1/tags/%00",
            "/api/v1/authors/a%00b", "/feeds/sections/%00/rss.xml"})
    void nulInAPathIsRefused(String address) {
        refusedParameter(reader().urlEncodingEnabled(false).when().get(address).then(), "path",
                "NUL (U+0000) or a lone UTF-16 surrogate");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
        "from, -999999999-01-01T00:00:00Z",
        "to, -999999999-01-01T00:00:00Z",
        "from, +999999999-12-31T23:59:59Z",
        "to, +10000-01-01T00:00:00Z",
        "from, 0000-12-31T23:59:59Z",
        "to, 0000-12-31"})
    void anInstantOutsideTheYearsOneTo9999IsRefused(String parameter, String value) {
        refusedParameter(reader().queryParam(parameter, value).when().get("/api/v1/articles").then(), parameter,
                "years 1 to 9999");
        refusedParameter(reader().queryParam("q", "المياه").queryParam(parameter, value)
                .when().get("/api/v1/articles").then(), parameter, "years 1 to 9999");
        refusedParameter(staff().queryParam(parameter, value)
                .when().get("/api/v1/moderation/comments").then(), parameter, "years 1 to 9999");
    }

    @Test
    void theFirstAndLastAcceptedYearsAreAnswered() {
        reader().queryParam("from", "0001-01-01T00:00:00Z").queryParam("to", "9999-12-31")
                .when().get("/api/v1/articles")
                .then().statusCode(200).body("items", hasSize(5));
        reader().queryParam("q", "المياه").queryParam("from", "0001-01-01").queryParam("to", "9999-12-31T23:59:59Z")
                .when().get("/api/v1/articles")
                .then().statusCode(200);
        staff().queryParam("from", "0001-01-01").queryParam("to", "9999-12-31T23:59:59.999999Z")
                .when().get("/api/v1/moderation/comments")
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "the id {0} is refused")
    @ValueSource(strings = {"99999999999999999999", "9223372036854775808", "0", "-1", "abc", "1e3"})
    void anIdThatIsNoPositiveBigintIsRefused(String id) {
        refusedParameter(reader().when().get("/api/v1/articles/" + id).then(), "id", "positive whole number");
        refusedParameter(reader().when().get("/api/v1/articles/" + id + "/comments").then(), "id",
                "positive whole number");
    }

    @Test
    void aLargeIdThatNoArticleHasIsNotFound() {
        Problems.refused(reader().when().get("/api/v1/articles/9223372036854775807").then(), 404, "not-found");
    }

    @ParameterizedTest(name = "limit={0} is refused")
    @ValueSource(strings = {"abc", "-1", "0", "1.5", "99999999999999999999"})
    void aLimitThatIsNoNumberInRangeIsRefused(String limit) {
        refusedParameter(reader().queryParam("limit", limit).when().get("/api/v1/articles").then(), "limit",
                "whole number");
    }
}
