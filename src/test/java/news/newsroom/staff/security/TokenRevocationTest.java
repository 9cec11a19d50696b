package news.newsroom.staff.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.StaffRequests;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/**
 * Tokens end at once, not at their expiry, when what they were issued for changes: a password reset, a
 * deactivation (even if the account is reactivated), a role taken away. A token signed in afterwards works.
 * A role added counts at once with the token held (CurrentRolesTest), so it needs no new token.
 */
@QuarkusTest
@KnownNewsroom
class TokenRevocationTest {

    private static final String STAFF = "/api/v1/staff";
    private static final String DRAFTS = "/api/v1/articles?status=draft";

    @Member(StaffRole.ADMIN)
    StaffUser admin;
    @Member(StaffRole.AUTHOR)
    StaffUser lina;

    @Test
    void aPasswordResetEndsTheMembersTokensAtOnce() {
        String before = signIn(TestStaff.PASSWORD);
        with(before).when().get(DRAFTS).then().statusCode(200);

        String temporary = asAdmin().when().post(STAFF + "/" + lina.getId() + "/password-reset")
                .then().statusCode(200).extract().path("temporaryPassword");

        revoked(with(before).when().get(DRAFTS).then());
        revoked(with(StaffRequests.tokenFor(lina)).when().get("/api/v1/articles").then());
        with(signIn(temporary)).when().get(DRAFTS).then().statusCode(200);
    }

    @Test
    void aRoleChangeThatDropsARoleEndsTheOldTokens() {
        String before = signIn(TestStaff.PASSWORD);

        asAdmin().body(Map.of("roles", List.of("editor"))).when().patch(STAFF + "/" + lina.getId())
                .then().statusCode(200);

        revoked(with(before).when().get(DRAFTS).then());
        with(signIn(TestStaff.PASSWORD)).when().get(DRAFTS).then().statusCode(200);
    }

    @Test
    void aDemotionEndsTheOldTokens() {
        String before = signIn(TestStaff.PASSWORD);

        asAdmin().body(Map.of("roles", List.of("moderator"))).when().patch(STAFF + "/" + lina.getId())
                .then().statusCode(200);

        with(before).when().get("/api/v1/articles").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", is("https://newsroom.example/problems/unauthorized"));
    }

    @Test
    void renamingAMemberLeavesTheirTokensValid() {
        String before = signIn(TestStaff.PASSWORD);

        asAdmin().body(Map.of("displayName", "لينا خوري")).when().patch(STAFF + "/" + lina.getId())
                .then().statusCode(200);
        asAdmin().body(Map.of("roles", List.of("author"))).when().patch(STAFF + "/" + lina.getId())
                .then().statusCode(200);

        with(before).when().get(DRAFTS).then().statusCode(200);
    }

    @Test
    void aDeactivationEndsTokensAndReactivationDoesNotBringThemBack() {
        String before = signIn(TestStaff.PASSWORD);

        asAdmin().body(Map.of("active", false)).when().patch(STAFF + "/" + lina.getId()).then().statusCode(200);
        asAdmin().body(Map.of("active", true)).when().patch(STAFF + "/" + lina.getId()).then().statusCode(200);

        revoked(with(before).when().get(DRAFTS).then());
        with(signIn(TestStaff.PASSWORD)).when().get(DRAFTS).then().statusCode(200);
    }

    private static void revoked(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("type", is("https://newsroom.example/problems/unauthorized"))
                .body("status", is(401));
    }

    private String signIn(String password) {
        return given().contentType("application/json")
                .body(Map.of("email", lina.getEmail(), "password", password))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }

    private static RequestSpecification with(String token) {
        return given().auth().oauth2(token);
    }

    private RequestSpecification asAdmin() {
        return StaffRequests.as(admin).contentType("application/json");
    }
}
