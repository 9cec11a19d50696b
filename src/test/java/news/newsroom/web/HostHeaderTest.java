package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * The Host header is the client's to choose, and answers are cached for everyone: no address the service sends
 * (a redirect's Location, a next page's Link) is built on it.
 */
@QuarkusTest
@KnownNewsroom
class HostHeaderTest {

    private static final String EVIL = "evil.example";

    @Desk
    Newsdesk desk;

    @Test
    void theBareHostRedirectsToSwaggerUiOnTheSameHostWhateverHostIsClaimed() {
        given().header("Host", EVIL).redirects().follow(false).when().get("/")
                .then().statusCode(303)
                .header("Location", is("/q/swagger-ui/"));
    }

    @Test
    void theNextPageLinkIsRelativeToTheRequest() {
        given().header("Host", EVIL).when().get("/api/v1/articles?limit=2")
                .then().statusCode(200)
                .header("Link", startsWith("</api/v1/articles?"))
                .header("Link", containsString("cursor="))
                .header("Link", not(containsString(EVIL)));
    }

    @Test
    void aCachedNextPageLinkDoesNotCarryAnotherRequestsHost() {
        given().header("Host", EVIL).when().get("/api/v1/articles?limit=3").then().statusCode(200);

        given().when().get("/api/v1/articles?limit=3")
                .then().statusCode(200)
                .header("Link", startsWith("</api/v1/articles?"))
                .header("Link", not(containsString(EVIL)));
    }
}
