package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;

/** {@code OPTIONS} and a 405's {@code Allow} name the methods of the route that serves the path, not its siblings'. */
@QuarkusTest
class AllowedMethodsTest {

    @Inject
    AllowedMethods allowedMethods;

    @Test
    void optionsOnTheChallengeListsOnlyItsOwnMethods() {
        given().when().options("/api/v1/comments/challenge")
                .then().statusCode(is(200))
                .header("Allow", is("GET, HEAD, OPTIONS"));
    }

    @Test
    void optionsOnAnArticleListsWhatEditorsAndReadersMayDoToIt() {
        given().when().options("/api/v1/articles/1")
                .then().statusCode(200)
                .header("Allow", is("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
    }

    @Test
    void optionsOnBulkModerationDoesNotListTheMethodsOfOneComment() {
        given().when().options("/api/v1/moderation/comments/bulk")
                .then().statusCode(200)
                .header("Allow", is("OPTIONS, POST"));
    }

    @Test
    void aLiteralRouteIsNotMistakenForItsTemplatedSibling() {
        assertThat(allowedMethods.at("/api/v1/moderation/comments/bulk")).containsExactly("OPTIONS", "POST");
        assertThat(allowedMethods.at("/api/v1/moderation/comments/7")).containsExactly("OPTIONS", "PATCH");
    }

    @Test
    void aPathNoRouteServesIsNotFound() {
        Problems.refused(given().when().options("/api/v1/no-such-thing").then(), 404, "not-found");
    }
}
