package news.newsroom.section;

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
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/** The desk manages the section tree: create, change, move and delete sections. */
@QuarkusTest
@KnownNewsroom
class SectionEditingTest {

    private static final String SECTIONS = "/api/v1/sections";

    @Inject
    TestStaff staff;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void anEditorCreatesATopLevelSectionWithAnArabicSlug() {
        String slug = "رياضة-محلية";
        create(editor, "{\"name\": \"رياضة محلية\", \"description\": \"الدوري المحلي والفرق الشعبية.\", \"position\": 5}")
                .statusCode(201)
                .header("Location", endsWith(SECTIONS + "/" + encode(slug)))
                .header("Cache-Control", is("private, no-store"))
                .body("slug", is(slug))
                .body("name", is("رياضة محلية"))
                .body("description", is("الدوري المحلي والفرق الشعبية."))
                .body("parentSlug", nullValue())
                .body("depth", is(0))
                .body("position", is(5))
                .body("articleCount", is(0));
        given().urlEncodingEnabled(false).when().get(SECTIONS + "/" + encode(slug))
                .then().statusCode(200)
                .body("name", is("رياضة محلية"));
    }

    @Test
    void anAdminCreatesASubsectionThatComesAfterItsParent() {
        create(admin, "{\"name\": \"مسرح\", \"slug\": \"theatre\", \"parentSlug\": \"culture\", \"position\": 1}")
                .statusCode(201)
                .header("Location", endsWith(SECTIONS + "/theatre"))
                .body("slug", is("theatre"))
                .body("parentSlug", is("culture"))
                .body("depth", is(1));
        given().when().get(SECTIONS)
                .then().statusCode(200)
                .body("items.slug", contains("politics", "economy", "energy", "culture", "theatre"));
    }

    @Test
    void onlyTheDeskManagesSections() {
        String body = "{\"name\": \"قسم جديد\"}";
        refused(create(author, body), 403, "forbidden");
        create(null, body).statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        refused(replace(author, "culture", "{\"name\": \"ثقافة\", \"slug\": \"culture\"}"), 403, "forbidden");
        refused(delete(author, "culture"), 403, "forbidden");
        given().when().get(SECTIONS).then().statusCode(200).body("total", is(4));
    }

    @Test
    void aSlugClashIsAConflict() {
        refused(create(editor, "{\"name\": \"اقتصاد آخر\", \"slug\": \"economy\"}"), 409, "conflict")
                .body("detail", containsString("economy"));
        // A name that makes an existing slug clashes as well.
        refused(create(editor, "{\"name\": \"Politics\"}"), 409, "conflict");
        refused(replace(editor, "culture", "{\"name\": \"ثقافة\", \"slug\": \"politics\"}"), 409, "conflict");
        given().when().get(SECTIONS + "/culture").then().statusCode(200).body("name", is("ثقافة"));
    }

    @Test
    void invalidSectionsAreRefusedNamingTheField() {
        refused(create(editor, "{\"name\": \"  \"}"), 400, "validation-failed").body("errors.field", hasItem("name"));
        refused(create(editor, "{\"name\": \"قسم\", \"parentSlug\": \"no-such-section\"}"), 400, "validation-failed")
                .body("errors.field", hasItem("parentSlug"));
        refused(create(editor, "{\"name\": \"قسم\", \"position\": -1}"), 400, "validation-failed")
                .body("errors.field", hasItem("position"));
        refused(create(editor, "{\"name\": \"قسم\", \"id\": 7}"), 400, "malformed-body")
                .body("errors.field", hasItem("id"));
    }

    @Test
    void renamingASectionChangesItAndTheETagOfItsArticles() {
        long theatre = desk.theatre().getId();
        String before = given().when().get("/api/v1/articles/" + theatre).then().statusCode(200).extract().header("ETag");

        replace(editor, "culture", "{\"name\": \"ثقافة وفنون\", \"slug\": \"culture\", \"description\": \"المسرح والكتب\", \"position\": 3}")
                .statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("slug", is("culture"))
                .body("name", is("ثقافة وفنون"))
                .body("description", is("المسرح والكتب"))
                .body("articleCount", is(1));

        given().when().get("/api/v1/articles/" + theatre)
                .then().statusCode(200)
                .header("ETag", not(before))
                .body("section.name", is("ثقافة وفنون"));
        given().header("If-None-Match", before).when().get("/api/v1/articles/" + theatre)
                .then().statusCode(200)
                .body("section.name", is("ثقافة وفنون"));
    }

