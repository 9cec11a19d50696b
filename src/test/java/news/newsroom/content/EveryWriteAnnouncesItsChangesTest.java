package news.newsroom.content;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.editorial.ArticleEditor;
import news.newsroom.comment.CommentRateLimiter;
import news.newsroom.comment.Readers;
import news.newsroom.content.ContentChanged.Entity;
import news.newsroom.content.ContentChanged.Kind;
import news.newsroom.section.Section;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write the API documents either announces what it changed ({@link ContentChanged}: which thing, which id,
 * what kind of change), as seen by the observers that act after commit, or is listed here as changing nothing a
 * reader sees. A new write operation in {@code openapi.yaml} fails this test until it is one or the other, so no
 * write path can change public content without the caches, the other nodes and the search index hearing of it.
 */
@QuarkusTest
class EveryWriteAnnouncesItsChangesTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** Writes that change nothing a reader can see, and why. */
    private static final Map<String, String> CHANGE_NO_PUBLIC_CONTENT = Map.ofEntries(
            Map.entry("signIn", "issues a token to a staff member"),
            Map.entry("createStaffMember", "staff accounts are not shown to readers (bylines are author profiles)"),
            Map.entry("changeStaffMember", "staff accounts are not shown to readers (bylines are author profiles)"),
            Map.entry("resetStaffPassword", "staff accounts are not shown to readers"),
            Map.entry("createApiKey", "API keys only raise an integrator's rate limits"),
            Map.entry("revokeApiKey", "API keys only raise an integrator's rate limits"),
            Map.entry("replaceModerationWords",
                    "the word lists judge comments still to come; shown comments stay as they are"),
            Map.entry("createWebhook", "webhook subscriptions are integrators' settings, never shown to readers"),
            Map.entry("changeWebhook", "webhook subscriptions are integrators' settings, never shown to readers"),
            Map.entry("deleteWebhook", "webhook subscriptions are integrators' settings, never shown to readers"),
            Map.entry("rotateWebhookSecret", "a signing secret is shown to the admin only"),
            Map.entry("pingWebhook", "a test event sent to the subscriber; no content changes"),
            Map.entry("redeliverWebhookDelivery", "sends a past event again; no content changes"));

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Inject
    CommittedChanges changes;

    @Inject
    CommentRateLimiter limiter;

    @Inject
    Scheduler scheduler;

    @Inject
    ArticleEditor articleEditor;

    @Inject
    NewsroomConfig config;

    @Inject
    DataSource dataSource;

    Newsdesk desk;
    StaffUser editor;
    StaffUser admin;
    StaffUser moderator;
    StaffUser author;

    /** The writes performed, by operation id: each performs its operation and checks what it announced. */
    private final Map<String, Runnable> writes = Map.ofEntries(
            Map.entry("createArticle", this::createArticle),
            Map.entry("replaceArticle", this::replaceArticle),
            Map.entry("patchArticle", this::patchArticle),
            Map.entry("deleteArticle", this::deleteArticle),
            Map.entry("restoreArticle", this::restoreArticle),
            Map.entry("publishArticle", this::publishArticle),
            Map.entry("unpublishArticle", this::unpublishArticle),
            Map.entry("archiveArticle", this::archiveArticle),
            Map.entry("submitArticle", this::submitArticle),
            Map.entry("postComment", this::postComment),
            Map.entry("reportComment", this::reportComment),
            Map.entry("moderateComment", this::moderateComment),
            Map.entry("moderateComments", this::moderateComments),
            Map.entry("changeCommentSettings", this::changeCommentSettings),
            Map.entry("createSection", this::createSection),
            Map.entry("replaceSection", this::replaceSection),
            Map.entry("deleteSection", this::deleteSection),
            Map.entry("createAuthor", this::createAuthor),
            Map.entry("replaceAuthor", this::replaceAuthor),
            Map.entry("deleteAuthor", this::deleteAuthor),
            Map.entry("createTag", this::createTag),
            Map.entry("replaceTag", this::replaceTag),
            Map.entry("deleteTag", this::deleteTag));

    @BeforeAll
    static void checkResponsesAgainstDocument() {
        OpenApiValidation.install();
    }

    @BeforeEach
    void newsroom() {
        // The scheduled publisher's changes would be seen too.
        scheduler.pause();
        staff.clear();
        desk = Newsdesk.create(content);
        limiter.reset();
        editor = staff.member("events-editor@newsroom.example", null, StaffRole.EDITOR);
        admin = staff.member("events-admin@newsroom.example", null, StaffRole.ADMIN);
        moderator = staff.member("events-mod@newsroom.example", null, StaffRole.MODERATOR);
        author = staff.member("events-lina@newsroom.example", desk.lina(), StaffRole.AUTHOR);
        changes.forget();
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    static Stream<String> writeOperations() {
        return new OpenAPIV3Parser().read(OpenApiValidation.SPEC.toString()).getPaths().values().stream()
                .flatMap(path -> path.readOperationsMap().entrySet().stream())
                .filter(operation -> operation.getKey() != PathItem.HttpMethod.GET)
                .map(operation -> operation.getValue().getOperationId())
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeOperations")
    void everyWriteAnnouncesWhatItChangedOrIsListedAsChangingNothingPublic(String operationId) {
        Runnable write = writes.get(operationId);
        if (write == null) {
            assertThat(CHANGE_NO_PUBLIC_CONTENT)
                    .as("%s is a write: perform it here and check what it announces, or list it as changing no "
                            + "public content", operationId)
                    .containsKey(operationId);
            return;
        }
        assertThat(CHANGE_NO_PUBLIC_CONTENT).as("%s is performed and listed as changing nothing", operationId)
                .doesNotContainKey(operationId);
        write.run();
    }

    @Test
    void everyOperationNamedHereIsAWriteOfTheDocument() {
        List<String> documented = writeOperations().toList();

        assertThat(documented).containsAll(writes.keySet()).containsAll(CHANGE_NO_PUBLIC_CONTENT.keySet());
    }

    @Test
    void publishingDueScheduledArticlesAnnouncesEachOne() throws SQLException {
        long id = desk.draft().getId();
        publish(id, "{\"publishAt\": \"" + Instant.now().plusSeconds(3600) + "\"}").statusCode(200)
                .body("status", is("scheduled"));
        changes.forget();
        // Its time has come, without waiting for it.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement due = connection.prepareStatement(
                        "update article set scheduled_at = now() - interval '1 minute' where id = ?")) {
            due.setLong(1, id);
            assertThat(due.executeUpdate()).isEqualTo(1);
        }

        assertThat(articleEditor.publishDue()).isEqualTo(1);

        announced(tuple(Entity.ARTICLE, id, Kind.PUBLISHED));
    }

    // --- writes refused or rolled back announce nothing ---

    @Test
    void aStaleIfMatchAnnouncesNothing() {
        long id = desk.waterCuts().getId();

        as(editor).contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"title\": \"عنوان لن يحفظ\"}")
                .when().patch(ARTICLES + "/" + id).then().statusCode(412)
                .contentType(startsWith("application/problem+json"));

        announced();
    }

    @Test
    void deletingASectionInUseAnnouncesNothing() {
        as(editor).when().delete("/api/v1/sections/" + desk.economy().getSlug()).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));

        announced();
    }

    @Test
    void aRolledBackBulkModerationAnnouncesNothingItsFirstChangeFired() {
        long comment = pendingComment("10.7.0.1");

        // The first comment is approved (and its change fired) before the unknown id fails the whole transaction.
        as(moderator).contentType("application/json")
                .body(Map.of("ids", List.of(comment, 999_999), "status", "approved"))
                .when().post("/api/v1/moderation/comments/bulk").then().statusCode(404);

        announced();
        given().when().get(ARTICLES + "/" + desk.waterCuts().getId() + "/comments").then().statusCode(200)
                .body("total", is(0));
    }

    // --- articles ---

    private void createArticle() {
        long id = idOf(as(editor).contentType("application/json").body("""
                {"title": "سوق الخضار يعود إلى ساحة المدينة", "sectionSlug": "economy", "authorSlugs": ["rami-haddad"],
                 "tags": ["المياه", "أسواق شعبية"], "blocks": [{"type": "paragraph", "html": "نص الخبر."}]}
                """).when().post(ARTICLES).then().statusCode(201));
        long newTag = idOf(given().when().get("/api/v1/tags/" + "أسواق-شعبية").then().statusCode(200));

        // The new tag is public content of its own; the existing one is not changed.
        announced(tuple(Entity.ARTICLE, id, Kind.CREATED), tuple(Entity.TAG, newTag, Kind.CREATED));
    }

    private void replaceArticle() {
        long id = desk.waterCuts().getId();
        as(editor).contentType("application/json").header("If-Match", staffEtag(id)).body("""
                {"title": "جدول معدّل لتوزيع المياه", "sectionSlug": "economy", "authorSlugs": ["lina-khoury"],
                 "blocks": [{"type": "paragraph", "html": "نص معدّل."}]}
                """).when().put(ARTICLES + "/" + id).then().statusCode(200).body("title", is("جدول معدّل لتوزيع المياه"));

        announced(tuple(Entity.ARTICLE, id, Kind.UPDATED));
    }

    private void patchArticle() {
        long id = desk.waterCuts().getId();
        as(editor).contentType(MERGE_PATCH).header("If-Match", staffEtag(id)).body("{\"subtitle\": \"تفاصيل الجدول\"}")
                .when().patch(ARTICLES + "/" + id).then().statusCode(200).body("subtitle", is("تفاصيل الجدول"));

        announced(tuple(Entity.ARTICLE, id, Kind.UPDATED));
    }

    private void deleteArticle() {
        long id = desk.budget().getId();
        as(editor).when().delete(ARTICLES + "/" + id).then().statusCode(204);

        announced(tuple(Entity.ARTICLE, id, Kind.DELETED));
    }

    private void restoreArticle() {
        long id = desk.budget().getId();
        as(editor).when().delete(ARTICLES + "/" + id).then().statusCode(204);
        changes.forget();

        as(admin).when().post(ARTICLES + "/" + id + "/restore").then().statusCode(200).body("id", is((int) id));

        announced(tuple(Entity.ARTICLE, id, Kind.RESTORED));
    }

    private void publishArticle() {
        long draft = desk.draft().getId();
        long archived = desk.archived().getId();
        publish(draft, "{}").statusCode(200).body("status", is("published"));
        publish(archived, "{\"publishAt\": \"" + Instant.now().plusSeconds(3600) + "\"}").statusCode(200)
                .body("status", is("scheduled"));
        // Publishing what is published already changes nothing.
        publish(desk.budget().getId(), "{}").statusCode(200).body("status", is("published"));

        announced(tuple(Entity.ARTICLE, draft, Kind.PUBLISHED), tuple(Entity.ARTICLE, archived, Kind.SCHEDULED));
    }

    private void unpublishArticle() {
        long id = desk.theatre().getId();
        as(editor).when().post(ARTICLES + "/" + id + "/unpublish").then().statusCode(200).body("status", is("draft"));

        announced(tuple(Entity.ARTICLE, id, Kind.UNPUBLISHED));
    }

    private void archiveArticle() {
        long id = desk.theatre().getId();
        as(editor).when().post(ARTICLES + "/" + id + "/archive").then().statusCode(200).body("status", is("archived"));

        announced(tuple(Entity.ARTICLE, id, Kind.ARCHIVED));
    }

    private void submitArticle() {
        long id = desk.draft().getId();
        as(author).when().post(ARTICLES + "/" + id + "/submit").then().statusCode(200).body("status", is("draft"));

        announced(tuple(Entity.ARTICLE, id, Kind.SUBMITTED));
    }

    // --- comments ---

    private void postComment() {
        long article = desk.waterCuts().getId();
        // Held for a moderator (the site's pre-moderation): readers see nothing new yet.
        pendingComment("10.7.1.1");
        announced();

        useModeration(article, "post");
        long shown = idOf(Readers.post(article, "10.7.1.2", "تعليق يظهر فوراً").then().statusCode(201)
                .body("status", is("approved")));

        announced(tuple(Entity.COMMENT, shown, Kind.APPROVED));
    }

    private void reportComment() {
        long article = desk.waterCuts().getId();
        useModeration(article, "post");
        long comment = idOf(Readers.post(article, "10.7.2.1", "تعليق سيبلغ عنه").then().statusCode(201)
                .body("status", is("approved")));
        changes.forget();
        int needed = config.comments().reportsToRequeue();

        for (int reader = 1; reader < needed; reader++) {
            report(comment, "10.7.2." + (10 + reader));
            announced(); // not enough readers yet: the comment stays shown
        }
        report(comment, "10.7.2.99");

        announced(tuple(Entity.COMMENT, comment, Kind.HIDDEN));
    }

    private void moderateComment() {
        long comment = pendingComment("10.7.3.1");
        moderate(comment, "approved");
        announced(tuple(Entity.COMMENT, comment, Kind.APPROVED));

        moderate(comment, "rejected");
        announced(tuple(Entity.COMMENT, comment, Kind.HIDDEN));
    }

    private void moderateComments() {
        long first = pendingComment("10.7.4.1");
        long second = pendingComment("10.7.4.2");

        as(moderator).contentType("application/json").body(Map.of("ids", List.of(first, second), "status", "approved"))
                .when().post("/api/v1/moderation/comments/bulk").then().statusCode(200)
                .body("status", contains("approved", "approved"));

        announced(tuple(Entity.COMMENT, first, Kind.APPROVED), tuple(Entity.COMMENT, second, Kind.APPROVED));
    }

    private void changeCommentSettings() {
        long article = desk.waterCuts().getId();
        as(moderator).contentType("application/json").body(Map.of("open", false))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings")
                .then().statusCode(200).body("open", is(false));

        announced(tuple(Entity.ARTICLE, article, Kind.COMMENT_SETTINGS_CHANGED));
    }

    // --- sections, authors, tags ---

    private void createSection() {
        long id = idOf(as(editor).contentType("application/json")
                .body(Map.of("name", "رياضة", "slug", "sports", "position", 4))
                .when().post("/api/v1/sections").then().statusCode(201));

        announced(tuple(Entity.SECTION, id, Kind.CREATED));
    }

    private void replaceSection() {
        Section culture = desk.culture();
        as(editor).contentType("application/json").body(Map.of("name", "فنون", "slug", "arts", "position", 3))
                .when().put("/api/v1/sections/" + culture.getSlug()).then().statusCode(200).body("slug", is("arts"));

        announced(tuple(Entity.SECTION, culture.getId(), Kind.UPDATED));
    }

    private void deleteSection() {
        long id = content.section("empty", "قسم فارغ", null, 9).getId();
        as(editor).when().delete("/api/v1/sections/empty").then().statusCode(204);

        announced(tuple(Entity.SECTION, id, Kind.DELETED));
    }

    private void createAuthor() {
        long id = idOf(as(editor).contentType("application/json").body(Map.of("name", "سامر عيسى", "slug", "samer-issa"))
                .when().post("/api/v1/authors").then().statusCode(201));

        announced(tuple(Entity.AUTHOR, id, Kind.CREATED));
    }

    private void replaceAuthor() {
        long id = desk.rami().getId();
        as(editor).contentType("application/json").body(Map.of("name", "رامي الحداد", "slug", "rami-haddad"))
                .when().put("/api/v1/authors/rami-haddad").then().statusCode(200).body("name", is("رامي الحداد"));

        announced(tuple(Entity.AUTHOR, id, Kind.UPDATED));
    }

    private void deleteAuthor() {
        long id = content.author("no-bylines", "كاتب بلا مقالات").getId();
        as(editor).when().delete("/api/v1/authors/no-bylines").then().statusCode(204);

        announced(tuple(Entity.AUTHOR, id, Kind.DELETED));
    }

    private void createTag() {
        long id = idOf(as(editor).contentType("application/json").body(Map.of("name", "الزراعة"))
                .when().post("/api/v1/tags").then().statusCode(201));

        announced(tuple(Entity.TAG, id, Kind.CREATED));
    }

    private void replaceTag() {
        long id = desk.solar().getId();
        as(editor).contentType("application/json").body(Map.of("name", "الطاقة الشمسية المنزلية"))
                .when().put("/api/v1/tags/" + desk.solar().getSlug()).then().statusCode(200)
                .body("name", is("الطاقة الشمسية المنزلية"));

        announced(tuple(Entity.TAG, id, Kind.UPDATED));
    }

    private void deleteTag() {
        long id = desk.elections().getId();
        as(editor).when().delete("/api/v1/tags/" + desk.elections().getSlug()).then().statusCode(204);

        announced(tuple(Entity.TAG, id, Kind.DELETED));
    }

    // --- helpers ---

    /** The changes committed since the last check are exactly these (in any order); then they are forgotten. */
    private void announced(Tuple... expected) {
        assertThat(changes.seen())
                .extracting(ContentChanged::entity, ContentChanged::id, ContentChanged::kind)
                .containsExactlyInAnyOrder(expected);
        changes.forget();
    }

    private long pendingComment(String address) {
        return idOf(Readers.post(desk.waterCuts().getId(), address, "تعليق ينتظر المراجعة").then().statusCode(201)
                .body("status", is("pending")));
    }

    private void useModeration(long article, String mode) {
        as(moderator).contentType("application/json").body(Map.of("open", true, "moderation", mode))
                .when().put("/api/v1/moderation/articles/" + article + "/comment-settings")
                .then().statusCode(200).body("moderation", is(mode));
        changes.forget();
    }

    private void moderate(long comment, String status) {
        as(moderator).contentType("application/json").body(Map.of("status", status))
                .when().patch("/api/v1/moderation/comments/" + comment).then().statusCode(200).body("status", is(status));
    }

    private static void report(long comment, String address) {
        given().header("X-Forwarded-For", address).contentType("application/json").body(Map.of("reason", "إساءة"))
                .when().post("/api/v1/comments/" + comment + "/reports").then().statusCode(202);
    }

    private ValidatableResponse publish(long id, String body) {
        return as(editor).contentType("application/json").body(body).when().post(ARTICLES + "/" + id + "/publish").then();
    }

    private String staffEtag(long id) {
        return as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private RequestSpecification as(StaffUser user) {
        return given().auth().oauth2(staff.tokenFor(user));
    }

    private static long idOf(ValidatableResponse response) {
        return ((Number) response.extract().path("id")).longValue();
    }
}
