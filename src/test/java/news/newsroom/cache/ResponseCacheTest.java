package news.newsroom.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import news.newsroom.article.Article;
import news.newsroom.comment.Readers;
import news.newsroom.section.Section;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cached public responses: a repeated read and a conditional read touch no database, and every kind of write
 * that changes what readers see makes the next read fresh, at once.
 */
@QuarkusTest
@KnownNewsroom
class ResponseCacheTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;
    long article;

    /** The scheduled publisher's queries would be counted too. */
    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @BeforeEach
    void connectedWithBackgroundJobsPaused() throws InterruptedException {
        scheduler.pause();
        content.awaitConnected();
        article = desk.waterCuts().getId();
    }

    @Test
    void aRepeatedReadAndA304NeedNoDatabase() {
        String etag = get(ARTICLES + "/" + article).statusCode(200).extract().header("ETag");

        long statements = statementsDuring(() -> {
            get(ARTICLES + "/" + article).statusCode(200).header("ETag", etag).body("id", is((int) article));
            given().header("If-None-Match", etag).when().get(ARTICLES + "/" + article).then()
                    .statusCode(304).header("ETag", etag).header("Cache-Control", is(notBlank()));
        });

        assertThat(statements).isZero();
    }

    @Test
    void listPagesKeepTheirNextLink() {
        var first = get(ARTICLES + "?limit=2").statusCode(200).extract();
        var again = get(ARTICLES + "?limit=2").statusCode(200).extract();

        assertThat(again.header("Link")).isEqualTo(first.header("Link")).contains("rel=\"next\"");
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void staffReadsAreNeverAnsweredFromTheCachedCopy() {
        get(ARTICLES + "/" + article).statusCode(200);

        long statements = statementsDuring(() -> as(editor).when().get(ARTICLES + "/" + article).then().statusCode(200));

        assertThat(statements).isPositive();
    }

    @Test
    void anEditIsSeenAtOnceAndOtherArticlesStayCached() {
        long other = desk.solarRoofs().getId();
        get(ARTICLES + "/" + article).statusCode(200);
        get(ARTICLES).statusCode(200);
        get(ARTICLES + "/" + other).statusCode(200);

        as(editor).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", staffEtag(article))
                .body("{\"title\": \"انقطاع المياه ينتهي في أحياء دمشق\"}")
                .when().patch(ARTICLES + "/" + article).then().statusCode(200);

        get(ARTICLES + "/" + article).statusCode(200).body("title", is("انقطاع المياه ينتهي في أحياء دمشق"));
        get(ARTICLES).statusCode(200).body("items.title", hasItem("انقطاع المياه ينتهي في أحياء دمشق"));
        assertThat(statementsDuring(() -> get(ARTICLES + "/" + other).statusCode(200))).isZero();
    }

    @Test
    void unpublishingAndPublishingAreSeenAtOnce() {
        get(ARTICLES + "/" + article).statusCode(200);
        get(ARTICLES).statusCode(200).body("items.id", hasItem((int) article));

        as(editor).when().post(ARTICLES + "/" + article + "/unpublish").then().statusCode(200);
        get(ARTICLES + "/" + article).statusCode(404);
        get(ARTICLES).statusCode(200).body("items.id", not(hasItem((int) article)));

        as(editor).contentType("application/json").body("{}")
                .when().post(ARTICLES + "/" + article + "/publish").then().statusCode(200);
        get(ARTICLES + "/" + article).statusCode(200);
        get(ARTICLES).statusCode(200).body("items.id", hasItem((int) article));
    }

    @Test
    void aDeletedArticleIsGoneAtOnce() {
        get(ARTICLES + "/" + article).statusCode(200);

        as(editor).when().delete(ARTICLES + "/" + article).then().statusCode(204);

        get(ARTICLES + "/" + article).statusCode(404);
    }

    @Test
    void anApprovedCommentIsSeenAtOnce() {
        int before = get(ARTICLES + "/" + article).statusCode(200).extract().path("commentCount");
        get(ARTICLES + "/" + article + "/comments").statusCode(200).body("total", is(0));
        long comment = ((Number) Readers.post(article, "10.9.0.1", "تعليق عن انقطاع المياه").then().statusCode(201)
                .extract().path("id")).longValue();

        as(moderator).contentType("application/json").body(Map.of("status", "approved"))
                .when().patch("/api/v1/moderation/comments/" + comment).then().statusCode(200);

        get(ARTICLES + "/" + article).statusCode(200).body("commentCount", is(before + 1));
        get(ARTICLES + "/" + article + "/comments").statusCode(200).body("total", is(1))
                .body("items[0].body", is("تعليق عن انقطاع المياه"));
    }

    @Test
    void aRenamedSectionIsSeenOnItsArticlesAtOnce() {
        Article inSection = desk.waterCuts();
        Section section = inSection.getSection();
        get(ARTICLES + "/" + article).statusCode(200).body("section.name", is(section.getName()));

        as(editor).contentType("application/json")
                .body(Map.of("name", "شؤون محلية", "slug", section.getSlug(), "position", 1))
                .when().put("/api/v1/sections/" + section.getSlug()).then().statusCode(200);

        get(ARTICLES + "/" + article).statusCode(200).body("section.name", is("شؤون محلية"));
        get(ARTICLES).statusCode(200).body("items.find { it.id == " + article + " }.section.name", is("شؤون محلية"));
    }

    private static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    private RequestSpecification as(StaffUser user) {
        return given().auth().oauth2(staff.tokenFor(user));
    }

    private String staffEtag(long id) {
        return as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private long statementsDuring(Runnable requests) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        requests.run();
        return statistics.getPrepareStatementCount();
    }

    private static org.hamcrest.Matcher<String> notBlank() {
        return not(org.hamcrest.Matchers.blankOrNullString());
    }
}
