package news.newsroom.section;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class SectionResourceTest {

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;

    @Test
    void sectionsComeInTreeOrderWithPublishedCountsIncludingSubsections() {
        given().when().get("/api/v1/sections")
                .then().statusCode(200)
                .body("total", is(4))
                .body("limit", is(100))
                .body("nextCursor", nullValue())
                .body("items.slug", contains("politics", "economy", "energy", "culture"))
                .body("items.depth", contains(0, 0, 1, 0))
                .body("items.parentSlug", contains(null, null, "economy", null))
                // economy: waterCuts + budget + solarRoofs (in energy); the draft and the scheduled one do not count
                .body("items.articleCount", contains(1, 3, 1, 1))
                .body("items[1].name", is("اقتصاد"))
                .body("items[1].description", is("وصف قسم اقتصاد"))
                .body("items[1].position", is(2));
    }

    @Test
    void childrenFollowTheirParentEvenWhenListedEarlier() {
        Section books = content.section("books", "كتب", desk.culture(), 1);
        content.section("theatre", "مسرح", desk.culture(), 0);
        given().when().get("/api/v1/sections")
                .then().statusCode(200)
                .body("items.slug", contains("politics", "economy", "energy", "culture", "theatre", "books"));
        org.assertj.core.api.Assertions.assertThat(books.getId()).isPositive();
    }

    @Test
    void sectionsPageWithTheCursor() {
        var first = given().queryParam("limit", 3).when().get("/api/v1/sections")
                .then().statusCode(200)
                .body("items.slug", contains("politics", "economy", "energy"))
                .extract();
        given().queryParam("limit", 3).queryParam("cursor", (String) first.path("nextCursor"))
                .when().get("/api/v1/sections")
                .then().statusCode(200)
                .body("items.slug", contains("culture"))
                .body("nextCursor", nullValue());
    }

    @Test
    void oneSectionBySlug() {
        given().when().get("/api/v1/sections/energy")
                .then().statusCode(200)
                .body("slug", is("energy"))
                .body("name", is("طاقة"))
                .body("parentSlug", is("economy"))
                .body("depth", is(1))
                .body("articleCount", is(1));
    }

    @Test
    void theCountIsWhatTheSectionFilterLists() {
        int listed = given().queryParam("section", "economy").when().get("/api/v1/articles")
                .then().statusCode(200).extract().path("total");
        given().when().get("/api/v1/sections/economy").then().statusCode(200).body("articleCount", is(listed));
    }
}
