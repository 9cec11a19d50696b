package news.newsroom.staff.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token says who its bearer is; the account says what they may do now. A change an admin makes to an account
 * takes effect on the very next request made with a token issued before it, without waiting for it to expire.
 */
@QuarkusTest
class CurrentRolesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://newsroom.example/problems/";
    private static final String STAFF = "/api/v1/staff";
    private static final String ARTICLES = "/api/v1/articles";
    /** The query that reads the caller's account (see StaffRepository.findWithAuthor). */
    private static final String ACCOUNT_QUERY = "from StaffUser s left join fetch s.author where s.id = ?1";

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Inject
    SessionFactory sessionFactory;

    Newsdesk desk;
    StaffUser admin;
    StaffUser lina;

    @BeforeAll
    static void checkResponsesAgainstDocument() {
        OpenApiValidation.install();
    }

    @BeforeEach
    void newsroom() {
        staff.clear();
        desk = Newsdesk.create(content);
        admin = staff.member("admin@newsroom.example", null, StaffRole.ADMIN);
        lina = staff.member("lina@newsroom.example", desk.lina(), StaffRole.EDITOR, StaffRole.AUTHOR);
    }

    @Test
    void aRoleRemovedFromTheAccountRefusesTheOldTokenOnTheNextRequest() {
        String token = staff.tokenFor(lina);
        publish(token, desk.draft().getId()).statusCode(200).body("status", is("published"));

        changeAccount(Map.of("roles", List.of("author")));

        refused(publish(token, desk.scheduled().getId()), "This token claims roles the account no longer has. Sign in again.");
        asAdmin().when().get(ARTICLES + "/" + desk.scheduled().getId()).then().statusCode(200).body("status", is("scheduled"));
        // Not on the desk's endpoints only: the token is refused wherever it is sent.
        refused(withToken(token).when().get(ARTICLES).then(), "This token claims roles the account no longer has. Sign in again.");
    }

    @Test
    void aRoleAddedToTheAccountCountsOnTheNextRequestWithTheOldToken() {
        StaffUser rami = staff.member("rami@newsroom.example", desk.rami(), StaffRole.AUTHOR);
        String token = staff.tokenFor(rami);
        withToken(token).when().get("/api/v1/moderation/words")
                .then().statusCode(403)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "forbidden"))
                .body("detail", is("Your role does not allow this."));

        asAdmin().body(Map.of("roles", List.of("author", "moderator")))
                .when().patch(STAFF + "/" + rami.getId())
                .then().statusCode(200);

        withToken(token).when().get("/api/v1/moderation/words")
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
    }

    @Test
    void aDeactivatedAccountsTokenIsRefusedOnTheNextRequestEvenOnPublicReads() {
        String token = staff.tokenFor(lina);
        withToken(token).when().get(ARTICLES + "?status=draft").then().statusCode(200).body("total", is(1));

        changeAccount(Map.of("active", false));

        refused(withToken(token).when().get(ARTICLES + "?status=draft").then(), "This staff account is deactivated.");
        refused(withToken(token).when().get(ARTICLES).then(), "This staff account is deactivated.");
        refused(publish(token, desk.draft().getId()), "This staff account is deactivated.");
    }

    @Test
    void theAccountIsReadOncePerRequest() {
        String token = staff.tokenFor(lina);
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getQueryStatistics(ACCOUNT_QUERY).getExecutionCount();

        // @RolesAllowed, the credentials filter and the editor's caller all want to know who is calling.
        publish(token, desk.draft().getId()).statusCode(200);

        assertThat(statistics.getQueryStatistics(ACCOUNT_QUERY).getExecutionCount() - before).isEqualTo(1);
    }

    // --- helpers ---

    private void changeAccount(Map<String, Object> change) {
        asAdmin().body(change).when().patch(STAFF + "/" + lina.getId()).then().statusCode(200);
    }

    private RequestSpecification asAdmin() {
        return withToken(staff.tokenFor(admin)).contentType("application/json");
    }

    private static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).header("Accept-Language", "en");
    }

    private static ValidatableResponse publish(String token, long id) {
        return withToken(token).contentType("application/json").when().post(ARTICLES + "/" + id + "/publish").then();
    }

    private static void refused(ValidatableResponse response, String detail) {
        response.statusCode(401)
                .header("WWW-Authenticate", is("Bearer error=\"invalid_token\""))
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(PROBLEMS + "unauthorized"))
                .body("status", is(401))
                .body("detail", is(detail));
    }
}
