package news.newsroom.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * publishedAtLocal is an RFC 3339 date-time for any date: an archive article from before Damascus kept standard
 * time (its offset was local mean time, +02:25:12) is shown at an offset of whole minutes, at the same instant.
 */
@QuarkusTest
@KnownNewsroom
class PublicationDateApiTest {

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;

    @ParameterizedTest(name = "published {0} is shown locally as {1}")
    @CsvSource({
        "1900-06-01T09:00:00Z, 1900-06-01T11:25:00+02:25",
        "2026-03-01T10:00:00Z, 2026-03-01T13:00:00+03:00"})
    void publishedAtLocalHasAnOffsetOfWholeMinutes(String publishedAt, String local) {
        Article article = content.article("مقال من الأرشيف").in(desk.economy()).by(desk.lina())
                .publishedAt(Instant.parse(publishedAt)).create();

        given().when().get("/api/v1/articles/" + article.getId())
                .then().statusCode(200)
                .body("publishedAt", is(publishedAt))
                .body("publishedAtLocal", is(local));
    }
}
