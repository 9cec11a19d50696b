package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import news.newsroom.support.KnownNewsroom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every client mistake is a 4xx problem+json naming what was wrong, in Arabic by default or in English. */
@QuarkusTest
@KnownNewsroom
class ProblemResponsesTest {

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/articles?limit=0                   | limit",
        "/api/v1/articles?limit=101                 | limit",
        "/api/v1/articles?limit=abc                 | limit",
        "/api/v1/articles?limit=-5                  | limit",
        "/api/v1/articles?limit=2.5                 | limit",
        "/api/v1/articles?limit=99999999999999999999 | limit",
        "/api/v1/articles?page=0                    | page",
        "/api/v1/articles?page=abc                  | page",
        "/api/v1/articles?page=10001                | page",
        "/api/v1/articles?cursor=abc                | cursor",
        "/api/v1/articles?cursor=YWJj.ZGVm          | cursor",
        "/api/v1/articles?from=notadate             | from",
        "/api/v1/articles?to=2025-13-45             | to",
        "/api/v1/articles?from=2025-11-29&to=2025-11-01 | from",
        "/api/v1/articles?sort=popular              | sort",
        "/api/v1/articles?section=no-such-section   | section",
        "/api/v1/articles?tag=no-such-tag           | tag",
        "/api/v1/articles?author=nobody             | author",
        "/api/v1/articles/abc                       | id",
        "/api/v1/articles/0                         | id",
        "/api/v1/articles/-1                        | id",
        "/api/v1/articles/12345678901234567890123   | id",
        "/api/v1/articles/abc/related               | id",
        "/api/v1/sections?limit=0                   | limit",
        "/api/v1/authors?cursor=forged              | cursor",
        "/api/v1/tags?page=-1                       | page",
        "/api/v1/articles?status=bogus              | status",
        "/api/v1/articles/1/comments?sort=popular   | sort",
        "/api/v1/articles/1/comments?limit=101      | limit",
        "/api/v1/articles/1/comments?cursor=forged  | cursor",
    })
    void badParametersAreA400NamingTheField(String path, String field) {
        problem(given().when().get(path), 400)
                .body("type", is("https://newsroom.example/problems/invalid-parameter"))
                .body("errors[0].field", is(field))
                .body("errors[0].message", not(""));
    }

    @Test
    void moreThanTenTagFiltersAreRefused() {
        problem(given().queryParam("tag", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")
                .when().get("/api/v1/articles"), 400)
                .body("errors[0].field", is("tag"));
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource({
        "/api/v1/articles/999999",
        "/api/v1/articles/999999/related",
        "/api/v1/articles/by-slug/no-such-slug",
        "/api/v1/sections/no-such-section",
        "/api/v1/authors/nobody",
        "/api/v1/tags/no-such-tag",
        "/api/v1/no-such-resource",
        "/no/such/path",
    })
    void unknownThingsAreA404Problem(String path) {
        problem(given().when().get(path), 404)
                .body("type", is("https://newsroom.example/problems/not-found"));
    }

    @Test
    void controlCharactersInSlugsAreRefusedNotAServerError() {
        // NUL can never be stored, so it is refused before any lookup (web/StorableParameters).
        problem(given().urlEncodingEnabled(false).when().get("/api/v1/articles/by-slug/%00abc"), 400);
        problem(given().urlEncodingEnabled(false).when().get("/api/v1/tags/%00"), 400);
        problem(given().urlEncodingEnabled(false).when().get("/api/v1/articles?section=%00"), 400);
    }

    @Test
    void aWrongMethodIsA405ThatSaysWhatIsAllowed() {
        problem(given().when().delete("/api/v1/articles/1/related"), 405)
                .header("Allow", allOf(containsString("GET"), containsString("HEAD"), not(containsString("DELETE"))))
                .body("detail", containsString("GET"));
        problem(given().body("{}").contentType("application/json").when().put("/api/v1/sections"), 405);
    }

    @Test
    void askingForSomethingOtherThanJsonIsA406() {
        problem(given().accept("application/xml").when().get("/api/v1/articles"), 406);
    }

    @Test
    void detailFollowsAcceptLanguage() {
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get("/api/v1/articles?limit=0")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", is("Invalid parameter"))
                .body("errors[0].message", is("Must be a whole number from 1 to 100."));
        given().header("Accept-Language", "ar-SY").when().get("/api/v1/articles?limit=0")
                .then().statusCode(400)
                .header("Content-Language", "ar")
                .body("title", is("معامل غير صالح"))
                .body("errors[0].message", is("يجب أن يكون عدداً صحيحاً من 1 إلى 100."));
        given().header("Accept-Language", "fr").when().get("/api/v1/articles/999999")
                .then().statusCode(404)
                .header("Content-Language", "ar")
                .body("detail", is("لا يوجد مقال منشور بالمعرّف 999999."));
        given().when().get("/api/v1/articles/999999")
                .then().statusCode(404)
                .header("Content-Language", "ar");
        given().header("Accept-Language", ";;;garbage").when().get("/api/v1/articles/999999")
                .then().statusCode(404);
    }

    @Test
    void problemsNameThePathAndLeakNothingInternal() {
        for (String path : new String[] {"/api/v1/articles/abc", "/api/v1/articles?cursor=%25%25%25", "/api/v1/nope"}) {
            String body = given().urlEncodingEnabled(false).when().get(path).then().extract().asString();
            org.assertj.core.api.Assertions.assertThat(body)
                    .doesNotContain("Exception", "at news.", "at io.", "org.hibernate", "java.", "SQL");
        }
        given().when().get("/api/v1/articles/abc").then().body("instance", is("/api/v1/articles/abc"));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(status))
                .body("title", not(""))
                .body("detail", not(""));
    }
}
