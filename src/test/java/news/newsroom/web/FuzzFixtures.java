package news.newsroom.web;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.newsroom.article.Article;
import news.newsroom.comment.CommentRateLimiter;
import news.newsroom.comment.Readers;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.StaffRequests;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;

/**
 * What the fuzzer's requests name, built afresh before each operation so that every operation starts from the
 * same state (and a seed reproduces one operation alone): the {@link Newsdesk}, one member per role, an API
 * key, comments on a published article, and a webhook with a delivery. Ids and slugs of these rows are the
 * "real" values the fuzzer sends some of the time, so that requests reach past the 404.
 */
final class FuzzFixtures {

    /** Who sends a request: anonymous, a member of one role, an integrator's key, or forged credentials. */
    enum Identity {
        ANONYMOUS, ADMIN, EDITOR, AUTHOR, MODERATOR, API_KEY, FORGED
    }

    Newsdesk desk;
    final List<Long> articleIds = new ArrayList<>();
    final List<String> articleSlugs = new ArrayList<>();
    final List<Long> commentIds = new ArrayList<>();
    final List<Long> staffIds = new ArrayList<>();
    final List<Long> apiKeyIds = new ArrayList<>();
    final List<Long> webhookIds = new ArrayList<>();
    final List<Long> deliveryIds = new ArrayList<>();
    private final java.util.EnumMap<Identity, String> tokens = new java.util.EnumMap<>(Identity.class);
    private String apiKey;

    /** Clears the schema's content and staff and builds everything anew. */
    void rebuild() {
        TestStaff staff = Arc.container().instance(TestStaff.class).get();
        staff.clear();
        desk = Newsdesk.create(Arc.container().instance(TestContent.class).get());
        clearLists();
        for (Article article : List.of(desk.electionsToday(), desk.solarRoofs(), desk.waterCuts(), desk.budget(),
                desk.theatre(), desk.draft(), desk.scheduled(), desk.archived())) {
            articleIds.add(article.getId());
            articleSlugs.add(article.getSlug());
        }
        StaffUser admin = staff.member("admin@newsroom.example", null, StaffRole.ADMIN);
        StaffUser editor = staff.member("editor@newsroom.example", null, StaffRole.EDITOR);
        StaffUser author = staff.member("lina@newsroom.example", desk.lina(), StaffRole.AUTHOR);
        StaffUser moderator = staff.member("mod@newsroom.example", null, StaffRole.MODERATOR);
        for (StaffUser member : List.of(admin, editor, author, moderator)) {
            staffIds.add(member.getId());
        }
        tokens.put(Identity.ADMIN, StaffRequests.tokenFor(admin));
        tokens.put(Identity.EDITOR, StaffRequests.tokenFor(editor));
        tokens.put(Identity.AUTHOR, StaffRequests.tokenFor(author));
        tokens.put(Identity.MODERATOR, StaffRequests.tokenFor(moderator));

        Response key = adminRequest().body(Map.of("name", "شريك")).post("/api/v1/api-keys");
        apiKey = key.path("key");
        apiKeyIds.add(((Number) key.path("id")).longValue());

        CommentRateLimiter limiter = Arc.container().instance(CommentRateLimiter.class).get();
        limiter.reset();
        long commented = desk.electionsToday().getId();
        for (int i = 0; i < 3; i++) {
            Response comment = Readers.post(commented, "10.9.0." + i, "تعليق رقم " + i + " على الخبر");
            if (comment.statusCode() == 201) {
                commentIds.add(((Number) comment.path("id")).longValue());
            }
        }
        limiter.reset();

        Response webhook = adminRequest().body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("*")))
                .post("/api/v1/webhooks");
        if (webhook.statusCode() == 201) {
            long id = ((Number) webhook.path("id")).longValue();
            webhookIds.add(id);
            adminRequest().post("/api/v1/webhooks/" + id + "/ping");
            List<Number> deliveries = adminRequest().get("/api/v1/webhooks/" + id + "/deliveries").path("items.id");
            if (deliveries != null) {
                deliveries.forEach(delivery -> deliveryIds.add(delivery.longValue()));
            }
        }
    }

    private void clearLists() {
        for (List<?> list : List.of(articleIds, articleSlugs, commentIds, staffIds, apiKeyIds, webhookIds,
                deliveryIds)) {
            list.clear();
        }
    }

    private io.restassured.specification.RequestSpecification adminRequest() {
        return given().noFilters().auth().oauth2(tokens.get(Identity.ADMIN)).contentType("application/json");
    }

    /** The credentials headers {@code identity} sends. */
    Map<String, String> credentials(Identity identity) {
        return switch (identity) {
            case ANONYMOUS -> Map.of();
            case API_KEY -> Map.of("X-API-Key", apiKey);
            case FORGED -> Map.of("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.");
            default -> Map.of("Authorization", "Bearer " + tokens.get(identity));
        };
    }

    /** Ids of rows that exist, for the path parameter {@code name} of {@code path}; empty when none fits. */
    List<?> realPathValues(String path, String name) {
        if ("deliveryId".equals(name)) {
            return deliveryIds;
        }
        if ("version".equals(name)) {
            return List.of(0, 1, 2);
        }
        if ("page".equals(name)) {
            return List.of(1);
        }
        if ("slug".equals(name)) {
            return slugsFor(path);
        }
        if (path.contains("/articles/")) {
            return articleIds;
        }
        if (path.contains("/comments/")) {
            return commentIds;
        }
        if (path.contains("/staff/")) {
            return staffIds;
        }
        if (path.contains("/api-keys/")) {
            return apiKeyIds;
        }
        if (path.contains("/webhooks/")) {
            return webhookIds;
        }
        return List.of();
    }

    private List<String> slugsFor(String path) {
        if (path.contains("/articles/")) {
            return articleSlugs;
        }
        if (path.contains("/authors/")) {
            return List.of(desk.rami().getSlug(), desk.lina().getSlug());
        }
        if (path.contains("/sections/")) {
            return List.of(desk.politics().getSlug(), desk.economy().getSlug(), desk.energy().getSlug());
        }
        if (path.contains("/tags/")) {
            return List.of(desk.water().getSlug(), desk.solar().getSlug(), desk.elections().getSlug());
        }
        return List.of();
    }

    /** Values that name real rows for a body property or query parameter called {@code name}, or none. */
    List<?> realNamedValues(String name) {
        return switch (name) {
            case "sectionSlug", "parentSlug", "section" -> List.of(desk.politics().getSlug(), desk.economy().getSlug());
            case "authorSlugs", "authorSlug", "author" -> List.of(desk.lina().getSlug(), desk.rami().getSlug());
            case "tags" -> List.of(desk.water().getName(), desk.solar().getName());
            case "tag" -> List.of(desk.water().getSlug());
            case "ids" -> commentIds;
            case "q" -> List.of("المياه", "حمص", "الطاقة الشمسية", "انتخابات");
            default -> List.of();
        };
    }
}
