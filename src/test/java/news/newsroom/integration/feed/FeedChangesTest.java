package news.newsroom.integration.feed;

import static io.restassured.RestAssured.given;
import static news.newsroom.integration.feed.Feeds.idOf;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import news.newsroom.article.Article;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds are cached like every public read, and publishing, editing or withdrawing an article changes the site's
 * feed and those of its section, tags and authors at once; an item keeps its id through edits and slug changes.
 */
@QuarkusTest
@KnownNewsroom
class FeedChangesTest {

    private static final String ARTICLES = "/api/v1/articles/";

    @Inject
    TestContent content;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    Scheduler scheduler;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    /** The feeds the water-cuts article is in: the site's, its section's, its tag's and its first author's. */
    private List<String> feedsOfWaterCuts;

    @BeforeEach
    void connectedWithBackgroundJobsPaused() throws InterruptedException {
        scheduler.pause();
        content.awaitConnected();
        feedsOfWaterCuts = List.of("/feeds/rss.xml", "/feeds/sections/economy/atom.xml",
                "/feeds/tags/" + desk.water().getSlug() + "/feed.json",
                "/feeds/authors/lina-khoury/rss.xml?full=true");
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @Test
    void anEditIsInEveryFeedOfTheArticleAtOnceUnderTheSameId() {
        Article article = desk.waterCuts();
        feedsOfWaterCuts.forEach(feed -> assertThat(titleIn(feed, article)).contains("جدول جديد لتوزيع المياه في أحياء دمشق"));

        edit(article, "{\"title\": \"انقطاع المياه ينتهي في أحياء دمشق\"}");

        feedsOfWaterCuts.forEach(feed -> assertThat(titleIn(feed, article)).as(feed)
                .contains("انقطاع المياه ينتهي في أحياء دمشق"));
    }

    @Test
    void aSlugChangeMovesTheLinkButKeepsTheId() {
        Article article = desk.waterCuts();
        Item before = itemOf(Feeds.rss("/feeds/rss.xml"), article).orElseThrow();

        edit(article, "{\"slug\": \"water-schedule-damascus\"}");

        Item after = itemOf(Feeds.rss("/feeds/rss.xml"), article).orElseThrow();
        assertThat(after.getGuid().getValue()).isEqualTo(before.getGuid().getValue()).isEqualTo(idOf(article));
        assertThat(after.getLink()).isNotEqualTo(before.getLink())
                .isEqualTo(Feeds.SITE + "/articles/" + article.getId() + "/water-schedule-damascus");
        Entry entry = Feeds.atom("/feeds/atom.xml").getEntries().stream()
                .filter(candidate -> candidate.getId().equals(idOf(article))).findFirst().orElseThrow();
        assertThat(entry.getAlternateLinks().get(0).getHref()).endsWith("/water-schedule-damascus");
        Feeds.json("/feeds/feed.json").body("items.id", hasItem(idOf(article)))
                .body("items.url", hasItem(Feeds.SITE + "/articles/" + article.getId() + "/water-schedule-damascus"));
    }

    @Test
    void withdrawingAndPublishingAreInEveryFeedOfTheArticleAtOnce() {
        Article article = desk.waterCuts();
        feedsOfWaterCuts.forEach(feed -> assertThat(titleIn(feed, article)).as(feed).isPresent());

        as(editor).when().post(ARTICLES + article.getId() + "/unpublish").then().statusCode(200);
        feedsOfWaterCuts.forEach(feed -> assertThat(titleIn(feed, article)).as(feed).isEmpty());

        as(editor).contentType("application/json").body("{}").when().post(ARTICLES + article.getId() + "/publish")
                .then().statusCode(200);
        feedsOfWaterCuts.forEach(feed -> assertThat(titleIn(feed, article)).as(feed).isPresent());
    }

    @Test
    void publishingADraftPutsItInItsFeedsAtOnce() {
        Article draft = desk.draft();
        feedsOfWaterCuts.forEach(feed -> assertThat(titleIn(feed, draft)).as(feed).isEmpty());

        as(editor).contentType("application/json").body("{}").when().post(ARTICLES + draft.getId() + "/publish")
                .then().statusCode(200);

        feedsOfWaterCuts.forEach(feed -> assertThat(titleIn(feed, draft)).as(feed).contains(draft.getTitle()));
    }

    @Test
    void aFeedHasCachingHeadersAndAConditionalReadIsA304WithoutTheDatabase() {
        for (String feed : feedsOfWaterCuts) {
            ExtractableResponse<Response> first = given().when().get(feed).then().statusCode(200)
                    .header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                    .header("Cache-Control", containsString("public"))
                    .header("Surrogate-Key", containsString("articles"))
                    .header("Surrogate-Key", containsString("article-" + desk.waterCuts().getId()))
                    .extract();
            String etag = first.header("ETag");

            long statements = statementsDuring(() -> {
                given().when().get(feed).then().statusCode(200).header("ETag", is(etag));
                given().header("If-None-Match", etag).when().get(feed).then().statusCode(304).header("ETag", is(etag));
                given().header("If-Modified-Since", first.header("Last-Modified")).when().get(feed).then()
                        .statusCode(304);
            });
            assertThat(statements).as(feed).isZero();
        }
        given().when().get(feedsOfWaterCuts.get(2)).then()
                .header("Surrogate-Key", containsString("tag-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87"));
    }

    @Test
    void afterAnEditTheOldEtagGetsTheNewFeed() {
        String feed = feedsOfWaterCuts.get(0);
        String etag = given().when().get(feed).then().statusCode(200).extract().header("ETag");

        edit(desk.waterCuts(), "{\"excerpt\": \"ملخص جديد بعد التعديل.\"}");

        given().header("If-None-Match", etag).when().get(feed).then().statusCode(200)
                .header("ETag", not(is(etag)));
    }

    private void edit(Article article, String mergePatch) {
        String etag = as(editor).when().get(ARTICLES + article.getId()).then().statusCode(200).extract().header("ETag");
        as(editor).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(mergePatch).when().patch(ARTICLES + article.getId()).then().statusCode(200);
    }

    /** The article's title as the feed at {@code path} shows it; empty when the feed does not hold it. */
    private static Optional<String> titleIn(String path, Article article) {
        if (path.contains("/feed.json")) {
            List<String> titles = Feeds.jsonOf(path).getList("items.findAll { it.id == '" + idOf(article) + "' }.title");
            return titles.stream().findFirst();
        }
        if (path.contains("/atom.xml")) {
            return Feeds.atom(path).getEntries().stream().filter(entry -> entry.getId().equals(idOf(article)))
                    .map(entry -> entry.getTitleEx().getValue()).findFirst();
        }
        return itemOf(Feeds.rss(path), article).map(Item::getTitle);
    }

    private static Optional<Item> itemOf(Channel channel, Article article) {
        return channel.getItems().stream().filter(item -> item.getGuid().getValue().equals(idOf(article))).findFirst();
    }

    private long statementsDuring(Runnable requests) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        requests.run();
        return statistics.getPrepareStatementCount();
    }
}
