package news.newsroom.staff.security;

import news.newsroom.staff.StaffUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import news.newsroom.staff.StaffRole;

/**
 * POST /api/v1/auth/token: the right credentials get an RS256 Bearer token carrying the roles; wrong ones
 * get one answer whether or not the email exists; repeated failures lock the email or the client address.
 */
@QuarkusTest
@KnownNewsroom
class SignInTest {

    private static final String SIGN_IN = "/api/v1/auth/token";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://newsroom.example/problems/";
    private static final String RIMA = "rima@newsroom.example";
    private static final String NOBODY = "nobody@newsroom.example";
    private static final int LOCKOUT_SECONDS = 15 * 60;

    @Inject
    TestStaff staff;

    StaffUser rima;

    /** Rima, who both edits and moderates, is the only member of the staff. */
    @BeforeEach
    void rimaAlone() {
        rima = staff.member(RIMA, null, StaffRole.EDITOR, StaffRole.MODERATOR);
    }

    @Test
    void rightCredentialsAnswerAnRs256BearerTokenCarryingTheRolesAsGroups() {
        String token = signIn(RIMA, TestStaff.PASSWORD)
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", containsString("no-store"))
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(3600))
                .body("accessToken", matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                .extract().path("accessToken");

        assertThat(tokenPart(token, 0).getString("alg")).isEqualTo("RS256");
        JsonPath claims = tokenPart(token, 1);
        assertThat(claims.getList("groups", String.class)).containsExactlyInAnyOrder("editor", "moderator");
        assertThat(claims.getString("sub")).isEqualTo(String.valueOf(rima.getId()));
        assertThat(claims.getString("iss")).isEqualTo("https://newsroom.example/api");
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(3600L);

        // The API takes it: drafts are listed for staff only.
        given().auth().oauth2(token)
                .when().get("/api/v1/articles?status=draft")
                .then().statusCode(200)
                .body("total", is(1));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String wrongPassword = refusedSignIn(RIMA, "not-the-password");
        String unknownEmail = refusedSignIn(NOBODY, "not-the-password");

        assertThat(unknownEmail).isEqualTo(wrongPassword);
    }

    @Test
    void anUnknownEmailTakesAboutAsLongAsAWrongPasswordSinceItStillSpendsOneBcryptVerification() {
        // Warm up both paths once, then take the median of three of each (4 failures per email stay under the lock).
        refusedSignIn(RIMA, "warm-up");
        refusedSignIn(NOBODY, "warm-up");
        long wrongPassword = medianMillisOfThree(() -> refusedSignIn(RIMA, "not-the-password"));
        long unknownEmail = medianMillisOfThree(() -> refusedSignIn(NOBODY, "not-the-password"));

        assertThat(unknownEmail)
                .as("unknown email took %d ms, wrong password %d ms", unknownEmail, wrongPassword)
                .isGreaterThanOrEqualTo(wrongPassword / 2);
    }

    @Test
    void fiveFailuresForOneEmailRefuseItWith429EvenWithTheRightPassword() {
        failSignIns(RIMA, 5);

        int retryAfter = tooManyAttempts(signIn(RIMA, TestStaff.PASSWORD));

        assertThat(retryAfter).isBetween(1, LOCKOUT_SECONDS);
    }

    @Test
    void theEmailLockLastsUntilTheFifteenMinuteWindowOfItsFailuresHasPassed() {
        failSignIns(RIMA, 5);

        int retryAfter = tooManyAttempts(signIn(RIMA, TestStaff.PASSWORD));

        // The five failures all fell within the last minute: the window they opened closes about 15 minutes
        // from now, and until then the email stays refused.
        assertThat(retryAfter).as("Retry-After").isGreaterThan(LOCKOUT_SECONDS - 60).isLessThanOrEqualTo(LOCKOUT_SECONDS);
    }

    @Test
    void theEmailLockDoesNotReachOtherMembers() {
        staff.member("omar@newsroom.example", null, StaffRole.AUTHOR);
        failSignIns(RIMA, 5);

        signIn("omar@newsroom.example", TestStaff.PASSWORD).statusCode(200);
    }

    @Test
    void twentyFailuresFromOneClientRefuseEveryEmailFromItEvenWithTheRightPassword() {
        for (int i = 1; i <= 20; i++) {
            refusedSignIn("stranger" + i + "@example.com", "guess-" + i);
        }

        int retryAfter = tooManyAttempts(signIn(RIMA, TestStaff.PASSWORD));

        assertThat(retryAfter).isBetween(1, LOCKOUT_SECONDS);
    }

    @Test
    void aDeactivatedMemberCannotSignInAndTheirUnexpiredTokenIsRefusedOnItsNextRequest() {
        String token = signIn(RIMA, TestStaff.PASSWORD).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/v1/articles?status=draft").then().statusCode(200);

        staff.deactivate(rima);

        String refused = refusedSignIn(RIMA, TestStaff.PASSWORD);
        assertThat(refused).isEqualTo(refusedSignIn(RIMA, "not-the-password"));
        given().auth().oauth2(token).header("Accept-Language", "en")
                .when().get("/api/v1/articles?status=draft")
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", is(401))
                .body("type", is(PROBLEMS + "unauthorized"))
                .body("detail", is("This staff account is deactivated."));
        // Not quietly demoted to anonymous on a public read either.
        given().auth().oauth2(token)
                .when().get("/api/v1/articles")
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void aSignInWithoutAPasswordIsA400NamingTheField() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body(Map.of("email", RIMA))
                .when().post(SIGN_IN)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", is(400))
                .body("errors.field", hasItem("password"));
    }

    // --- helpers ---

    private static ValidatableResponse signIn(String email, String password) {
        return given().contentType("application/json").header("Accept-Language", "en")
                .body(Map.of("email", email, "password", password))
                .when().post(SIGN_IN)
                .then();
    }

    /** Asserts the one answer to wrong credentials and returns its body, less the request's own id. */
    private static String refusedSignIn(String email, String password) {
        return signIn(email, password)
                .statusCode(401)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "unauthorized"))
                .body("status", is(401))
                .body("detail", is("The email or password is wrong."))
                .body("requestId", notNullValue())
                .extract().asString().replaceAll(",\"requestId\":\"[^\"]*\"", "");
    }

    private static void failSignIns(String email, int times) {
        for (int i = 1; i <= times; i++) {
            refusedSignIn(email, "wrong-password-" + i);
        }
    }

    /** Asserts a 429 problem with a numeric Retry-After and returns the seconds. */
    private static int tooManyAttempts(ValidatableResponse response) {
        String retryAfter = response
                .statusCode(429)
                .contentType(startsWith(PROBLEM_JSON))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is(PROBLEMS + "too-many-requests"))
                .body("status", is(429))
                .extract().header("Retry-After");
        return Integer.parseInt(retryAfter);
    }

    private static JsonPath tokenPart(String jwt, int index) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    private static long medianMillisOfThree(Runnable request) {
        long[] millis = new long[3];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            request.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[1];
    }
}
