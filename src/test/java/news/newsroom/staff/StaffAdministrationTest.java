package news.newsroom.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/**
 * What an admin does with staff accounts: create (never echoing a password), change roles, deactivate,
 * reset a password; duplicates, unknown roles and removing the last active admin are refused.
 */
@QuarkusTest
@KnownNewsroom
class StaffAdministrationTest {

    private static final String STAFF = "/api/v1/staff";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://newsroom.example/problems/";
    private static final String NEW_PASSWORD = "a-long-passphrase-for-omar";

    @Inject
    TestStaff staff;

    @Member(StaffRole.ADMIN)
    StaffUser admin;
    @Member(StaffRole.AUTHOR)
    StaffUser lina;

    @Test
    void anAdminCreatesAMemberAndTheAnswerNeverCarriesThePassword() {
        ValidatableResponse created = asAdmin()
                .body(Map.of("email", "Omar@Newsroom.Example", "displayName", "عمر صالح", "password", NEW_PASSWORD,
                        "roles", List.of("author"), "authorSlug", "rami-haddad"))
                .when().post(STAFF)
                .then().statusCode(201)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", is("private, no-store"))
                .body("id", notNullValue())
                .body("email", is("omar@newsroom.example"))
                .body("displayName", is("عمر صالح"))
                .body("roles", contains("author"))
                .body("active", is(true))
                .body("authorSlug", is("rami-haddad"));
        int id = created.extract().path("id");
        created.header("Location", endsWith(STAFF + "/" + id));
        assertNoPasswordIn(created.extract().asString());

        String listed = asAdmin().when().get(STAFF)
                .then().statusCode(200)
                .body("total", is(3))
                .body("items.email", hasItem("omar@newsroom.example"))
                .body("items", everyItem(not(hasKey("passwordHash"))))
                .extract().asString();
        assertNoPasswordIn(listed);
        assertNoPasswordIn(asAdmin().when().get(STAFF + "/" + id).then().statusCode(200).extract().asString());

        signIn("omar@newsroom.example", NEW_PASSWORD).statusCode(200);
    }

    @Test
    void changedRolesAreWhatTheMembersNextTokenCarries() {
        asAdmin().body(Map.of("roles", List.of("editor", "moderator")))
                .when().patch(STAFF + "/" + lina.getId())
                .then().statusCode(200)
                .body("roles", containsInAnyOrder("editor", "moderator"))
                .body("authorSlug", is("lina-khoury"));

        String token = signIn("lina@newsroom.example", TestStaff.PASSWORD).statusCode(200).extract().path("accessToken");
        assertThat(claims(token).getList("groups", String.class)).containsExactlyInAnyOrder("editor", "moderator");
    }

    @Test
    void aDeactivatedMembersTokenIsRefusedAtOnceAndTheyCannotSignIn() {
        String token = staff.tokenFor(lina);
        given().auth().oauth2(token).when().get("/api/v1/articles?status=draft").then().statusCode(200);

        asAdmin().body(Map.of("active", false))
                .when().patch(STAFF + "/" + lina.getId())
                .then().statusCode(200)
                .body("active", is(false));

        given().auth().oauth2(token).when().get("/api/v1/articles?status=draft")
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "unauthorized"));
        signIn("lina@newsroom.example", TestStaff.PASSWORD).statusCode(401);
    }

    @Test
    void aPasswordResetAnswersATemporaryPasswordThatReplacesTheOldOne() {
        String temporary = asAdmin()
                .when().post(STAFF + "/" + lina.getId() + "/password-reset")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", is("private, no-store"))
                .extract().path("temporaryPassword");

        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo(TestStaff.PASSWORD);
        signIn("lina@newsroom.example", temporary).statusCode(200);
        signIn("lina@newsroom.example", TestStaff.PASSWORD).statusCode(401);
    }

    @Test
    void aSecondAccountWithTheSameEmailIsAConflict() {
        asAdmin()
                .body(Map.of("email", "LINA@newsroom.example", "displayName", "لينا أخرى", "password", NEW_PASSWORD,
                        "roles", List.of("author")))
                .when().post(STAFF)
                .then().statusCode(409)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "conflict"))
                .body("status", is(409));

        asAdmin().when().get(STAFF).then().statusCode(200).body("total", is(2));
    }

    @Test
    void anUnknownRoleIsA400NamingRoles() {
        asAdmin()
                .body(Map.of("email", "omar@newsroom.example", "displayName", "عمر صالح", "password", NEW_PASSWORD,
                        "roles", List.of("author", "publisher")))
                .when().post(STAFF)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", is(400))
                .body("errors.field", hasItem("roles"));
        asAdmin().body(Map.of("roles", List.of("superuser")))
                .when().patch(STAFF + "/" + lina.getId())
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("errors.field", hasItem("roles"));

        asAdmin().when().get(STAFF).then().statusCode(200).body("total", is(2));
        asAdmin().when().get(STAFF + "/" + lina.getId()).then().statusCode(200).body("roles", contains("author"));
    }

    @Test
    void theLastActiveAdminCannotLoseTheAdminRole() {
        lastAdminConflict(asAdmin().body(Map.of("roles", List.of("editor"))).when().patch(STAFF + "/" + admin.getId()).then());

        asAdmin().when().get(STAFF + "/" + admin.getId()).then().statusCode(200).body("roles", contains("admin"));
    }

    @Test
    void theLastActiveAdminCannotBeDeactivated() {
        lastAdminConflict(asAdmin().body(Map.of("active", false)).when().patch(STAFF + "/" + admin.getId()).then());

        asAdmin().when().get(STAFF + "/" + admin.getId()).then().statusCode(200).body("active", is(true));
    }

    @Test
    void aDeactivatedAdminDoesNotCountAsAnotherAdmin() {
        StaffUser retired = staff.member("retired@newsroom.example", null, StaffRole.ADMIN);
        staff.deactivate(retired);

        lastAdminConflict(asAdmin().body(Map.of("roles", List.of("editor"))).when().patch(STAFF + "/" + admin.getId()).then());
    }

    @Test
    void anAdminMayStepDownWhileAnotherActiveAdminRemains() {
        staff.member("second-admin@newsroom.example", null, StaffRole.ADMIN);

        asAdmin().body(Map.of("roles", List.of("editor")))
                .when().patch(STAFF + "/" + admin.getId())
                .then().statusCode(200)
                .body("roles", contains("editor"));
    }

    // --- helpers ---

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(staff.tokenFor(admin)).contentType("application/json");
    }

    private static ValidatableResponse signIn(String email, String password) {
        return given().contentType("application/json")
                .body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/token")
                .then();
    }

    private static void lastAdminConflict(ValidatableResponse response) {
        response.statusCode(409)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "conflict"))
                .body("status", is(409));
    }

    private static void assertNoPasswordIn(String json) {
        assertThat(json).doesNotContain("password", "Password", NEW_PASSWORD, TestStaff.PASSWORD, "$2a$", "$2b$", "$2y$");
    }

    private static JsonPath claims(String jwt) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
