package news.newsroom.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import news.newsroom.NewsroomConfig;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Problems;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/**
 * Each integrator key has a quota per window, set by an admin or the configured default: every keyed request
 * says where the key stands in RateLimit-* headers, and past the quota gets a 429 with Retry-After.
 */
@QuarkusTest
@KnownNewsroom
class ApiKeyQuotaTest {

    private static final String KEYS = "/api/v1/api-keys";
    private static final String PUBLIC_READ = "/api/v1/articles";

    @Inject
    TestStaff staff;

    @Inject
    RedisDataSource redis;

    @Inject
    NewsroomConfig config;

    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void aKeyWithoutItsOwnQuotaGetsTheConfiguredDefault() {
        String key = create(Map.of("name", "شريك بلا حصة")).body("quota", is(config.apiKeys().defaultQuota()))
                .extract().path("key");
        given().header("X-API-Key", key).when().get(PUBLIC_READ)
                .then().statusCode(200)
                .header("RateLimit-Limit", is(String.valueOf(config.apiKeys().defaultQuota())))
                .header("RateLimit-Remaining", is(String.valueOf(config.apiKeys().defaultQuota() - 1)))
                .header("RateLimit-Reset", matchesPattern("[1-9]\\d*"));
    }

    @Test
    void everyKeyedRequestCountsAndThe429ComesPastTheAdminsQuota() {
        var created = create(Map.of("name", "شريك صغير", "quota", 3)).body("quota", is(3)).extract();
        String key = created.path("key");
        for (int left = 2; left >= 0; left--) {
            given().header("X-API-Key", key).when().get(PUBLIC_READ)
                    .then().statusCode(200)
                    .header("RateLimit-Limit", is("3"))
                    .header("RateLimit-Remaining", is(String.valueOf(left)))
                    .header("RateLimit-Reset", matchesPattern("[1-9]\\d*"));
        }
        Problems.refused(given().header("X-API-Key", key).when().get(PUBLIC_READ).then(), 429, "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Limit", is("3"))
                .header("RateLimit-Remaining", is("0"))
                .header("RateLimit-Reset", matchesPattern("[1-9]\\d*"));
        // Readers without a key are not held back by an integrator's quota.
        given().when().get(PUBLIC_READ).then().statusCode(200);
        String counter = config.redis().keyPrefix() + "api-key:" + created.path("id");
        assertThat(redis.value(String.class).get(counter)).isEqualTo("3");
        asAdmin().when().get(KEYS).then().statusCode(200).body("[0].quota", is(3));
    }

    @Test
    void aQuotaOutsideOneToAMillionIsRefusedNamingTheField() {
        Problems.refused(asAdmin().body(Map.of("name", "شريك", "quota", 0)).when().post(KEYS).then(), 400, "validation-failed")
                .body("errors[0].field", is("quota"));
        Problems.refused(asAdmin().body(Map.of("name", "شريك", "quota", 1_000_001)).when().post(KEYS).then(), 400,
                "validation-failed").body("errors[0].field", is("quota"));
    }

    private io.restassured.response.ValidatableResponse create(Map<String, Object> body) {
        return asAdmin().body(body).when().post(KEYS).then().statusCode(201);
    }

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(staff.tokenFor(admin)).contentType("application/json");
    }
}
