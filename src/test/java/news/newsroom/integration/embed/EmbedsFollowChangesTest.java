package news.newsroom.integration.embed;

import static news.newsroom.integration.embed.EmbedRequests.oEmbed;
import static news.newsroom.integration.embed.EmbedRequests.structuredData;
import static news.newsroom.integration.embed.EmbedRequests.structuredDataOf;
import static news.newsroom.integration.embed.EmbedRequests.websiteUrl;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.support.TestContent;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Structured data and oEmbed are served from the response cache, and an edit, a withdrawal or a renamed section or
 * author shows in both at once: the write's content-changed event drops the cached copies.
 */
@QuarkusTest
@KnownNewsroom
class EmbedsFollowChangesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

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
    long id;
    String url;

    @BeforeEach
    void bothOutputsCached() throws InterruptedException {
        // The scheduled publisher's statements would be counted too; nothing is cached before the node listens.
        scheduler.pause();
        content.awaitConnected();
        id = desk.solarRoofs().getId();
        url = websiteUrl(id);
        headline().isEqualTo("الألواح الشمسية تغيّر وجه الأسطح في حمص");
        oEmbed(url).statusCode(200).body("title", is("الألواح الشمسية تغيّر وجه الأسطح في حمص"));
        assertThat(statementsDuring(() -> {
            structuredData(id).statusCode(200);
            oEmbed(url).statusCode(200);
        })).as("SQL statements of reads answered from the cache").isZero();
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @Test
    void anEditedTitleShowsInBothAtOnce() {
        String etag = as(editor).when().get("/api/v1/articles/" + id).then().statusCode(200).extract().header("ETag");

        as(editor).contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"title\": \"الألواح الشمسية تنتشر على أسطح حمص\"}")
                .when().patch("/api/v1/articles/" + id).then().statusCode(200);

        headline().isEqualTo("الألواح الشمسية تنتشر على أسطح حمص");
        oEmbed(url).statusCode(200).body("title", is("الألواح الشمسية تنتشر على أسطح حمص"));
    }

    @Test
    void aWithdrawnArticleIsGoneFromBothAtOnceAndBackWhenPublishedAgain() {
        as(editor).when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);

        Problems.refused(structuredData(id), 404, "not-found");
        Problems.refused(oEmbed(url), 404, "not-found");

        as(editor).contentType("application/json").body("{}").when().post("/api/v1/articles/" + id + "/publish")
                .then().statusCode(200);

        structuredData(id).statusCode(200);
        oEmbed(url).statusCode(200);
    }

    @Test
    void aRenamedParentSectionShowsInTheBreadcrumbAtOnce() {
        as(editor).contentType("application/json")
                .body("{\"name\": \"اقتصاد وأعمال\", \"slug\": \"economy\", \"position\": 2}")
                .when().put("/api/v1/sections/economy").then().statusCode(200);

        JsonNode trail = structuredDataOf(id).get("@graph").get(1).get("itemListElement");
        assertThat(trail.get(0).get("name").asText()).isEqualTo("اقتصاد وأعمال");
    }

    @Test
    void aRenamedAuthorShowsInBothAtOnce() {
        as(editor).contentType("application/json").body("{\"name\": \"لينا الخوري\", \"slug\": \"lina-khoury\"}")
                .when().put("/api/v1/authors/lina-khoury").then().statusCode(200);

        assertThat(structuredDataOf(id).get("@graph").get(0).get("author").get(0).get("name").asText())
                .isEqualTo("لينا الخوري");
        oEmbed(url).statusCode(200).body("author_name", is("لينا الخوري"));
    }

    private org.assertj.core.api.AbstractStringAssert<?> headline() {
        return assertThat(structuredDataOf(id).get("@graph").get(0).get("headline").asText());
    }

    private long statementsDuring(Runnable requests) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        requests.run();
        return statistics.getPrepareStatementCount();
    }
}
