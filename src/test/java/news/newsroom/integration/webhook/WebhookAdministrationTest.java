package news.newsroom.integration.webhook;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import news.newsroom.integration.webhook.Receiver.Received;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;

/**
 * Admins manage subscriptions: the secret is shown once, at creation and at each rotation (the old one signing
 * beside the new for a day); events, description and state change by PATCH; bad input is a problem naming what
 * is wrong; other roles are refused.
 */
@QuarkusTest
@KnownNewsroom
class WebhookAdministrationTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String HOOK = "https://127.0.0.1:9/hooks";

    @Member(StaffRole.ADMIN)
    StaffUser admin;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void anAdminSubscribesAndSeesTheSecretOnlyInThatAnswer() {
        ValidatableResponse created = create(Map.of("url", HOOK, "events", List.of("article.*", "tag.created"),
                "description", "  موقع الشريك  ")).statusCode(201)
                .header("Cache-Control", is("private, no-store"))
                .body("url", is(HOOK))
                .body("events", contains("article.*", "tag.created"))
                .body("description", is("موقع الشريك"))
                .body("active", is(true))
                .body("secret", startsWith("whsec_"))
                .body("createdAt", notNullValue());
        int id = created.extract().path("id");
        String secret = created.extract().path("secret");
        created.header("Location", endsWith(WEBHOOKS + "/" + id));

        String listed = admin().when().get(WEBHOOKS).then().statusCode(200)
                .body("id", contains(id)).body("", everyItem(not(hasKey("secret")))).extract().asString();
        assertThat(listed).doesNotContain(secret);
        admin().when().get(WEBHOOKS + "/" + id).then().statusCode(200)
                .body("url", is(HOOK)).body("$", not(hasKey("secret")));
    }

    @Test
    void patchChangesWhatItNamesAndLeavesTheRest() {
        int id = create(Map.of("url", HOOK, "events", List.of("*"), "description", "وصف")).statusCode(201)
                .extract().path("id");

        admin().body(Map.of("events", List.of("comment.approved", "comment.approved"))).when().patch(WEBHOOKS + "/" + id)
                .then().statusCode(200).body("events", contains("comment.approved")).body("description", is("وصف"))
                .body("active", is(true));
        admin().body(Map.of("active", false, "description", "")).when().patch(WEBHOOKS + "/" + id).then().statusCode(200)
                .body("active", is(false)).body("$", not(hasKey("description")))
                .body("events", contains("comment.approved"));
        admin().body(Map.of("active", true)).when().patch(WEBHOOKS + "/" + id).then().statusCode(200)
                .body("active", is(true));

        admin().when().delete(WEBHOOKS + "/" + id).then().statusCode(204);
        Problems.refused(admin().when().get(WEBHOOKS + "/" + id).then(), 404, "not-found");
    }

    @Test
    void afterARotationBothSecretsSignForADay() throws Exception {
        try (Receiver receiver = new Receiver()) {
            ValidatableResponse created = create(Map.of("url", receiver.url(), "events", List.of("*"))).statusCode(201);
            int id = created.extract().path("id");
            String oldSecret = created.extract().path("secret");

            ValidatableResponse rotated = admin().when().post(WEBHOOKS + "/" + id + "/rotate-secret").then()
                    .statusCode(200).body("secret", startsWith("whsec_")).body("previousSecretUntil", notNullValue());
            String newSecret = rotated.extract().path("secret");
            assertThat(newSecret).isNotEqualTo(oldSecret);
            admin().when().get(WEBHOOKS + "/" + id).then().statusCode(200).body("$", not(hasKey("secret")));

            admin().when().post(WEBHOOKS + "/" + id + "/ping").then().statusCode(200).body("succeeded", is(true));
            Received ping = receiver.received().get(0);
            assertThat(ping.signature().split(" ")).hasSize(2).allMatch(signature -> signature.startsWith("v1,"));
            new Webhook(newSecret).verify(ping.body(), ping.headers());
            new Webhook(oldSecret).verify(ping.body(), ping.headers());
        }
    }

    @Test
    void badInputIsAProblemNamingWhatIsWrong() {
        Problems.refused(create(Map.of("url", HOOK, "events", List.of("article.published", "article.shredded"))), 400,
                "validation-failed").body("errors.field", contains("events[1]"));
        Problems.refused(create(Map.of("url", HOOK, "events", List.of("video.*"))), 400, "validation-failed")
                .body("errors.field", contains("events[0]"));
        Problems.refused(create(Map.of("url", HOOK, "events", List.of())), 400, "validation-failed")
                .body("errors.field", contains("events"));
        Problems.refused(create(Map.of("url", HOOK)), 400, "validation-failed").body("errors.field", contains("events"));
        Problems.refused(create(Map.of("url", HOOK, "events", List.of("*"), "description", "و".repeat(501))), 400,
                "validation-failed").body("errors.field", contains("description"));
        Problems.refused(create(Map.of("events", List.of("*"))), 422, "webhook-target-refused");
        Problems.refused(create(Map.of("url", "https://partner.example/" + "a".repeat(2_000), "events", List.of("*"))),
                400, "validation-failed").body("errors.field", contains("url"));
        for (String url : List.of("not a url", "ftp://partner.example/hooks", "/hooks/relative")) {
            Problems.refused(create(Map.of("url", url, "events", List.of("*"))), 422, "webhook-target-refused");
        }
        Problems.refused(admin().body("{\"url\": ").when().post(WEBHOOKS).then(), 400, "malformed-body");
        Problems.refused(admin().body(Map.of("events", List.of("nothing"))).when().patch(WEBHOOKS + "/1").then(), 404,
                "not-found");

        int id = create(Map.of("url", HOOK, "events", List.of("*"))).statusCode(201).extract().path("id");
        Problems.refused(admin().body(Map.of("events", List.of("nothing"))).when().patch(WEBHOOKS + "/" + id).then(),
                400, "validation-failed").body("errors.field", contains("events[0]"));
        Problems.refused(admin().body(Map.of("url", "gopher://x")).when().patch(WEBHOOKS + "/" + id).then(), 422,
                "webhook-target-refused");
        for (String path : List.of("", "/rotate-secret", "/ping", "/deliveries", "/deliveries/5/redeliver")) {
            String method = path.isEmpty() || path.equals("/deliveries") ? "GET" : "POST";
            Problems.refused(admin().request(method, WEBHOOKS + "/987654" + path).then(), 404, "not-found");
        }
        Problems.refused(admin().when().post(WEBHOOKS + "/" + id + "/deliveries/987654/redeliver").then(), 404,
                "not-found");
        Problems.refused(admin().when().get(WEBHOOKS + "/abc").then(), 400, "invalid-parameter");
        Problems.refused(admin().queryParam("limit", 0).when().get(WEBHOOKS + "/" + id + "/deliveries").then(), 400,
                "invalid-parameter");
        Problems.refused(admin().queryParam("cursor", "forged").when().get(WEBHOOKS + "/" + id + "/deliveries").then(),
                400, "invalid-parameter");
    }

    @Test
    void onlyAdminsManageWebhooks() {
        Problems.refused(as(editor).contentType("application/json").body(Map.of("url", HOOK, "events", List.of("*")))
                .when().post(WEBHOOKS).then(), 403, "forbidden");
        Problems.refused(as(editor).when().get(WEBHOOKS).then(), 403, "forbidden");
        Problems.refused(as(null).when().get(WEBHOOKS).then(), 401, "unauthorized");
    }

    private ValidatableResponse create(Map<String, Object> body) {
        return admin().body(body).when().post(WEBHOOKS).then();
    }

    private RequestSpecification admin() {
        return as(admin).contentType("application/json");
    }

}
