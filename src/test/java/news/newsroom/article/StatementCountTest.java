package news.newsroom.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.TestContent;
import news.newsroom.tag.Tag;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import news.newsroom.support.OpenApiValidation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lists cost a fixed number of SQL statements whatever their size: no query per article (N+1). */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class StatementCountTest {

    @Inject
    TestContent content;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    /** The scheduled publisher's queries would be counted too. */
    @BeforeEach
    void pauseBackgroundJobs() {
        scheduler.pause();
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @BeforeEach
    void archiveOfSixtyArticles() {
        content.clear();
        Section economy = content.section("economy", "اقتصاد", null, 1);
        Section energy = content.section("energy", "طاقة", economy, 1);
        Author lina = content.author("lina-khoury", "لينا خوري");
        Author rami = content.author("rami-haddad", "رامي حداد");
        Tag water = content.tag("المياه");
        Tag solar = content.tag("الطاقة الشمسية");
        Instant base = Instant.parse("2025-11-29T08:00:00Z");
        for (int i = 0; i < 60; i++) {
            content.article("خبر رقم " + i).in(i % 2 == 0 ? economy : energy).by(lina, rami).tagged(water, solar)
                    .publishedAt(base.minus(i, ChronoUnit.HOURS)).create();
        }
    }

    @Test
    void listStatementsDoNotGrowWithThePageSize() {
        // The count is cached while content is unchanged: measure both sizes with it already known.
        statementsFor("/api/v1/articles?limit=1", 1);
        long small = statementsFor("/api/v1/articles?limit=2", 2);
        long large = statementsFor("/api/v1/articles?limit=50", 50);
        assertThat(large).isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(5);
    }

    @Test
    void filteredAndCursorPagesToo() {
        // Fetching the cursor also makes the filtered count known, as for a reader paging on.
        String cursor = given().when().get("/api/v1/articles?limit=3&section=economy&tag=المياه")
                .then().statusCode(200).extract().path("nextCursor");
        long small = statementsFor("/api/v1/articles?limit=3&section=economy&tag=%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87&cursor=" + cursor, 3);
        long large = statementsFor("/api/v1/articles?limit=40&section=economy&tag=%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87&cursor=" + cursor, 40);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void searchPagesTooAndTheirHitsShowWhatTheListShows() {
        String search = "/api/v1/articles?q=%D8%AE%D8%A8%D8%B1"; // «خبر», in every title
        statementsFor(search + "&limit=1", 1); // the total is cached while content is unchanged
        long small = statementsFor(search + "&limit=2", 2);
        long large = statementsFor(search + "&limit=40", 40);
        assertThat(large).isEqualTo(small);
        // Every hit is at the same level, so newest first, as the list: the summaries, read for a search in one
        // statement (here cached from the searches above, ArticleSummaryCache), are the list's (bylines in order,
        // tags, section, image), plus the highlight.
        List<Map<String, Object>> found = given().urlEncodingEnabled(false).when().get(search + "&limit=5")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> listed = given().when().get("/api/v1/articles?limit=5")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(found).allSatisfy(hit -> assertThat(hit.get("highlight")).asString().contains("<mark>خبر</mark>"));
        found.forEach(hit -> hit.remove("highlight"));
        listed.forEach(item -> item.remove("highlight"));
        assertThat(found).hasSize(5).isEqualTo(listed);
        assertThat(found.get(0)).extractingByKey("authors").asList().hasSize(2);
        assertThat(found.get(0)).extractingByKey("tags").asList().hasSize(2);
    }

    @Test
    void relatedArticlesToo() {
        long related = statementsFor("/api/v1/articles/1/related", 6);
        assertThat(related).isLessThanOrEqualTo(6);
    }

    private long statementsFor(String path, int expectedItems) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        var response = given().urlEncodingEnabled(false).when().get(path).then().statusCode(200);
        if (path.contains("related")) {
            response.body("$", hasSize(expectedItems));
        } else {
            response.body("items", hasSize(expectedItems));
        }
        return statistics.getPrepareStatementCount();
    }
}
