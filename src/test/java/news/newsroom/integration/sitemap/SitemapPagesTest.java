package news.newsroom.integration.sitemap;

import static io.restassured.RestAssured.given;
import static java.time.temporal.ChronoUnit.HOURS;
import static news.newsroom.support.Problems.refused;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The article sitemap cut into pages of {@code newsroom.sitemaps.page-size} ids (3 here, so a few articles fill
 * several pages): no page lists more, together they list every published article once, and the index lists exactly
 * the pages that list one.
 */
@QuarkusTest
@TestProfile(SitemapPagesTest.ThreeUrlsAPage.class)
@KnownNewsroom
class SitemapPagesTest {

    public static class ThreeUrlsAPage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.sitemaps.page-size", "3");
        }
    }

    private static final int PAGE_SIZE = 3;
    private static final String PAGES = "/s:sitemapindex/s:sitemap[contains(s:loc, '/sitemaps/articles-')]/";

    @Inject
    NewsBurst burst;

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void everyPageListsAtMostThreeAndTogetherTheyListEveryPublishedArticleOnce() {
        burst.publish(desk.culture(), 10, Instant.now().minus(1, HOURS));
        JsonPath published = publishedArticles();

        ParsedSitemap index = ParsedSitemap.get(SitemapsTest.INDEX);

        List<String> pages = index.strings(PAGES + "s:loc");
        assertThat(pages).containsExactlyElementsOf(published.<Integer>getList("items.id").stream()
                .map(id -> (id - 1) / PAGE_SIZE + 1).distinct().sorted()
                .map(page -> host() + "/sitemaps/articles-" + page + ".xml").toList());
        List<String> listed = new ArrayList<>();
        for (String page : pages) {
            String path = page.substring(host().length());
            ExtractableResponse<Response> response = given().when().get(path).then().statusCode(200).extract();
            List<String> urls = ParsedSitemap.of(response.asByteArray()).strings(SitemapsTest.URLS);
            assertThat(urls).as(path).isNotEmpty().hasSizeLessThanOrEqualTo(PAGE_SIZE);
            listed.addAll(urls);
            String lastmod = index.string("/s:sitemapindex/s:sitemap[s:loc='" + page + "']/s:lastmod");
            assertThat(ZonedDateTime.parse(response.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()).as("Last-Modified of " + path).isEqualTo(OffsetDateTime.parse(lastmod).toInstant());
        }
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(published.getList("items.url", String.class));
    }

    @Test
    void aPageOfUnpublishedArticlesIsNeitherListedNorServed() {
        long scheduledPage = (desk.scheduled().getId() - 1) / PAGE_SIZE + 1;
        assertThat((desk.archived().getId() - 1) / PAGE_SIZE + 1).as("the archived article's page").isEqualTo(scheduledPage);
        assertThat(publishedArticles().<Integer>getList("items.id"))
                .noneMatch(id -> (id - 1) / PAGE_SIZE + 1 == scheduledPage);

        assertThat(ParsedSitemap.get(SitemapsTest.INDEX).strings(PAGES + "s:loc"))
                .isNotEmpty().noneMatch(url -> url.endsWith("/articles-" + scheduledPage + ".xml"));
        refused(given().when().get("/sitemaps/articles-" + scheduledPage + ".xml").then(), 404, "not-found");
    }

    @Test
    void withdrawingThePublishedArticlesOfAPageTakesItOutOfTheIndexAtOnce() throws InterruptedException {
        content.awaitConnected();
        long page = (desk.theatre().getId() - 1) / PAGE_SIZE + 1;
        List<Integer> onThePage = publishedArticles().<Integer>getList("items.id").stream()
                .filter(id -> (id - 1) / PAGE_SIZE + 1 == page).toList();
        String file = "/articles-" + page + ".xml";
        assertThat(ParsedSitemap.get(SitemapsTest.INDEX).strings(PAGES + "s:loc")).anyMatch(url -> url.endsWith(file));
        ParsedSitemap.get("/sitemaps" + file);

        onThePage.forEach(id -> as(editor).when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200));

        assertThat(ParsedSitemap.get(SitemapsTest.INDEX).strings(PAGES + "s:loc")).noneMatch(url -> url.endsWith(file));
        refused(given().when().get("/sitemaps" + file).then(), 404, "not-found");
    }

    private static JsonPath publishedArticles() {
        return given().queryParam("limit", 100).when().get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String host() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }
}
