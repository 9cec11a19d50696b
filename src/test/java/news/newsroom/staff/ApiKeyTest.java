package news.newsroom.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/**
 * Integrator keys: an admin creates one and sees it whole exactly once; sent as X-API-Key it opens the public
 * reads; an invalid or revoked key is a 401, never silently an anonymous request.
 */
@QuarkusTest
@KnownNewsroom
class ApiKeyTest {

    private static final String KEYS = "/api/v1/api-keys";
    private static final String PUBLIC_READ = "/api/v1/articles";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://newsroom.example/problems/";
    private static final String PARTNER = "شريك: موقع الأخبار المحلية";

    @Inject
    TestStaff staff;

    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void anAdminCreatesAKeyAndSeesItWholeOnlyInThatAnswer() {
        ValidatableResponse created = asAdmin().body(Map.of("name", PARTNER))
                .when().post(KEYS)
                .then().statusCode(201)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", is("private, no-store"))
                .body("name", is(PARTNER))
                .body("key", startsWith("nrk_"))
                .body("createdAt", notNullValue())
                .body("revokedAt", nullValue());
        int id = created.extract().path("id");
        String key = created.extract().path("key");
        created.header("Location", endsWith(KEYS + "/" + id))
                .body("prefix", is(key.substring(0, 8)));
        assertThat(key).hasSizeGreaterThan(40);

        String listed = asAdmin().when().get(KEYS)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("id", contains(id))
                .body("prefix", contains(key.substring(0, 8)))
                .body("", everyItem(not(hasKey("key"))))
                .extract().asString();
        assertThat(listed).doesNotContain(key);
    }

    @Test
    void aValidKeyOpensThePublicReads() {
        String key = createKey();

        withKey(key).when().get(PUBLIC_READ)
                .then().statusCode(200)
                .body("total", is(5));
    }

    @Test
    void anInvalidKeyIsRefusedNotTreatedAsAnonymous() {
        createKey();
        given().when().get(PUBLIC_READ).then().statusCode(200);

        refusedKey(withKey("nrk_thisKeyWasNeverIssuedByTheNewsroomAtAll0000").when().get(PUBLIC_READ).then());
        refusedKey(withKey("hello").when().get(PUBLIC_READ).then());
    }

    @Test
    void aRevokedKeyIsRefusedFromThenOn() {
        String key = createKey();
        int id = asAdmin().when().get(KEYS).then().statusCode(200).extract().path("[0].id");
        withKey(key).when().get(PUBLIC_READ).then().statusCode(200);

        asAdmin().when().delete(KEYS + "/" + id)
                .then().statusCode(200)
                .body("id", is(id))
                .body("revokedAt", notNullValue())
                .body("$", not(hasKey("key")));

        refusedKey(withKey(key).when().get(PUBLIC_READ).then());
        asAdmin().when().get(KEYS).then().statusCode(200).body("[0].revokedAt", notNullValue());
    }

    @Test
    void revokingAKeyThatDoesNotExistIsA404() {
        asAdmin().when().delete(KEYS + "/9999")
                .then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "not-found"));
    }

    @Test
    void aKeyIsNoStaffCredential() {
        String key = createKey();

        withKey(key).when().get("/api/v1/staff")
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON));
        withKey(key).when().get(PUBLIC_READ + "?status=draft")
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON));
    }

    // --- helpers ---

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(staff.tokenFor(admin)).contentType("application/json");
    }

    private static RequestSpecification withKey(String key) {
        return given().header("X-API-Key", key);
    }

    private String createKey() {
        return asAdmin().body(Map.of("name", PARTNER)).when().post(KEYS).then().statusCode(201).extract().path("key");
    }

    private static void refusedKey(ValidatableResponse response) {
        response.statusCode(401)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "unauthorized"))
                .body("status", is(401));
    }
}
