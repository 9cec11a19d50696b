package news.newsroom.search;

import static news.newsroom.support.Searches.id;
import static news.newsroom.support.Searches.search;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.newsroom.article.Article;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import news.newsroom.web.Language;
import news.newsroom.support.Searches;

/**
 * The search settings an operator can turn: a recency weight large enough to let fresh news overtake better-placed
 * old matches, and the number of matches above which totals are estimated (0 here, so every search that is not
 * read to its end gets an estimate), and how many searches run at once (1 here) and how long the others wait.
 */
@QuarkusTest
@TestProfile(SearchTuningTest.Tuned.class)
@ExtendWith(OpenApiValidation.class)
class SearchTuningTest {

    public static class Tuned implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.search.recency-weight", "2", "newsroom.search.exact-total-limit", "0",
                    "newsroom.search.concurrent-searches", "1", "newsroom.search.longest-wait", "PT0.3S");
        }
    }

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    TestContent content;

    @Inject
    SearchQueue searchQueue;

    Section section;
    Author author;

    @BeforeEach
    void newsroom() {
        content.clear();
        section = content.section("tuning", "منوعات", null, 1);
        author = content.author("tuning-author", "سلمى نصر");
    }

    private Article article(String title, Instant publishedAt, String body) {
        return content.article(title).in(section).by(author).publishedAt(publishedAt)
                .body(new ParagraphBlock(body)).create();
    }

    @Test
    void aHeavyRecencyWeightLetsTodaysBodyMatchOvertakeAYearOldTitleMatch() {
        Article oldTitle = article("الزعتر البلدي في الأسواق", NOW.minus(365, ChronoUnit.DAYS), "تقرير قديم.");
        Article freshBody = article("جولة الصباح", NOW.minus(1, ChronoUnit.HOURS), "وجدنا الزعتر بسعر جيد.");
        Article weekOldBody = article("جولة الأسبوع", NOW.minus(7, ChronoUnit.DAYS), "الزعتر متوفر.");

        // Title 1.25 + 2·30/(30+365) ≈ 1.40 against body 0 + 2·30/(30+0.04) ≈ 2.0 and 2·30/37 ≈ 1.62.
        search("الزعتر").statusCode(200)
                .body("items.id", contains(id(freshBody), id(weekOldBody), id(oldTitle)));
    }

    @Test
    void aSearchNotReadToItsEndGetsAnEstimatedTotalNeverBelowWhatWasSeen() {
        for (int i = 0; i < 5; i++) {
            article("السماق الحلبي " + i, NOW.minus(i + 1, ChronoUnit.DAYS), "نص.");
        }

        // Page one of two: more matches than the page, so the total is PostgreSQL's estimate.
        search("السماق", "limit", 2).statusCode(200).body("totalEstimated", is(true))
                .body("total", greaterThanOrEqualTo(3)).body("items.size()", is(2));
        // Everything on one page: every level was read to its end, so the total is exact whatever the limit.
        search("السماق", "limit", 10).statusCode(200).body("totalEstimated", is(false)).body("total", is(5));
        // Time orders likewise: exact when the page holds all, else estimated.
        search("السماق", "sort", "newest", "limit", 10).statusCode(200).body("totalEstimated", is(false))
                .body("total", is(5));
        search("السماق", "sort", "newest", "limit", 2).statusCode(200).body("totalEstimated", is(true));
        // A page past the end proves nothing about the count: the estimate is not raised to its offset.
        search("السماق", "sort", "newest", "limit", 10, "page", 50).statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).body("total", org.hamcrest.Matchers.lessThan(100));
        // Lists without q are always counted.
        io.restassured.RestAssured.given().queryParam("limit", 2).when().get(news.newsroom.support.Searches.ARTICLES)
                .then().statusCode(200).body("totalEstimated", is(false)).body("total", is(5));
    }

    @Test
    void aSearchThatWaitsTooLongForItsTurnIsAnswered503WithRetryAfterInTheReadersLanguage() throws Exception {
        Article found = article("الزعتر البلدي في الأسواق", NOW.minus(1, ChronoUnit.DAYS), "تقرير.");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another search holds the only permit (newsroom.search.concurrent-searches=1) until released.
        CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> searchQueue.run(() -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        try {
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            given().header("Accept-Language", "ar").queryParam("q", "الزعتر").get("/api/v1/articles").then()
                    .statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .header("Retry-After", is("1"))
                    .body("type", is("https://newsroom.example/problems/busy"))
                    .body("status", is(503))
                    .body("title", is("الخدمة مشغولة، حاول بعد قليل"))
                    .body("detail", startsWith("عمليات البحث الجارية أكثر"));
            given().header("Accept-Language", "en").queryParam("q", "الزعتر البلدي").get("/api/v1/articles").then()
                    .statusCode(503)
                    .header("Retry-After", is("1"))
                    .body("detail", startsWith("More searches are running than the service takes at once"));
            // Lists without a search do not wait for searches.
            given().get("/api/v1/articles").then().statusCode(200).body("items.id", contains(id(found)));
        } finally {
            release.countDown();
            running.get(10, TimeUnit.SECONDS);
        }
        // The refused search was not cached as an answer: asked again with a free permit, it runs.
        given().header("Accept-Language", "ar").queryParam("q", "الزعتر").get("/api/v1/articles").then()
                .statusCode(200)
                .body("items.id", contains(id(found)));
    }
}
