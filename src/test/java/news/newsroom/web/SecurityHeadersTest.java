package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every answer tells browsers how to treat it, whatever produced it: API JSON, a problem, a feed, the OpenAPI
 * document, Swagger UI, health. The API's policy forbids everything; Swagger UI's lets its own page work.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/articles", "/api/v1/no-such-thing", "/api/v1/articles/999999", "/feeds/rss.xml",
            "/q/openapi", "/q/health/ready", "/"})
    void everyAnswerOutsideSwaggerUiCarriesTheStrictHeaders(String path) {
        strict(given().redirects().follow(false).when().get(path).then());
    }

    @Test
    void aRefusedWriteCarriesThemToo() {
        strict(given().contentType("application/json").body("{}").when().post("/api/v1/sections").then().statusCode(401));
    }

    @Test
    void nosniffStopsBrowsersGuessingAContentType() {
        given().when().get("/api/v1/articles").then().header("X-Content-Type-Options", is("nosniff"));
    }

    @Test
    void noAnswerMayBeFramed() {
        given().when().get("/api/v1/articles").then().header("X-Frame-Options", is("DENY"));
        given().when().get("/q/swagger-ui/").then().header("X-Frame-Options", is("DENY"));
    }

    @Test
    void httpsIsRequiredForAYearIncludingSubdomains() {
        given().when().get("/api/v1/sections").then()
                .header("Strict-Transport-Security", is("max-age=31536000; includeSubDomains"));
    }

    @Test
    void noReferrerLeavesTheApi() {
        given().when().get("/api/v1/sections").then().header("Referrer-Policy", is("no-referrer"));
    }

    @Test
    void apiJsonMayRunAndLoadNothing() {
        given().when().get("/api/v1/sections").then().statusCode(200).header("Content-Security-Policy", is(API_POLICY));
    }

    @Test
    void swaggerUiMayRunItsOwnScriptsAndCallTheApiOnThisOriginOnly() {
        ValidatableResponse page = given().when().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("no-referrer"))
                .header("Strict-Transport-Security", is(SecurityHeaders.STRICT_TRANSPORT));
        page.header("Content-Security-Policy", is(SecurityHeaders.SWAGGER_UI_POLICY))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("*")));
    }

    private static void strict(ValidatableResponse response) {
        response.header("X-Content-Type-Options", is("nosniff"))
                .header("X-Frame-Options", is("DENY"))
                .header("Referrer-Policy", is("no-referrer"))
                .header("Strict-Transport-Security", is("max-age=31536000; includeSubDomains"))
                .header("Content-Security-Policy", is(API_POLICY))
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
