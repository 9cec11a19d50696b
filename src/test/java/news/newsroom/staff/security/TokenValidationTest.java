package news.newsroom.staff.security;

import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Bearer token is checked, on staff endpoints and public reads alike: a forged, foreign, unsigned or
 * expired one is a 401 with a Bearer challenge, never an anonymous request; a valid one without the role is 403.
 */
@QuarkusTest
@KnownNewsroom
class TokenValidationTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://newsroom.example/problems/";
    private static final String STAFF_ONLY = "/api/v1/staff";
    private static final String PUBLIC_READ = "/api/v1/articles";

    /** Tokens the API must refuse; each claims to be the admin, so only the flaw named can be the reason. */
    enum BadToken {
        SIGNED_WITH_ANOTHER_KEY, FROM_ANOTHER_ISSUER, UNSIGNED_ALG_NONE, EXPIRED
    }

    private static KeyPair foreignKeys;

    @Inject
    TestStaff staff;

    @Member(StaffRole.ADMIN)
    StaffUser admin;
    @Member(StaffRole.MODERATOR)
    StaffUser moderator;

    @BeforeAll
    static void foreignKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        foreignKeys = generator.generateKeyPair();
    }

    @Test
    void aValidTokenIsAcceptedOnStaffEndpointsAndPublicReads() {
        withToken(staff.tokenFor(admin)).when().get(STAFF_ONLY).then().statusCode(200).body("total", is(2));
        withToken(staff.tokenFor(admin)).when().get(PUBLIC_READ).then().statusCode(200).body("total", is(5));
    }

    @ParameterizedTest
    @EnumSource(BadToken.class)
    void aBadTokenIsRefusedWithABearerChallenge(BadToken kind) {
        refusedAsUnauthenticated(withToken(token(kind)).when().get(STAFF_ONLY).then());
    }

    @ParameterizedTest
    @EnumSource(BadToken.class)
    void aBadTokenOnAPublicReadIsRefusedNotTreatedAsAnonymous(BadToken kind) {
        given().when().get(PUBLIC_READ).then().statusCode(200);

        refusedAsUnauthenticated(withToken(token(kind)).when().get(PUBLIC_READ).then());
    }

    @Test
    void aBearerValueThatIsNoJwtAtAllIsRefused() {
        refusedAsUnauthenticated(withToken("not-a-token").when().get(PUBLIC_READ).then());
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Basic YWRtaW5AbmV3c3Jvb20uZXhhbXBsZTpzZWNyZXQ=", "Digest username=\"admin\"",
            "Bearer", "Bearer ", "Bearer a b", "Token abc", "bearer"})
    void anotherSchemeOrAMalformedBearerIsRefusedNotTreatedAsAnonymous(String authorization) {
        given().when().get(PUBLIC_READ).then().statusCode(200);

        refusedAsUnauthenticated(given().header("Authorization", authorization).when().get(PUBLIC_READ).then());
        refusedAsUnauthenticated(given().header("Authorization", authorization).when().get(STAFF_ONLY).then());
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        given().header("Authorization", "bearer " + staff.tokenFor(admin)).when().get(STAFF_ONLY).then().statusCode(200);
    }

    @Test
    void aWellSignedTokenForAnAccountThatDoesNotExistIsRefused() {
        String orphan = Jwt.subject("999999").upn("ghost@newsroom.example").groups(Set.of("admin")).expiresIn(600).sign();

        withToken(orphan).when().get(STAFF_ONLY)
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "unauthorized"));
    }

    @Test
    void aValidTokenWithoutTheNeededRoleIsForbidden() {
        withToken(staff.tokenFor(moderator)).when().get(STAFF_ONLY)
                .then().statusCode(403)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "forbidden"))
                .body("status", is(403));
    }

    // --- helpers ---

    private static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token);
    }

    private static void refusedAsUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "unauthorized"))
                .body("status", is(401));
    }

    private String token(BadToken kind) {
        String subject = String.valueOf(admin.getId());
        Instant now = Instant.now();
        return switch (kind) {
            case SIGNED_WITH_ANOTHER_KEY -> Jwt.subject(subject).groups(Set.of("admin")).expiresIn(600)
                    .sign(foreignKeys.getPrivate());
            case FROM_ANOTHER_ISSUER -> Jwt.issuer("https://evil.example").subject(subject).groups(Set.of("admin"))
                    .expiresIn(600).sign();
            case UNSIGNED_ALG_NONE -> unsigned("""
                    {"iss": "https://newsroom.example/api", "sub": "%s", "groups": ["admin"], "iat": %d, "exp": %d}
                    """.formatted(subject, now.getEpochSecond(), now.plusSeconds(600).getEpochSecond()));
            case EXPIRED -> Jwt.subject(subject).groups(Set.of("admin"))
                    .issuedAt(now.minusSeconds(3600)).expiresAt(now.minusSeconds(60)).sign();
        };
    }

    /** A token with {@code alg: none}: base64url header and payload, and an empty signature. */
    private static String unsigned(String payload) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return base64url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(payload.strip().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
