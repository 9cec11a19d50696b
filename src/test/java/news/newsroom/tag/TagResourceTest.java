package news.newsroom.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class TagResourceTest {

    @Inject
    TestContent content;

    @Test
    void tagsByNameWithPublishedArticleCounts() {
        given().when().get("/api/v1/tags")
                .then().statusCode(200)
                .body("total", is(3))
                .body("items.name", contains("الطاقة الشمسية", "المياه", "انتخابات"))
                .body("items.slug", contains("الطاقة-الشمسية", "المياه", "انتخابات"))
                .body("items.articleCount", contains(1, 2, 2));
    }

    @Test
    void anArabicTagSlugWorksPercentEncoded() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/tags/%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9")
                .then().statusCode(200)
                .body("name", is("الطاقة الشمسية"))
                .body("articleCount", is(1));
    }

    @Test
    void aTagCreatedWithoutArticlesCountsZero() {
        content.tag("السياحة");
        given().when().get("/api/v1/tags/السياحة")
                .then().statusCode(200)
                .body("articleCount", is(0));
    }
}
