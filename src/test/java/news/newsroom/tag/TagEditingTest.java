package news.newsroom.tag;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.Problems.encode;
import static news.newsroom.support.Problems.refused;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/** The desk manages tags: create, rename, delete (taking the tag off its articles). */
@QuarkusTest
@KnownNewsroom
class TagEditingTest {

    private static final String TAGS = "/api/v1/tags";
    private static final String ARTICLES = "/api/v1/articles";
    private static final String WATER = "المياه";

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void anEditorCreatesATagWhoseSlugIsMadeFromItsArabicName() {
        String slug = "الذكاء-الاصطناعي";
        create(editor, "{\"name\": \"الذكاءُ الاصطناعي\"}")
                .statusCode(201)
                .header("Location", endsWith(TAGS + "/" + encode(slug)))
                .header("Cache-Control", is("private, no-store"))
                .body("slug", is(slug))
                .body("name", is("الذكاءُ الاصطناعي"))
                .body("articleCount", is(0));
        get(slug).statusCode(200).body("name", is("الذكاءُ الاصطناعي"));
    }

    @Test
    void anAdminMaySetTheSlug() {
        create(admin, "{\"name\": \"الأمن الغذائي\", \"slug\": \"food-security\"}")
                .statusCode(201)
                .header("Location", endsWith(TAGS + "/food-security"))
                .body("slug", is("food-security"));
        get("food-security").statusCode(200).body("name", is("الأمن الغذائي"));
    }

    @Test
    void aTakenNameOrSlugIsAConflict() {
        refused(create(editor, "{\"name\": \"" + WATER + "\"}"), 409, "conflict");
        refused(create(editor, "{\"name\": \"مياه أخرى\", \"slug\": \"" + WATER + "\"}"), 409, "conflict")
                .body("detail", containsString(WATER));
        refused(replace(editor, "انتخابات", "{\"name\": \"انتخابات\", \"slug\": \"" + WATER + "\"}"), 409, "conflict");
        given().when().get(TAGS).then().statusCode(200).body("total", is(3));
    }

    @Test
    void invalidTagsAreRefusedNamingTheField() {
        refused(create(editor, "{\"name\": \" \"}"), 400, "validation-failed").body("errors.field", hasItem("name"));
        refused(create(editor, "{\"name\": \"!!!\"}"), 400, "validation-failed").body("errors.field", hasItem("slug"));
    }

    @Test
    void onlyTheDeskManagesTags() {
        refused(create(author, "{\"name\": \"وسم جديد\"}"), 403, "forbidden");
        create(null, "{\"name\": \"وسم جديد\"}").statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        refused(delete(author, WATER), 403, "forbidden");
        get(WATER).statusCode(200);
    }

    @Test
    void renamingATagShowsOnItsArticlesWithANewETag() {
        long waterCuts = desk.waterCuts().getId();
        String before = given().when().get(ARTICLES + "/" + waterCuts).then().statusCode(200).extract().header("ETag");

        replace(editor, WATER, "{\"name\": \"مياه الشرب\", \"slug\": \"مياه-الشرب\"}")
                .statusCode(200)
                .body("slug", is("مياه-الشرب"))
                .body("name", is("مياه الشرب"))
                .body("articleCount", is(2));

        given().when().get(ARTICLES + "/" + waterCuts)
                .then().statusCode(200)
                .header("ETag", not(before))
                .body("tags.slug", contains("مياه-الشرب"))
                .body("tags.name", contains("مياه الشرب"));
        get("مياه-الشرب").statusCode(200).body("articleCount", is(2));
        get(WATER).statusCode(404);
    }

    @Test
    void deletingATagTakesItOffItsArticles() {
        long solarRoofs = desk.solarRoofs().getId();
        String before = given().when().get(ARTICLES + "/" + solarRoofs).then().statusCode(200).extract().header("ETag");

        delete(editor, WATER).statusCode(204).header("Cache-Control", is("private, no-store"));

        get(WATER).statusCode(404);
        given().when().get(ARTICLES + "/" + solarRoofs)
                .then().statusCode(200)
                .header("ETag", not(before))
                .body("tags.slug", contains("الطاقة-الشمسية"));
        given().when().get(ARTICLES + "/" + desk.waterCuts().getId())
                .then().statusCode(200)
                .body("tags", org.hamcrest.Matchers.empty());
        // The articles themselves stay, in lists and by id; the staff view of the draft lost the tag as well.
        given().when().get(ARTICLES).then().statusCode(200).body("total", is(5));
        as(editor).when().get(ARTICLES + "/" + desk.draft().getId())
                .then().statusCode(200)
                .body("tags", org.hamcrest.Matchers.empty());
        given().when().get(TAGS).then().statusCode(200).body("items.slug", not(hasItem(WATER)));
    }

    @Test
    void unknownTagsAreNotFound() {
        refused(replace(editor, "لا-يوجد", "{\"name\": \"لا يوجد\"}"), 404, "not-found");
        refused(delete(editor, "لا-يوجد"), 404, "not-found");
    }

    // --- helpers ---

    private ValidatableResponse create(StaffUser user, String json) {
        return as(user).contentType("application/json").body(json).when().post(TAGS).then();
    }

    private ValidatableResponse replace(StaffUser user, String slug, String json) {
        return as(user).contentType("application/json").body(json).urlEncodingEnabled(false)
                .when().put(TAGS + "/" + encode(slug)).then();
    }

    private ValidatableResponse delete(StaffUser user, String slug) {
        return as(user).urlEncodingEnabled(false).when().delete(TAGS + "/" + encode(slug)).then();
    }

    private static ValidatableResponse get(String slug) {
        return given().urlEncodingEnabled(false).when().get(TAGS + "/" + encode(slug)).then();
    }
}
