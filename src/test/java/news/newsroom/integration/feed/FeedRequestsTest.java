package news.newsroom.integration.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.scheduler.Scheduler;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.support.TestContent;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a feed reader may send: bad parameters and unknown slugs are 4xx problems (never a 5xx), odd Accept headers
 * still get the feed, and a feed's cost does not grow with its length.
 */
@QuarkusTest
@KnownNewsroom
class FeedRequestsTest {

    @Inject
    TestContent content;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    Scheduler scheduler;

    @Desk
    Newsdesk desk;

    /** The scheduled publisher's queries would be counted too; the last change is read once, then cached. */
    @BeforeEach
    void connectedWithBackgroundJobsPaused() throws InterruptedException {
        scheduler.pause();
        content.awaitConnected();
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "/feeds/rss.xml?limit=0                          | limit",
        "/feeds/rss.xml?limit=101                        | limit",
        "/feeds/rss.xml?limit=abc                        | limit",
        "/feeds/atom.xml?limit=0                         | limit",
        "/feeds/feed.json?limit=101                      | limit",
        "/feeds/sections/economy/atom.xml?limit=abc      | limit",
        "/feeds/tags/انتخابات/feed.json?limit=-1          | limit",
        "/feeds/authors/lina-khoury/rss.xml?limit=2.5    | limit",
        "/feeds/rss.xml?full=yes                         | full",
        "/feeds/feed.json?full=1                         | full",
    })
    void badParametersAreA400ProblemNamingThem(String path, String field) {
        Problems.refused(given().when().get(path).then(), 400, "invalid-parameter")
                .body("errors[0].field", is(field));
    }

    @ParameterizedTest(name = "{0} -> 404")
    @ValueSource(strings = {
        "/feeds/sections/no-such-section/rss.xml",
        "/feeds/sections/no-such-section/atom.xml",
        "/feeds/sections/no-such-section/feed.json",
        "/feeds/tags/لا-وسم/rss.xml",
        "/feeds/tags/no-such-tag/atom.xml",
        "/feeds/tags/no-such-tag/feed.json",
        "/feeds/authors/nobody/rss.xml",
        "/feeds/authors/nobody/atom.xml",
        "/feeds/authors/nobody/feed.json",
        "/feeds/sections/economy/nothing.xml",
    })
    void unknownSlugsAreA404Problem(String path) {
        Problems.refused(given().when().get(path).then(), 404, "not-found");
    }

    @Test
    void aSlugNoSectionCanHaveIsAClientErrorNotAServerError() {
        // NUL can never be stored, so it is refused before any lookup (web/StorableParameters).
        Problems.refused(given().urlEncodingEnabled(false).when().get("/feeds/sections/%00x/rss.xml").then(), 400,
                "invalid-parameter");
        Problems.refused(given().when().get("/feeds/tags/" + "و".repeat(300) + "/rss.xml").then(), 404, "not-found");
    }

    @ParameterizedTest(name = "{0} with Accept «{1}» -> {2}")
    @CsvSource(delimiter = '|', value = {
        "/feeds/rss.xml   | */*                                            | application/rss+xml;charset=UTF-8",
        "/feeds/rss.xml   | application/rss+xml                            | application/rss+xml;charset=UTF-8",
        "/feeds/rss.xml   | application/xml                                | application/rss+xml;charset=UTF-8",
        "/feeds/rss.xml   | text/xml                                       | application/rss+xml;charset=UTF-8",
        "/feeds/rss.xml   | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | application/rss+xml;charset=UTF-8",
        "/feeds/atom.xml  | application/atom+xml                           | application/atom+xml;charset=UTF-8",
        "/feeds/atom.xml  | text/xml                                       | application/atom+xml;charset=UTF-8",
        "/feeds/feed.json | application/feed+json                          | application/feed+json;charset=UTF-8",
        "/feeds/feed.json | application/json                               | application/feed+json;charset=UTF-8",
    })
    void feedReadersGetTheFeedWhateverGenericTypeTheyAskFor(String path, String accept, String type) {
        given().accept(accept).when().get(path).then().statusCode(200).header("Content-Type", is(type));
        given().accept(accept).when().get(path).then().statusCode(200).header("Content-Type", is(type));
    }

    @Test
    void noAcceptHeaderGetsTheFeed() throws Exception {
        // RestAssured always sends an Accept header; the JDK's client sends none.
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/feeds/atom.xml")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(Feeds.ATOM);
        assertThat(Feeds.text(response.body())).contains("<feed");

        given().header("Accept", "").when().get("/feeds/rss.xml").then().statusCode(200)
                .header("Content-Type", is(Feeds.RSS));
    }

    @ParameterizedTest(name = "{0} with Accept «{1}» -> 406")
    @CsvSource(delimiter = '|', value = {
        "/feeds/rss.xml   | application/json",
        "/feeds/atom.xml  | application/rss+xml",
        "/feeds/feed.json | application/xml",
        "/feeds/rss.xml   | application/rss+xml;q=0",
    })
    void aClientThatTakesNoneOfTheFeedsTypesIsA406Problem(String path, String accept) {
        Problems.refused(given().accept(accept).when().get(path).then(), 406, "not-acceptable")
                .body("detail", containsString("*/*"));
    }

    @Test
    void aFeedReadsTheSameNumberOfStatementsWhateverItsLength() {
        Instant base = Instant.now().minus(30, ChronoUnit.DAYS);
        for (int i = 0; i < 12; i++) {
            content.article("خبر إضافي رقم " + i).in(desk.energy()).by(desk.lina(), desk.rami())
                    .tagged(desk.water(), desk.solar()).publishedAt(base.plus(i, ChronoUnit.HOURS)).create();
        }
        given().when().get("/feeds/rss.xml?limit=3").then().statusCode(200);

        for (String feed : new String[] {"/feeds/rss.xml", "/feeds/sections/economy/atom.xml",
                "/feeds/tags/" + desk.water().getSlug() + "/feed.json", "/feeds/authors/lina-khoury/rss.xml"}) {
            String separator = feed.contains("?") ? "&" : "?";
            long few = statementsFor(feed + separator + "limit=2");
            long many = statementsFor(feed + separator + "limit=15");
            assertThat(many).as(feed).isEqualTo(few).isLessThanOrEqualTo(5);
            long fewInFull = statementsFor(feed + separator + "limit=2&full=true");
            long manyInFull = statementsFor(feed + separator + "limit=15&full=true");
            assertThat(manyInFull).as(feed + " in full").isEqualTo(fewInFull).isEqualTo(few + 1);
        }
    }

    private long statementsFor(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
