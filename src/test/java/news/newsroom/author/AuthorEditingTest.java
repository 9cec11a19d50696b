package news.newsroom.author;

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
import jakarta.inject.Inject;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/** The desk manages author profiles: create, change, and delete those without bylines. */
@QuarkusTest
@KnownNewsroom
class AuthorEditingTest {

    private static final String AUTHORS = "/api/v1/authors";
    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    TestContent content;

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
    void anEditorCreatesAnAuthorProfile() {
        create(editor, """
                {"name": "سامر عيسى", "slug": "samer-issa", "bio": "مصور صحفي ومراسل في حمص.",
                 "avatarUrl": "https://media.newsroom.example/authors/samer-issa.jpg"}
                """)
                .statusCode(201)
                .header("Location", endsWith(AUTHORS + "/samer-issa"))
                .header("Cache-Control", is("private, no-store"))
                .body("slug", is("samer-issa"))
                .body("name", is("سامر عيسى"))
                .body("bio", is("مصور صحفي ومراسل في حمص."))
                .body("avatarUrl", is("https://media.newsroom.example/authors/samer-issa.jpg"))
                .body("articleCount", is(0));
        get("samer-issa").statusCode(200).body("name", is("سامر عيسى"));
    }

    @Test
    void withoutASlugItIsMadeFromTheArabicName() {
        String slug = "ريم-الأحمد";
        create(admin, "{\"name\": \"ريمُ الأحمد\"}")
                .statusCode(201)
                .header("Location", endsWith(AUTHORS + "/" + encode(slug)))
                .body("slug", is(slug));
        get(slug).statusCode(200);
    }

    @Test
    void aSlugClashIsAConflict() {
        refused(create(editor, "{\"name\": \"لينا خوري الثانية\", \"slug\": \"lina-khoury\"}"), 409, "conflict")
                .body("detail", containsString("lina-khoury"));
        refused(replace(editor, "rami-haddad", "{\"name\": \"رامي حداد\", \"slug\": \"lina-khoury\"}"), 409, "conflict");
        get("rami-haddad").statusCode(200).body("name", is("رامي حداد"));
    }

    @Test
    void invalidProfilesAreRefusedNamingTheField() {
        refused(create(editor, "{\"name\": \"\"}"), 400, "validation-failed").body("errors.field", hasItem("name"));
        refused(create(editor, "{\"name\": \"كاتب\", \"avatarUrl\": \"javascript:alert(1)\"}"), 400, "validation-failed")
                .body("errors.field", hasItem("avatarUrl"));
        given().when().get(AUTHORS).then().statusCode(200).body("total", is(2));
    }

    @Test
    void onlyTheDeskManagesAuthors() {
        refused(create(author, "{\"name\": \"كاتب جديد\"}"), 403, "forbidden");
        create(null, "{\"name\": \"كاتب جديد\"}").statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        refused(replace(author, "lina-khoury", "{\"name\": \"لينا\", \"slug\": \"lina-khoury\"}"), 403, "forbidden");
        refused(delete(author, "rami-haddad"), 403, "forbidden");
    }

    @Test
    void renamingAnAuthorShowsOnTheirArticlesWithANewETag() {
        long budget = desk.budget().getId();
        String before = given().when().get(ARTICLES + "/" + budget).then().statusCode(200).extract().header("ETag");

        replace(editor, "lina-khoury", """
                {"name": "لينا الخوري", "slug": "lina-khoury", "bio": "صحفية اقتصادية.",
                 "avatarUrl": "https://media.newsroom.example/authors/lina.jpg"}
                """)
                .statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("name", is("لينا الخوري"))
                .body("bio", is("صحفية اقتصادية."))
                .body("articleCount", is(3));

        given().when().get(ARTICLES + "/" + budget)
                .then().statusCode(200)
                .header("ETag", not(before))
                .body("authors.name", contains("لينا الخوري"));
    }

    @Test
    void anAuthorWithBylinesCannotBeDeleted() {
        as(editor).header("Accept-Language", "en").urlEncodingEnabled(false).when().delete(AUTHORS + "/rami-haddad")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", is(Problems.TYPES + "conflict"))
                .body("status", is(409))
                .body("detail", is("The author rami-haddad still has bylines; remove them first."));
        get("rami-haddad").statusCode(200);
        given().when().get(ARTICLES + "/" + desk.theatre().getId()).then().statusCode(200)
                .body("authors.slug", contains("rami-haddad"));
    }

    @Test
    void anAuthorWhoseBylinesAreGoneIsDeletedAndTheirStaffAccountLosesTheLink() {
        Author profile = content.author("intern", "متدرب");
        StaffUser intern = staff.member("intern@newsroom.example", profile, StaffRole.AUTHOR);
        as(intern).contentType("application/json").body("{\"title\": \"مسودة المتدرب\", \"sectionSlug\": \"culture\"}")
                .when().post(ARTICLES).then().statusCode(201).body("authors.slug", contains("intern"));
        // That draft's byline is what stops a delete; the desk moves it to someone else first.
        refused(delete(editor, "intern"), 409, "conflict");
        String etag = as(editor).when().get(ARTICLES + "/9").then().statusCode(200).extract().header("ETag");
        as(editor).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body("{\"authorSlugs\": [\"rami-haddad\"]}")
                .when().patch(ARTICLES + "/9").then().statusCode(200);

        delete(editor, "intern").statusCode(204).header("Cache-Control", is("private, no-store"));

        get("intern").statusCode(404);
        given().when().get(AUTHORS).then().statusCode(200).body("items.slug", not(hasItem("intern")));
        // An account without an author profile must name the byline, which an author may not do for others.
        refused(as(intern).contentType("application/json").body("{\"title\": \"مقال\", \"sectionSlug\": \"culture\"}")
                .when().post(ARTICLES).then(), 400, "validation-failed").body("errors.field", hasItem("authorSlugs"));
    }

    @Test
    void unknownAuthorsAreNotFound() {
        refused(replace(editor, "nobody", "{\"name\": \"لا أحد\"}"), 404, "not-found");
        refused(delete(editor, "nobody"), 404, "not-found");
    }

    // --- helpers ---

    private ValidatableResponse create(StaffUser user, String json) {
        return as(user).contentType("application/json").body(json).when().post(AUTHORS).then();
    }

    private ValidatableResponse replace(StaffUser user, String slug, String json) {
        return as(user).contentType("application/json").body(json).urlEncodingEnabled(false)
                .when().put(AUTHORS + "/" + encode(slug)).then();
    }

    private ValidatableResponse delete(StaffUser user, String slug) {
        return as(user).urlEncodingEnabled(false).when().delete(AUTHORS + "/" + encode(slug)).then();
    }

    private static ValidatableResponse get(String slug) {
        return given().urlEncodingEnabled(false).when().get(AUTHORS + "/" + encode(slug)).then();
    }
}
