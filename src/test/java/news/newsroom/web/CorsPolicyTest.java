package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Browsers let a page read the API only from the origins in {@code newsroom.http.allowed-origins} (in tests the
 * site, https://newsroom.example): never another site, and never {@code null}, which sandboxed frames and local
 * files send.
 */
@QuarkusTest
class CorsPolicyTest {

    private static final String SITE = "https://newsroom.example";

    @Test
    void theSitesPagesMayReadTheApiAndTheHeadersClientsNeed() {
        given().header("Origin", SITE).when().get("/api/v1/sections")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(SITE))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void theSiteMayPreflightAWrite() {
        given().header("Origin", SITE).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/v1/sections/economy")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(SITE))
                .header("Access-Control-Allow-Methods", containsString("PUT"));
    }

    @Test
    void anotherSiteIsNotAllowedToRead() {
        int status = given().header("Origin", "https://evil.example").when().get("/api/v1/sections")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue())
                .extract().statusCode();
        assertThat(status).isIn(200, 403);
    }

    @Test
    void anotherSitesPreflightIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/sections/economy")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theNullOriginIsNeverAllowed() {
        given().header("Origin", "null").when().get("/api/v1/sections")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "null").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/comments/challenge")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aLookalikeOfTheSiteIsNotTheSite() {
        given().header("Origin", SITE + ".evil.example").when().get("/api/v1/sections")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void startUpRefusesOriginsThatWouldOpenTheApiToEveryPage() {
        for (String open : List.of("null", "*", "/.*/")) {
            assertThatThrownBy(() -> AllowedOriginsCheck.refuseOpen(List.of(SITE, open)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("newsroom.http.allowed-origins");
        }
        AllowedOriginsCheck.refuseOpen(List.of(SITE, "/https?://(localhost|127[.]0[.]0[.]1)(:[0-9]+)?/"));
    }
}