    @Test
    void aSectionMovesUnderAnotherParent() {
        replace(editor, "culture", "{\"name\": \"ثقافة\", \"slug\": \"culture\", \"parentSlug\": \"politics\"}")
                .statusCode(200)
                .body("parentSlug", is("politics"))
                .body("depth", is(1));
        given().when().get(SECTIONS)
                .then().statusCode(200)
                .body("items.slug", contains("politics", "culture", "economy", "energy"))
                // politics now counts the theatre article of its new subsection too
                .body("items[0].articleCount", is(2));
    }

    @Test
    void aSectionCannotBeItsOwnAncestor() {
        refused(replace(editor, "economy", "{\"name\": \"اقتصاد\", \"slug\": \"economy\", \"parentSlug\": \"economy\"}"),
                400, "validation-failed").body("errors.field", hasItem("parentSlug"));
        refused(replace(editor, "economy", "{\"name\": \"اقتصاد\", \"slug\": \"economy\", \"parentSlug\": \"energy\"}"),
                400, "validation-failed").body("errors.field", hasItem("parentSlug"));
        given().when().get(SECTIONS + "/economy").then().statusCode(200).body("parentSlug", nullValue());
        given().when().get(SECTIONS + "/energy").then().statusCode(200).body("parentSlug", is("economy"));
    }

    @Test
    void aSectionWithArticlesOfAnyStatusCannotBeDeleted() {
        // politics: published articles; a new section holding only a draft: still refused.
        refused(delete(editor, "politics"), 409, "conflict").body("detail", containsString("politics"));
        create(editor, "{\"name\": \"تحقيقات\", \"slug\": \"investigations\"}").statusCode(201);
        given().auth().oauth2(staff.tokenFor(author)).contentType("application/json")
                .body("{\"title\": \"تحقيق لم ينشر\", \"sectionSlug\": \"investigations\"}")
                .when().post("/api/v1/articles").then().statusCode(201);
        refused(delete(editor, "investigations"), 409, "conflict").body("detail", containsString("investigations"));
        given().when().get(SECTIONS + "/investigations").then().statusCode(200);
        given().when().get(SECTIONS + "/politics").then().statusCode(200);
    }

    @Test
    void aSectionWithSubsectionsCannotBeDeletedAndTheMessageSaysWhy() {
        create(editor, "{\"name\": \"منوعات\", \"slug\": \"misc\"}").statusCode(201);
        create(editor, "{\"name\": \"طرائف\", \"slug\": \"oddities\", \"parentSlug\": \"misc\"}").statusCode(201);

        as(editor).header("Accept-Language", "en").when().delete(SECTIONS + "/misc")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .header("Content-Language", is("en"))
                .body("type", is(Problems.TYPES + "conflict"))
                .body("status", is(409))
                .body("detail", is("The section misc still has articles or subsections; move them first."));

        delete(editor, "oddities").statusCode(204).header("Cache-Control", is("private, no-store"));
        delete(editor, "misc").statusCode(204);
        given().when().get(SECTIONS + "/misc").then().statusCode(404);
        given().when().get(SECTIONS).then().statusCode(200).body("items.slug", not(hasItem("misc")));
    }

    @Test
    void unknownSectionsAreNotFound() {
        refused(replace(editor, "no-such-section", "{\"name\": \"لا شيء\"}"), 404, "not-found");
        refused(delete(editor, "no-such-section"), 404, "not-found");
    }

    // --- helpers ---

    private ValidatableResponse create(StaffUser user, String json) {
        return as(user).contentType("application/json").body(json).when().post(SECTIONS).then();
    }

    private ValidatableResponse replace(StaffUser user, String slug, String json) {
        return as(user).contentType("application/json").body(json).urlEncodingEnabled(false)
                .when().put(SECTIONS + "/" + encode(slug)).then();
    }

    private ValidatableResponse delete(StaffUser user, String slug) {
        return as(user).urlEncodingEnabled(false).when().delete(SECTIONS + "/" + encode(slug)).then();
    }
}
