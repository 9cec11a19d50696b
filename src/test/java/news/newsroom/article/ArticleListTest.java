package news.newsroom.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class ArticleListTest {

    @Desk
    Newsdesk desk;

    @Test
    void listsPublishedArticlesNewestFirstInTheEnvelope() {
        given().when().get("/api/v1/articles")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("total", is(5))
                .body("limit", is(20))
                .body("nextCursor", nullValue())
                .body("items.title", contains(
                        desk.electionsToday().getTitle(), desk.solarRoofs().getTitle(), desk.waterCuts().getTitle(),
                        desk.budget().getTitle(), desk.theatre().getTitle()));
    }

    @Test
    void summariesCarryEverythingAListShowsButNotTheBody() {
        given().when().get("/api/v1/articles?limit=1")
                .then().statusCode(200)
                .body("items[0].id", is(desk.electionsToday().getId().intValue()))
                .body("items[0].slug", is("لجنة-الانتخابات-تعلن-جدول-الاقتراع-في-حمص"))
                .body("items[0].subtitle", notNullValue())
                .body("items[0].excerpt", notNullValue())
                .body("items[0].section.slug", is("politics"))
                .body("items[0].section.name", is("سياسة"))
                .body("items[0].authors[0].slug", is("rami-haddad"))
                .body("items[0].authors[0].name", is("رامي حداد"))
                .body("items[0].tags[0].slug", is("انتخابات"))
                .body("items[0].publishedAt", is("2025-11-29T08:19:00Z"))
                .body("items[0].updatedAt", notNullValue())
                .body("items[0].featuredImage.url", startsWith("https://"))
                .body("items[0].readingTimeMinutes", is(1))
                .body("items[0].commentCount", is(0))
                .body("items[0].url", startsWith("https://newsroom.example/articles/" + desk.electionsToday().getId() + "/%D9%84"))
                .body("items[0].language", is("ar"))
                .body("items[0].direction", is("rtl"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("blocks")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("html")));
    }

    @Test
    void bylinesKeepTheirOrder() {
        given().when().get("/api/v1/articles/" + desk.waterCuts().getId())
                .then().statusCode(200)
                .body("authors.slug", contains("lina-khoury", "rami-haddad"));
    }

    @Test
    void arabicIsWrittenAsUtf8NotEscaped() {
        String raw = given().when().get("/api/v1/articles").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(raw)
                .contains("لجنة الانتخابات تعلن جدول الاقتراع في حمص")
                .doesNotContain("\\u0644");
    }

    @Test
    void draftsScheduledAndArchivedNeverAppear() {
        given().queryParam("limit", 100).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItems(desk.draft().getId().intValue())))
                .body("items.id", not(org.hamcrest.Matchers.hasItems(desk.scheduled().getId().intValue())))
                .body("items.id", not(org.hamcrest.Matchers.hasItems(desk.archived().getId().intValue())));
        given().queryParam("tag", "المياه").when().get("/api/v1/articles")
                .then().statusCode(200).body("total", is(2));
    }

    @Test
    void sectionFilterIncludesSubsections() {
        given().queryParam("section", "economy").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("total", is(3))
                .body("items.title", contains(desk.solarRoofs().getTitle(), desk.waterCuts().getTitle(),
                        desk.budget().getTitle()));
        given().queryParam("section", "energy").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.solarRoofs().getTitle()));
    }

    @Test
    void repeatedTagsMustAllMatch() {
        given().queryParam("tag", "المياه").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.solarRoofs().getTitle(), desk.waterCuts().getTitle()));
        given().queryParam("tag", "المياه", "الطاقة-الشمسية").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.solarRoofs().getTitle()));
        given().queryParam("tag", "المياه", "انتخابات").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("total", is(0))
                .body("items", empty());
    }

    @Test
    void authorFilterFindsCoBylinedArticles() {
        given().queryParam("author", "rami-haddad").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.electionsToday().getTitle(), desk.waterCuts().getTitle(),
                        desk.theatre().getTitle()));
    }

    @Test
    void dateWindowTakesDatesInDamascusTimeAndInstants() {
        // 2025-11-27 in Damascus runs from 2025-11-26T21:00Z to 2025-11-27T21:00Z: only waterCuts (27th 08:19Z).
        given().queryParam("from", "2025-11-27").queryParam("to", "2025-11-27").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.waterCuts().getTitle()));
        given().queryParam("from", "2025-11-28T08:19:00Z").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.electionsToday().getTitle(), desk.solarRoofs().getTitle()));
        given().queryParam("to", "2025-11-26T08:19:00+00:00").when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.budget().getTitle(), desk.theatre().getTitle()));
    }

    @Test
    void filtersCombine() {
        given().queryParam("section", "economy").queryParam("author", "lina-khoury").queryParam("tag", "انتخابات")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.budget().getTitle()));
    }

    @Test
    void oldestSortReversesTheOrder() {
        given().queryParam("sort", "oldest").queryParam("limit", 2).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.theatre().getTitle(), desk.budget().getTitle()))
                .body("nextCursor", notNullValue());
    }

    @Test
    void pageGivesRandomAccess() {
        given().queryParam("limit", 2).queryParam("page", 2).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("total", is(5))
                .body("items.title", contains(desk.waterCuts().getTitle(), desk.budget().getTitle()));
        given().queryParam("limit", 2).queryParam("page", 9).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("total", is(5))
                .body("items", empty())
                .body("nextCursor", nullValue());
    }

    @Test
    void nextPageIsInTheLinkHeaderAndTheBody() {
        var response = given().queryParam("limit", 2).queryParam("section", "economy").when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("section=economy"))
                .extract();
        String cursor = response.path("nextCursor");
        org.assertj.core.api.Assertions.assertThat(response.header("Link")).contains("cursor=" + cursor);
        given().queryParam("limit", 2).queryParam("section", "economy").queryParam("cursor", cursor)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.title", contains(desk.budget().getTitle()))
                .body("nextCursor", nullValue())
                .header("Link", nullValue());
    }

    @Test
    void everyItemOfEveryListIsPublic() {
        given().queryParam("limit", 100).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.language", everyItem(equalTo("ar")));
    }
}
