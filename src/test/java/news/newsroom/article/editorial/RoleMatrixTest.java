package news.newsroom.article.editorial;

import news.newsroom.article.ArticleStatus;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what, cell by cell: one parameterized test per action, one row per role. A refusal is 401 with
 * a Bearer challenge for anonymous callers and 403 for a role that may not; either way nothing changes.
 *
 * <p>AUTHOR is Lina, linked to the author profile of the newsdesk draft; OTHER_AUTHOR is Rami.
 */
@QuarkusTest
@KnownNewsroom
class RoleMatrixTest {

    enum Role {
        ANONYMOUS, ADMIN, EDITOR, AUTHOR, OTHER_AUTHOR, MODERATOR
    }

    private static final String ARTICLES = "/api/v1/articles";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://newsroom.example/problems/";
    private static final String EDITED_TITLE = "مسودة منقحة عن المياه في دمشق";
    private static final Map<String, Object> NEW_ARTICLE = Map.of(
            "title", "سوق الخضار في حلب يستعيد حركته", "sectionSlug", "economy", "authorSlugs", List.of("lina-khoury"),
            "blocks", List.of(Map.of("type", "paragraph", "html", "نص المقال.")));
    private static final Map<String, Object> EDITED_DRAFT = Map.of(
            "title", EDITED_TITLE, "sectionSlug", "economy", "authorSlugs", List.of("lina-khoury"), "tags", List.of("المياه"),
            "blocks", List.of(Map.of("type", "paragraph", "html", "نص منقح.")));

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.ADMIN)
    StaffUser admin;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser lina;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;
    final Map<Role, StaffUser> members = new EnumMap<>(Role.class);

    @BeforeEach
    void everyRoleAndAnotherAuthor() {
        members.put(Role.ADMIN, admin);
        members.put(Role.EDITOR, editor);
        members.put(Role.AUTHOR, lina);
        members.put(Role.OTHER_AUTHOR, staff.member("rami@newsroom.example", desk.rami(), StaffRole.AUTHOR));
        members.put(Role.MODERATOR, moderator);
    }

    // --- articles ---

    @ParameterizedTest(name = "{0} creates an article: {1}")
    @CsvSource({"ADMIN, 201", "EDITOR, 201", "AUTHOR, 201", "MODERATOR, 403", "ANONYMOUS, 401"})
    void createAnArticle(Role caller, int expected) {
        answers(as(caller).contentType("application/json").body(NEW_ARTICLE).when().post(ARTICLES).then(), expected);

        as(Role.EDITOR).when().get(ARTICLES + "?status=draft")
                .then().statusCode(200)
                .body("total", is(expected == 201 ? 2 : 1));
    }

    @ParameterizedTest(name = "{0} replaces Lina's draft: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 200", "AUTHOR, 200", "OTHER_AUTHOR, 404", "MODERATOR, 403", "ANONYMOUS, 401"})
    void replaceADraft(Role caller, int expected) {
        long id = desk.draft().getId();

        answers(as(caller).contentType("application/json").header("If-Match", etagOf(id)).body(EDITED_DRAFT)
                .when().put(ARTICLES + "/" + id).then(), expected);

        readAsEditor(id).body("title", is(expected == 200 ? EDITED_TITLE : desk.draft().getTitle()));
    }

    @Test
    void anAuthorCannotEditAnotherAuthorsDraftByIdEvenWithTheRightIfMatch() {
        long id = desk.draft().getId();
        String etag = etagOf(id);

        answers(as(Role.OTHER_AUTHOR).contentType("application/json").header("If-Match", etag).body(EDITED_DRAFT)
                .when().put(ARTICLES + "/" + id).then(), 404);
        answers(as(Role.OTHER_AUTHOR).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("title", EDITED_TITLE))
                .when().patch(ARTICLES + "/" + id).then(), 404);

        readAsEditor(id)
                .header("ETag", is(etag))
                .body("title", is(desk.draft().getTitle()))
                .body("status", is("draft"));
    }

    @Test
    void anotherAuthorsDraftAnswersExactlyLikeAMissingIdSoDraftIdsCannotBeProbed() {
        long draft = desk.draft().getId();
        long missing = draft + 100_000;

        String[] details = new String[2];
        for (int i = 0; i < 2; i++) {
            long id = i == 0 ? draft : missing;
            String detail = answers(as(Role.OTHER_AUTHOR).contentType("application/json").header("If-Match", "\"any\"")
                    .body(EDITED_DRAFT).when().put(ARTICLES + "/" + id).then(), 404).extract().path("detail");
            answers(as(Role.OTHER_AUTHOR).contentType("application/merge-patch+json").header("If-Match", "\"any\"")
                    .body(Map.of("title", EDITED_TITLE)).when().patch(ARTICLES + "/" + id).then(), 404)
                    .body("detail", is(detail));
            details[i] = detail.replace(String.valueOf(id), "ID");
        }
        org.assertj.core.api.Assertions.assertThat(details[0]).isEqualTo(details[1]);
        readAsEditor(draft).body("title", is(desk.draft().getTitle()));
    }

    @ParameterizedTest(name = "{0} publishes a draft: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 200", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void publishADraft(Role caller, int expected) {
        long id = desk.draft().getId();

        answers(postWithoutBody(caller, ARTICLES + "/" + id + "/publish"), expected);

        readAsEditor(id).body("status", is(expected == 200 ? "published" : "draft"));
    }

    @ParameterizedTest(name = "{0} schedules a draft: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 200", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void scheduleADraft(Role caller, int expected) {
        long id = desk.draft().getId();
        Map<String, String> tomorrow = Map.of("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());

        answers(as(caller).contentType("application/json").body(tomorrow)
                .when().post(ARTICLES + "/" + id + "/publish").then(), expected);

        readAsEditor(id).body("status", is(expected == 200 ? "scheduled" : "draft"));
    }

    @ParameterizedTest(name = "{0} unpublishes an article: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 200", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void unpublishAnArticle(Role caller, int expected) {
        long id = desk.budget().getId();

        answers(postWithoutBody(caller, ARTICLES + "/" + id + "/unpublish"), expected);

        readAsEditor(id).body("status", is(expected == 200 ? "draft" : "published"));
    }

    @ParameterizedTest(name = "{0} archives an article: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 200", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void archiveAnArticle(Role caller, int expected) {
        long id = desk.budget().getId();

        answers(postWithoutBody(caller, ARTICLES + "/" + id + "/archive"), expected);

        readAsEditor(id).body("status", is(expected == 200 ? "archived" : "published"));
    }

    @ParameterizedTest(name = "{0} deletes an article: {1}")
    @CsvSource({"ADMIN, 204", "EDITOR, 204", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void deleteAnArticle(Role caller, int expected) {
        long id = desk.budget().getId();

        answers(as(caller).when().delete(ARTICLES + "/" + id).then(), expected);

        given().when().get(ARTICLES + "/" + id).then().statusCode(expected == 204 ? 404 : 200);
    }

    @ParameterizedTest(name = "{0} submits Lina's draft for review: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 200", "AUTHOR, 200", "MODERATOR, 403", "ANONYMOUS, 401"})
    void submitADraftForReview(Role caller, int expected) {
        long id = desk.draft().getId();

        answers(postWithoutBody(caller, ARTICLES + "/" + id + "/submit"), expected);

        ValidatableResponse revisions = as(Role.EDITOR).when().get(ARTICLES + "/" + id + "/revisions").then().statusCode(200);
        if (expected == 200) {
            revisions.body("action", contains("submitted", "created"));
        } else {
            revisions.body("", empty());
        }
    }

    // --- reading what is not published ---

    @ParameterizedTest(name = "{0} lists drafts")
    @CsvSource({"ADMIN", "EDITOR", "MODERATOR", "AUTHOR", "OTHER_AUTHOR"})
    void staffListDraftsWithStatusDraftAndAuthorsSeeOnlyTheirOwn(Role caller) {
        content.article("مسودة رامي عن الانتخابات").in(desk.politics()).by(desk.rami())
                .status(ArticleStatus.DRAFT).create();
        List<String> expected = switch (caller) {
            case AUTHOR -> List.of(desk.draft().getTitle());
            case OTHER_AUTHOR -> List.of("مسودة رامي عن الانتخابات");
            default -> List.of(desk.draft().getTitle(), "مسودة رامي عن الانتخابات");
        };

        as(caller).when().get(ARTICLES + "?status=draft")
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("total", is(expected.size()))
                .body("items.title", containsInAnyOrder(expected.toArray()))
                .body("items.status", everyItem(is("draft")));
    }

    @Test
    void anonymousAskingForDraftsIsUnauthorized() {
        answers(as(Role.ANONYMOUS).when().get(ARTICLES + "?status=draft").then(), 401);
    }

    @Test
    void thePublicNeverSeesADraft() {
        long id = desk.draft().getId();

        given().when().get(ARTICLES)
                .then().statusCode(200)
                .body("items.title", not(hasItem(desk.draft().getTitle())));
        given().when().get(ARTICLES + "/" + id).then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
        given().when().get(ARTICLES + "/by-slug/{slug}", desk.draft().getSlug())
                .then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void staffReadADraftByIdWithTheETagAnEditNeedsButAnotherAuthorCannot() {
        long id = desk.draft().getId();

        for (Role caller : List.of(Role.ADMIN, Role.EDITOR, Role.MODERATOR, Role.AUTHOR)) {
            as(caller).when().get(ARTICLES + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", startsWith("\"" + id + "-"))
                    .header("Cache-Control", is("private, no-store"))
                    .body("status", is("draft"));
        }
        as(Role.OTHER_AUTHOR).when().get(ARTICLES + "/" + id).then().statusCode(404);
    }

    // --- sections, tags, authors ---

    @ParameterizedTest(name = "{1} creates one of the {0}: {2}")
    @CsvSource({
        "sections, ADMIN, 201", "sections, EDITOR, 201", "sections, AUTHOR, 403", "sections, MODERATOR, 403", "sections, ANONYMOUS, 401",
        "tags, ADMIN, 201", "tags, EDITOR, 201", "tags, AUTHOR, 403", "tags, MODERATOR, 403", "tags, ANONYMOUS, 401",
        "authors, ADMIN, 201", "authors, EDITOR, 201", "authors, AUTHOR, 403", "authors, MODERATOR, 403", "authors, ANONYMOUS, 401"})
    void createTaxonomy(String kind, Role caller, int expected) {
        Map<String, String> body = switch (kind) {
            case "sections" -> Map.of("name", "رياضة", "slug", "sports");
            case "tags" -> Map.of("name", "الزراعة", "slug", "agriculture");
            default -> Map.of("name", "سامر عيسى", "slug", "samer-issa");
        };
        String slug = body.get("slug");

        answers(as(caller).contentType("application/json").body(body).when().post("/api/v1/" + kind).then(), expected);

        given().when().get("/api/v1/{kind}/{slug}", kind, slug).then().statusCode(expected == 201 ? 200 : 404);
    }

    @ParameterizedTest(name = "{1} changes one of the {0}: {2}")
    @CsvSource({
        "sections, ADMIN, 200", "sections, EDITOR, 200", "sections, AUTHOR, 403", "sections, MODERATOR, 403", "sections, ANONYMOUS, 401",
        "tags, ADMIN, 200", "tags, EDITOR, 200", "tags, AUTHOR, 403", "tags, MODERATOR, 403", "tags, ANONYMOUS, 401",
        "authors, ADMIN, 200", "authors, EDITOR, 200", "authors, AUTHOR, 403", "authors, MODERATOR, 403", "authors, ANONYMOUS, 401"})
    void replaceTaxonomy(String kind, Role caller, int expected) {
        String slug;
        String oldName;
        Map<String, Object> body;
        switch (kind) {
            case "sections" -> {
                slug = desk.culture().getSlug();
                oldName = desk.culture().getName();
                body = Map.of("name", "ثقافة وفنون", "slug", slug, "position", 3);
            }
            case "tags" -> {
                slug = desk.elections().getSlug();
                oldName = desk.elections().getName();
                body = Map.of("name", "الانتخابات البلدية", "slug", slug);
            }
            default -> {
                slug = desk.rami().getSlug();
                oldName = desk.rami().getName();
                body = Map.of("name", "رامي الحداد", "slug", slug);
            }
        }

        answers(as(caller).contentType("application/json").body(body).when().put("/api/v1/{kind}/{slug}", kind, slug).then(),
                expected);

        given().when().get("/api/v1/{kind}/{slug}", kind, slug)
                .then().statusCode(200)
                .body("name", is(expected == 200 ? body.get("name") : oldName));
    }

    @ParameterizedTest(name = "{1} deletes one of the {0}: {2}")
    @CsvSource({
        "sections, ADMIN, 204", "sections, EDITOR, 204", "sections, AUTHOR, 403", "sections, MODERATOR, 403", "sections, ANONYMOUS, 401",
        "tags, ADMIN, 204", "tags, EDITOR, 204", "tags, AUTHOR, 403", "tags, MODERATOR, 403", "tags, ANONYMOUS, 401",
        "authors, ADMIN, 204", "authors, EDITOR, 204", "authors, AUTHOR, 403", "authors, MODERATOR, 403", "authors, ANONYMOUS, 401"})
    void deleteTaxonomy(String kind, Role caller, int expected) {
        // Unused ones, so that only the role can stand in the way.
        String slug = switch (kind) {
            case "sections" -> content.section("sports", "رياضة", null, 5).getSlug();
            case "tags" -> content.tag("الزراعة").getSlug();
            default -> content.author("samer-issa", "سامر عيسى").getSlug();
        };

        answers(as(caller).when().delete("/api/v1/{kind}/{slug}", kind, slug).then(), expected);

        given().when().get("/api/v1/{kind}/{slug}", kind, slug).then().statusCode(expected == 204 ? 404 : 200);
    }

    // --- staff accounts and API keys: admins only ---

    @ParameterizedTest(name = "{0} lists staff: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 403", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void listStaff(Role caller, int expected) {
        answers(as(caller).when().get("/api/v1/staff").then(), expected);
    }

    @ParameterizedTest(name = "{0} creates a staff account: {1}")
    @CsvSource({"ADMIN, 201", "EDITOR, 403", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void createAStaffAccount(Role caller, int expected) {
        answers(as(caller).contentType("application/json")
                .body(Map.of("email", "omar@newsroom.example", "displayName", "عمر صالح",
                        "password", "a-long-passphrase-for-omar", "roles", List.of("admin")))
                .when().post("/api/v1/staff").then(), expected);

        as(Role.ADMIN).when().get("/api/v1/staff").then().statusCode(200).body("total", is(expected == 201 ? 6 : 5));
    }

    @ParameterizedTest(name = "{0} changes a staff account: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 403", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void changeAStaffAccount(Role caller, int expected) {
        long id = members.get(Role.AUTHOR).getId();

        answers(as(caller).contentType("application/json").body(Map.of("roles", List.of("admin")))
                .when().patch("/api/v1/staff/" + id).then(), expected);

        as(Role.ADMIN).when().get("/api/v1/staff/" + id)
                .then().statusCode(200)
                .body("roles", contains(expected == 200 ? "admin" : "author"));
    }

    @ParameterizedTest(name = "{0} resets a password: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 403", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void resetAPassword(Role caller, int expected) {
        long id = members.get(Role.MODERATOR).getId();

        answers(postWithoutBody(caller, "/api/v1/staff/" + id + "/password-reset"), expected);

        given().contentType("application/json")
                .body(Map.of("email", "mod@newsroom.example", "password", TestStaff.PASSWORD))
                .when().post("/api/v1/auth/token")
                .then().statusCode(expected == 200 ? 401 : 200);
    }

    @ParameterizedTest(name = "{0} lists API keys: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 403", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void listApiKeys(Role caller, int expected) {
        answers(as(caller).when().get("/api/v1/api-keys").then(), expected);
    }

    @ParameterizedTest(name = "{0} creates an API key: {1}")
    @CsvSource({"ADMIN, 201", "EDITOR, 403", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void createAnApiKey(Role caller, int expected) {
        answers(as(caller).contentType("application/json").body(Map.of("name", "شريك"))
                .when().post("/api/v1/api-keys").then(), expected);

        as(Role.ADMIN).when().get("/api/v1/api-keys").then().statusCode(200)
                .body("size()", is(expected == 201 ? 1 : 0));
    }

    @ParameterizedTest(name = "{0} revokes an API key: {1}")
    @CsvSource({"ADMIN, 200", "EDITOR, 403", "AUTHOR, 403", "MODERATOR, 403", "ANONYMOUS, 401"})
    void revokeAnApiKey(Role caller, int expected) {
        ValidatableResponse created = as(Role.ADMIN).contentType("application/json").body(Map.of("name", "شريك"))
                .when().post("/api/v1/api-keys").then().statusCode(201);
        int id = created.extract().path("id");
        String key = created.extract().path("key");

        answers(as(caller).when().delete("/api/v1/api-keys/" + id).then(), expected);

        given().header("X-API-Key", key).when().get(ARTICLES).then().statusCode(expected == 200 ? 401 : 200);
    }

    // --- helpers ---

    private RequestSpecification as(Role caller) {
        RequestSpecification request = given().header("Accept-Language", "en");
        return caller == Role.ANONYMOUS ? request : request.auth().oauth2(staff.tokenFor(members.get(caller)));
    }

    /** The status, and what must come with a refusal: a Bearer challenge for 401, a forbidden problem for 403. */
    private static ValidatableResponse answers(ValidatableResponse response, int expected) {
        response.statusCode(expected);
        if (expected == 401) {
            response.header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType(startsWith(PROBLEM_JSON))
                    .body("type", is(PROBLEMS + "unauthorized"))
                    .body("status", is(401));
        } else if (expected == 404) {
            response.contentType(startsWith(PROBLEM_JSON))
                    .body("type", is(PROBLEMS + "not-found"))
                    .body("status", is(404));
        } else if (expected == 403) {
            response.contentType(startsWith(PROBLEM_JSON))
                    .body("type", is(PROBLEMS + "forbidden"))
                    .body("status", is(403));
        } else if (expected != 204) {
            response.contentType(startsWith("application/json"))
                    .header("Cache-Control", is("private, no-store"));
        }
        return response;
    }

    /** An action without a body. Sent as JSON: RestAssured would otherwise announce a form, which is a 415. */
    private ValidatableResponse postWithoutBody(Role caller, String path) {
        return as(caller).contentType("application/json").when().post(path).then();
    }

    private ValidatableResponse readAsEditor(long id) {
        return as(Role.EDITOR).when().get(ARTICLES + "/" + id).then().statusCode(200);
    }

    private String etagOf(long id) {
        return readAsEditor(id).header("ETag", notNullValue()).extract().header("ETag");
    }
}
