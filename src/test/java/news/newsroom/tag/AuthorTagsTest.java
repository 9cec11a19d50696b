package news.newsroom.tag;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.Problems.refused;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * A tag is public the moment it exists (the tag list, its page, its feed), so only the desk creates tags: an
 * author's draft may carry existing tags, and naming an unknown one is a 400 that names it. No tag ever becomes
 * public through a draft.
 */
@QuarkusTest
@KnownNewsroom
class AuthorTagsTest {

    private static final String NEW_TAG = "أسواق شعبية";

    @Desk
    Newsdesk desk;
    @Member(StaffRole.AUTHOR)
    StaffUser lina;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void anAuthorsDraftNamingAnUnknownTagIsRefusedAndNoTagAppears() {
        refused(as(lina).contentType("application/json").header("Accept-Language", "en")
                .body(draft(List.of("المياه", NEW_TAG))).when().post("/api/v1/articles").then(), 400, "validation-failed")
                .body("errors[0].field", is("tags"))
                .body("errors[0].message", containsString(NEW_TAG))
                .body("errors[0].message", containsString("editors"));

        given().when().get("/api/v1/tags").then().statusCode(200)
                .body("total", is(3))
                .body("items.name", not(hasItem(NEW_TAG)));
        as(editor).when().get("/api/v1/articles?status=draft").then().statusCode(200).body("total", is(1));
    }

    @Test
    void theRefusalIsInArabicByDefault() {
        refused(as(lina).contentType("application/json").body(draft(List.of(NEW_TAG)))
                .when().post("/api/v1/articles").then(), 400, "validation-failed")
                .body("errors[0].message", containsString("المحررون"));
    }

    @Test
    void anAuthorMayTagADraftWithExistingTags() {
        as(lina).contentType("application/json").body(draft(List.of("المياه", "انتخابات")))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("tags.name", contains("المياه", "انتخابات"));
    }

    @Test
    void anEditorStillCreatesATagByNamingIt() {
        as(editor).contentType("application/json").body(draft(List.of(NEW_TAG)))
                .when().post("/api/v1/articles")
                .then().statusCode(201);

        given().when().get("/api/v1/tags").then().statusCode(200)
                .body("total", is(4))
                .body("items.name", hasItem(NEW_TAG));
    }

    private static Map<String, Object> draft(List<String> tags) {
        return Map.of("title", "سوق الخضار في حلب يستعيد حركته", "sectionSlug", "economy",
                "authorSlugs", List.of("lina-khoury"), "tags", tags,
                "blocks", List.of(Map.of("type", "paragraph", "html", "نص المقال.")));
    }
}
