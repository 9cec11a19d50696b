package news.newsroom.staff;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import news.newsroom.support.Concurrently;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Problems;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/** The two remaining admins demoting and deactivating each other and themselves at once: one admin remains. */
@QuarkusTest
@KnownNewsroom
class ConcurrentAdminChangesTest {

    static final int REQUESTS = 24;

    @Inject
    TestStaff staff;

    @Inject
    EntityManager em;

    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void twoAdminsRemovingThemselvesAndEachOtherAtOnceLeaveOneActiveAdmin() {
        StaffUser second = staff.member("second-admin@newsroom.example", null, StaffRole.ADMIN);
        List<StaffUser> admins = List.of(admin, second);

        List<Response> responses = Concurrently.run(REQUESTS, i -> {
            StaffUser caller = admins.get(i % 2);
            StaffUser target = admins.get((i / 2) % 2);
            Map<String, Object> change = (i / 4) % 2 == 0 ? Map.of("active", false) : Map.of("roles", List.of("editor"));
            return as(caller).contentType("application/json").body(change)
                    .when().patch("/api/v1/staff/" + target.getId()).thenReturn();
        });

        // 200 for the change that won (and for repeating it), 409 for removing the last admin, 401 or 403 for a
        // caller who had just lost the role or the account.
        assertThat(responses).extracting(Response::statusCode).containsAnyOf(200).containsAnyOf(409)
                .allSatisfy(status -> assertThat(status).isIn(200, 401, 403, 409));
        responses.stream().filter(response -> response.statusCode() == 409)
                .forEach(response -> Problems.refused(response.then(), 409, "conflict"));
        assertThat(activeAdmins()).isEqualTo(1);
    }

    private long activeAdmins() {
        return ((Number) em.createNativeQuery(
                "select count(*) from staff_user where active and roles like '%admin%'").getSingleResult()).longValue();
    }
}
