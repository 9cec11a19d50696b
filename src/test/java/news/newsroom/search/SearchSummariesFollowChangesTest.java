package news.newsroom.search;

import static news.newsroom.support.Problems.encode;
import static news.newsroom.support.Searches.ARTICLES;
import static news.newsroom.support.Searches.id;
import static news.newsroom.support.Searches.search;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import news.newsroom.comment.Readers;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search hits show every change at once, even for an article whose summary an earlier search read (and the
 * summary cache held). Each check after a change searches a word not asked before in its test, so the hit is
 * built afresh from the summary cache rather than sent again from the cached public response.
 */
@QuarkusTest
@KnownNewsroom
class SearchSummariesFollowChangesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;
    int budget;

    @BeforeEach
    void summariesCached() throws InterruptedException {
        // Summaries are only cached once this node listens for other nodes' evictions (a moment after start-up);
        // before that a search reads them afresh and these tests would prove nothing.
        content.awaitConnected();
        budget = id(desk.budget());
    }

    @Test
    void aRenamedAuthorShowsOnHitsAtOnce() {
        hit("الحكومة").body(field("authors.name"), contains("لينا خوري"));

        as(editor).contentType("application/json").body("{\"name\": \"لينا الخوري\", \"slug\": \"lina-khoury\"}")
                .when().put("/api/v1/authors/lina-khoury").then().statusCode(200);

        hit("موازنة").body(field("authors.name"), contains("لينا الخوري"))
                .body(field("authors.slug"), contains("lina-khoury"));
    }

    @Test
    void aRenamedSectionShowsOnHitsAtOnce() {
        hit("الحكومة").body(field("section.name"), is("اقتصاد"));

        as(editor).contentType("application/json")
                .body("{\"name\": \"اقتصاد وأعمال\", \"slug\": \"economy\", \"position\": 2}")
                .when().put("/api/v1/sections/economy").then().statusCode(200);

        hit("موازنة").body(field("section.name"), is("اقتصاد وأعمال"))
                .body(field("section.slug"), is("economy"));
    }

    @Test
    void aRenamedTagShowsOnHitsAtOnce() {
        hit("الحكومة").body(field("tags.name"), contains("انتخابات"));

        as(editor).contentType("application/json").body("{\"name\": \"انتخابات نيابية\", \"slug\": \"انتخابات-نيابية\"}")
                .urlEncodingEnabled(false).when().put("/api/v1/tags/" + encode("انتخابات")).then().statusCode(200);

        hit("موازنة").body(field("tags.name"), contains("انتخابات نيابية"))
                .body(field("tags.slug"), contains("انتخابات-نيابية"));
    }

    @Test
    void anEditedTitleShowsOnHitsAtOnce() {
        hit("الحكومة").body(field("title"), is("الحكومة تقرّ موازنة العام المقبل"));

        as(editor).contentType(MERGE_PATCH).header("If-Match", etagOf(budget))
                .body("{\"title\": \"البرلمان يقرّ موازنة العام المقبل\"}")
                .when().patch(ARTICLES + "/" + budget).then().statusCode(200);

        hit("البرلمان").body(field("title"), is("البرلمان يقرّ موازنة العام المقبل"));
    }

    @Test
    void anApprovedCommentCountsOnHitsAtOnce() {
        hit("الحكومة").body(field("commentCount"), is(0));
        long comment = ((Number) Readers.post(budget, "10.8.0.1", "تعليق عن الموازنة").then().statusCode(201)
                .body("status", is("pending")).extract().path("id")).longValue();

        as(moderator).contentType("application/json").body(Map.of("status", "approved"))
                .when().patch("/api/v1/moderation/comments/" + comment).then().statusCode(200);

        hit("موازنة").body(field("commentCount"), is(1));
    }

    // --- helpers ---

    /** Searches {@code q}, which must find the budget article. */
    private ValidatableResponse hit(String q) {
        return search(q).statusCode(200).body("items.id", hasItem(budget));
    }

    /** The path of {@code name} in the budget article's hit. */
    private String field(String name) {
        return "items.find { it.id == %d }.%s".formatted(budget, name);
    }

    private String etagOf(int id) {
        return as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
    }
}
