package news.newsroom.article.editorial;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing articles through the editorial API: creating (blocks, HTML, archive imports), the fields a role may
 * not set, edits guarded by If-Match, what the public sees after an edit, and the publication lifecycle.
 */
@QuarkusTest
@KnownNewsroom
class ArticleEditingTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String PROBLEMS = "https://newsroom.example/problems/";

    @Inject
    TestStaff staff;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    StaffUser secondEditor;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @BeforeEach
    void newsroom() {
        secondEditor = staff.member("editor2@newsroom.example", null, StaffRole.EDITOR);
    }

    // --- creating ---

    @Test
    void anEditorCreatesADraftWithEveryField() {
        ExtractableResponse<Response> created = create(editor, """
                {"title": "سدود الفرات تخزن أقل من نصف طاقتها",
                 "subtitle": "تراجع الهطول للعام الثالث",
                 "excerpt": "قالت وزارة الموارد المائية إن مخزون السدود انخفض.",
                 "sectionSlug": "energy",
                 "tags": ["المياه", "سدود الفرات"],
                 "authorSlugs": ["rami-haddad", "lina-khoury"],
                 "featuredImage": {"url": "https://media.newsroom.example/dam.jpg", "alt": "سد", "caption": "بحيرة السد",
                                   "credit": "تصوير: سامر"},
                 "blocks": [{"type": "paragraph", "html": "انخفض <strong>المخزون</strong> إلى النصف."},
                            {"type": "heading", "level": 2, "text": "ما الأسباب؟"}],
                 "commentsOpen": false}
                """)
                .statusCode(201)
                .header("Location", endsWith(ARTICLES + "/9"))
                .header("ETag", startsWith("\"9-0-"))
                .header("Cache-Control", is("private, no-store"))
                .body("id", is(9))
                .body("status", is("draft"))
                .body("slug", is("سدود-الفرات-تخزن-أقل-من-نصف-طاقتها"))
                .body("subtitle", is("تراجع الهطول للعام الثالث"))
                .body("excerpt", is("قالت وزارة الموارد المائية إن مخزون السدود انخفض."))
                .body("section.slug", is("energy"))
                .body("authors.slug", contains("rami-haddad", "lina-khoury"))
                .body("tags.slug", org.hamcrest.Matchers.containsInAnyOrder("المياه", "سدود-الفرات"))
                .body("featuredImage.url", is("https://media.newsroom.example/dam.jpg"))
                .body("featuredImage.credit", is("تصوير: سامر"))
                .body("blocks.type", contains("paragraph", "heading"))
                .body("blocks[0].html", is("انخفض <strong>المخزون</strong> إلى النصف."))
                .body("html", is("<p>انخفض <strong>المخزون</strong> إلى النصف.</p><h2>ما الأسباب؟</h2>"))
                .body("commentsOpen", is(false))
                .body("$", not(org.hamcrest.Matchers.hasKey("publishedAt")))
                .extract();

        // The unknown tag name was created; the draft is the desk's, not the public's.
        given().urlEncodingEnabled(false).when().get("/api/v1/tags/" + encode("سدود-الفرات"))
                .then().statusCode(200)
                .body("name", is("سدود الفرات"))
                .body("articleCount", is(0));
        given().when().get(ARTICLES + "/" + created.path("id"))
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void bodyHtmlIsSanitizedAndStoredAsBlocks() {
        create(editor, json("""
                {"title": "تقرير بصيغة HTML", "sectionSlug": "economy", "authorSlugs": ["lina-khoury"],
                 "bodyHtml": %s}
                """, "<p class=\"lead\" onclick=\"alert(1)\">أعلنت <strong>المؤسسة</strong> <a href=\"https://water.example/plan\">الخطة</a></p>"
                + "<script>alert(1)</script><h2 style=\"color:red\">أبرز الأرقام</h2>"
                + "<ul><li>تقنين ساعتين</li><li>صهاريج</li></ul>"
                + "<blockquote><p>لن تنقطع المياه.</p><cite>المدير</cite></blockquote>"
                + "<figure><img src=\"https://media.newsroom.example/tank.jpg\" alt=\"خزان\"><figcaption>خزانات <small>تصوير: سامر</small></figcaption></figure>"))
                .statusCode(201)
                .body("blocks.type", contains("paragraph", "heading", "list", "quote", "image"))
                .body("blocks[0].html", is("أعلنت <strong>المؤسسة</strong> <a href=\"https://water.example/plan\">الخطة</a>"))
                .body("blocks[1].level", is(2))
                .body("blocks[1].text", is("أبرز الأرقام"))
                .body("blocks[2].items", contains("تقنين ساعتين", "صهاريج"))
                .body("blocks[3].text", is("لن تنقطع المياه."))
                .body("blocks[3].cite", is("المدير"))
                .body("blocks[4].url", is("https://media.newsroom.example/tank.jpg"))
                .body("blocks[4].credit", is("تصوير: سامر"))
                .body("html", not(containsString("script")))
                .body("html", not(containsString("onclick")))
                .body("html", not(containsString("style=")));
    }

    @Test
    void anEditorImportsAnArchivedArticleAsPublishedWithItsOriginalDate() {
        int id = create(editor, """
                {"title": "افتتاح جسر الرئيس بعد ترميمه", "sectionSlug": "politics", "authorSlugs": ["rami-haddad"],
                 "status": "published", "publishedAt": "2019-03-02T09:00:00Z",
                 "blocks": [{"type": "paragraph", "html": "افتتح الجسر أمام السيارات صباح اليوم."}]}
                """)
                .statusCode(201)
                .body("status", is("published"))
                .body("publishedAt", is("2019-03-02T09:00:00Z"))
                .extract().path("id");

        given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .body("publishedAt", is("2019-03-02T09:00:00Z"))
                .body("publishedAtLocal", is("2019-03-02T11:00:00+02:00"))
                .body("status", is("published"));
        given().queryParam("from", "2019-03-01").queryParam("to", "2019-03-03")
                .when().get(ARTICLES)
                .then().statusCode(200)
                .body("total", is(1))
                .body("items.id", contains(id));
    }

    @Test
    void anAuthorMayNotCreateAPublishedArticleNorBylineSomeoneElse() {
        refused(create(author, """
                {"title": "مقال ينشر نفسه", "sectionSlug": "economy", "status": "published",
                 "publishedAt": "2019-03-02T09:00:00Z"}
                """), 400, "validation-failed", "status");
        refused(create(author, """
                {"title": "مقال باسم زميل", "sectionSlug": "economy", "authorSlugs": ["rami-haddad"]}
                """), 400, "validation-failed", "authorSlugs");
        // Nothing was created by either attempt.
        as(editor).when().get(ARTICLES + "/9").then().statusCode(404);
    }

    @Test
    void anAuthorsArticleIsBylinedToThemByDefault() {
        create(author, "{\"title\": \"مقال لينا\", \"sectionSlug\": \"culture\"}")
                .statusCode(201)
                .body("authors.slug", contains("lina-khoury"))
                .body("status", is("draft"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "version", "createdAt", "updatedAt", "deletedAt", "wordCount"})
    void fieldsTheServerOwnsAreRefusedOnCreateNamingThem(String field) {
        refused(create(editor, """
                {"title": "مقال بحقل ممنوع", "sectionSlug": "economy", "authorSlugs": ["lina-khoury"], "%s": %s}
                """.formatted(field, field.endsWith("At") ? "\"2020-01-01T00:00:00Z\"" : "99")),
                400, "malformed-body", field);
        as(editor).when().get(ARTICLES + "/9").then().statusCode(404);
        as(editor).when().get(ARTICLES + "/99").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "version", "createdAt", "updatedAt"})
    void fieldsTheServerOwnsAreRefusedInAPatchNamingThemAndNothingIsApplied(String field) {
        long id = desk.budget().getId();
        String etag = etagOf(id);
        refused(patch(editor, id, etag, """
                {"title": "عنوان لا يجب أن يحفظ", "%s": %s}
                """.formatted(field, field.endsWith("At") ? "\"2020-01-01T00:00:00Z\"" : "99")),
                400, "malformed-body", field);
        as(editor).when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("ETag", is(etag))
                .body("title", is(desk.budget().getTitle()));
    }

    static Stream<Arguments> invalidArticles() {
        return Stream.of(
                Arguments.of("blank title", "{\"title\": \"   \", \"sectionSlug\": \"economy\"}", "title"),
                Arguments.of("missing title", "{\"sectionSlug\": \"economy\"}", "title"),
                Arguments.of("title over 300 characters", "{\"title\": \"" + "ع".repeat(301) + "\", \"sectionSlug\": \"economy\"}", "title"),
                Arguments.of("unknown section", "{\"title\": \"عنوان\", \"sectionSlug\": \"no-such-section\"}", "sectionSlug"),
                Arguments.of("unknown author", "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"authorSlugs\": [\"nobody\"]}",
                        "authorSlugs"),
                Arguments.of("featured image with a javascript: url",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"featuredImage\": {\"url\": \"javascript:alert(1)\"}}",
                        "featuredImage.url"),
                Arguments.of("image block with a javascript: url",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"blocks\": [{\"type\": \"image\", \"url\": \"javascript:alert(1)\"}]}",
                        "blocks[0].url"),
                Arguments.of("heading level 7",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"blocks\": [{\"type\": \"paragraph\", \"html\": \"نص\"},"
                                + " {\"type\": \"heading\", \"level\": 7, \"text\": \"عنوان داخلي\"}]}",
                        "blocks[1].level"),
                Arguments.of("embed from an unknown provider",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"blocks\": [{\"type\": \"embed\", \"provider\": \"evil\","
                                + " \"url\": \"https://evil.example/x\"}]}",
                        "blocks[0].provider"),
                Arguments.of("blocks and bodyHtml together",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"blocks\": [], \"bodyHtml\": \"<p>نص</p>\"}", "bodyHtml"),
                Arguments.of("bodyHtml with nothing safe in it",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"bodyHtml\": \"<script>alert(1)</script>\"}", "bodyHtml"),
                Arguments.of("a status other than draft or published",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"status\": \"scheduled\"}", "status"),
                Arguments.of("publishedAt on a draft",
                        "{\"title\": \"عنوان\", \"sectionSlug\": \"economy\", \"publishedAt\": \"2019-03-02T09:00:00Z\"}", "publishedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidArticles")
    void invalidArticlesAreRefusedNamingTheField(String label, String body, String field) {
        refused(create(author, body), 400, "validation-failed", field);
        as(editor).when().get(ARTICLES + "/9").then().statusCode(404);
    }

    @Test
    void anImportMayNotBeDatedInTheFuture() {
        refused(create(editor, """
                {"title": "مقال من المستقبل", "sectionSlug": "economy", "authorSlugs": ["lina-khoury"],
                 "status": "published", "publishedAt": "2999-01-01T00:00:00Z"}
                """), 400, "validation-failed", "publishedAt");
    }

    @Test
    void anEditorWithoutAnAuthorProfileMustNameTheAuthors() {
        refused(create(editor, "{\"title\": \"مقال بلا كاتب\", \"sectionSlug\": \"economy\"}"),
                400, "validation-failed", "authorSlugs");
    }

    // --- editing with If-Match ---

    @Test
    void theStaffReadGivesTheETagThatGuardsTheNextEdit() {
        long id = desk.draft().getId();
        String etag = etagOf(id);
        patch(editor, id, etag, "{\"subtitle\": \"عنوان فرعي جديد\"}")
                .statusCode(200)
                .header("ETag", not(etag))
                .header("Cache-Control", is("private, no-store"))
                .body("subtitle", is("عنوان فرعي جديد"))
                .body("title", is(desk.draft().getTitle()));
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsSentAndNullClears() {
        long id = desk.budget().getId();
        patch(editor, id, etagOf(id), "{\"title\": \"الحكومة تقرّ موازنة معدّلة\", \"subtitle\": null, \"tags\": [\"المياه\"]}")
                .statusCode(200)
                .body("title", is("الحكومة تقرّ موازنة معدّلة"))
                .body("subtitle", nullValue())
                .body("tags.slug", contains("المياه"))
                .body("excerpt", is("ملخص قصير للمقال يظهر في القوائم."))
                .body("authors.slug", contains("lina-khoury"))
                .body("section.slug", is("economy"))
                .body("blocks.type", contains("paragraph", "heading", "paragraph"))
                .body("status", is("published"));
    }

    @Test
    void aPutReplacesTheArticle() {
        long id = desk.draft().getId();
        put(editor, id, etagOf(id), """
                {"title": "مسودة أعيدت كتابتها", "sectionSlug": "culture", "authorSlugs": ["rami-haddad"],
                 "bodyHtml": "<p>نص جديد كلياً</p>"}
                """)
                .statusCode(200)
                .header("ETag", startsWith("\"" + id + "-"))
                .body("title", is("مسودة أعيدت كتابتها"))
                .body("section.slug", is("culture"))
                .body("authors.slug", contains("rami-haddad"))
                .body("tags", org.hamcrest.Matchers.empty())
                .body("blocks.html", contains("نص جديد كلياً"))
                .body("status", is("draft"));
    }

    @Test
    void editsWithoutIfMatchArePreconditionRequired() {
        long id = desk.draft().getId();
        String etag = etagOf(id);
        refused(as(editor).contentType(MERGE_PATCH).body("{\"title\": \"بلا If-Match\"}")
                .when().patch(ARTICLES + "/" + id).then(), 428, "precondition-required", null);
        refused(as(editor).contentType("application/json")
                .body("{\"title\": \"بلا If-Match\", \"sectionSlug\": \"economy\", \"authorSlugs\": [\"lina-khoury\"]}")
                .when().put(ARTICLES + "/" + id).then(), 428, "precondition-required", null);
        as(editor).when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("ETag", is(etag))
                .body("title", is(desk.draft().getTitle()));
    }

    @Test
    void twoEditorsReadTheSameVersionAndTheSecondWriteIsRefused() {
        long id = desk.budget().getId();
        String readByFirst = etagOf(id, editor);
        String readBySecond = etagOf(id, secondEditor);
        org.assertj.core.api.Assertions.assertThat(readBySecond).isEqualTo(readByFirst);

        String afterFirst = patch(editor, id, readByFirst, "{\"title\": \"عنوان المحرر الأول\"}")
                .statusCode(200)
                .extract().header("ETag");
        refused(patch(secondEditor, id, readBySecond, "{\"title\": \"عنوان المحرر الثاني\"}"), 412, "precondition-failed", null)
                .header("ETag", is(afterFirst));
        refused(put(secondEditor, id, readBySecond, """
                {"title": "عنوان المحرر الثاني", "sectionSlug": "economy", "authorSlugs": ["lina-khoury"]}
                """), 412, "precondition-failed", null);

        as(secondEditor).when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("ETag", is(afterFirst))
                .body("title", is("عنوان المحرر الأول"));
        // With the ETag of the first write, the second editor's change goes through.
        patch(secondEditor, id, afterFirst, "{\"title\": \"عنوان المحرر الثاني\"}")
                .statusCode(200)
                .body("title", is("عنوان المحرر الثاني"));
    }

    @Test
    void aPublishedArticleMayNotChangeItsStatusOrDateThroughAnEdit() {
        long id = desk.budget().getId();
        String etag = etagOf(id);
        refused(patch(editor, id, etag, "{\"status\": \"draft\"}"), 400, "validation-failed", "status");
        refused(put(editor, id, etag, """
                {"title": "الحكومة تقرّ موازنة العام المقبل", "sectionSlug": "economy", "authorSlugs": ["lina-khoury"],
                 "publishedAt": "2001-01-01T00:00:00Z"}
                """), 400, "validation-failed", "publishedAt");
        given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .body("status", is("published"))
                .body("publishedAt", is(Newsdesk.daysBefore(3).toString()));
    }

    @Test
    void anAuthorEditsTheirOwnDraftButNotItsStatusNorTheByline() {
        long id = desk.draft().getId();
        String etag = etagOf(id, author);
        refused(patch(author, id, etag, "{\"status\": \"published\"}"), 400, "validation-failed", "status");
        refused(patch(author, id, etag, "{\"authorSlugs\": [\"rami-haddad\"]}"), 400, "validation-failed", "authorSlugs");
        patch(author, id, etag, "{\"excerpt\": \"ملخص كتبته لينا\"}")
                .statusCode(200)
                .body("excerpt", is("ملخص كتبته لينا"))
                .body("authors.slug", contains("lina-khoury"))
                .body("status", is("draft"));
    }

    @Test
    void anAuthorMayNotEditPublishedWorkOrSomeoneElsesDraft() {
        long published = desk.budget().getId();
        refused(patch(author, published, etagOf(published), "{\"title\": \"تعديل بعد النشر\"}"), 403, "forbidden", null);
        int ramisDraft = createDraftByRami("مسودة رامي");
        // Someone else's draft is not visible to an author: changing it is not found either, as for a missing id.
        as(author).when().get(ARTICLES + "/" + ramisDraft).then().statusCode(404);
        refused(patch(author, ramisDraft, "*", "{\"title\": \"تعديل مسودة غيري\"}"), 404, "not-found", null);
    }

    // --- what the public sees after an edit ---

    @Test
    void aPublishedEditIsVisibleOnTheNextRequestWithANewETag() {
        long id = desk.budget().getId();
        ExtractableResponse<Response> before = given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200).extract();
        String publicETag = before.header("ETag");

        patch(editor, id, etagOf(id), "{\"title\": \"الحكومة تعدّل الموازنة\", \"bodyHtml\": \"<p>نص معدّل</p>\"}")
                .statusCode(200);

        given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("ETag", not(publicETag))
                .body("title", is("الحكومة تعدّل الموازنة"))
                .body("html", is("<p>نص معدّل</p>"));
        given().header("If-None-Match", publicETag).when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("ETag", not(publicETag))
                .body("title", is("الحكومة تعدّل الموازنة"));
        given().queryParam("section", "economy").when().get(ARTICLES)
                .then().statusCode(200)
                .body("items.title", hasItem("الحكومة تعدّل الموازنة"))
                .body("items.title", not(hasItem(desk.budget().getTitle())));
    }

    // --- the lifecycle ---

    @Test
    void publishUnpublishRepublishAndArchive() {
        int id = createDraftByRami("دورة حياة مقال");
        String slug = as(editor).when().get(ARTICLES + "/" + id).then().extract().path("slug");

        publish(editor, id)
                .statusCode(200)
                .header("ETag", startsWith("\"" + id + "-"))
                .header("Cache-Control", is("private, no-store"))
                .body("status", is("published"))
                .body("publishedAt", notNullValue());
        String firstPublication = given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200).extract().path("publishedAt");

        action(editor, id, "unpublish").statusCode(200).body("status", is("draft"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);

        // A republished article keeps its first publication time.
        publish(editor, id).statusCode(200).body("status", is("published"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(200).body("publishedAt", is(firstPublication));

        action(editor, id, "archive").statusCode(200).body("status", is("archived"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);
        given().urlEncodingEnabled(false).when().get(ARTICLES + "/by-slug/" + encode(slug)).then().statusCode(404);
        as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).body("status", is("archived"));
    }

    @Test
    void publishingNeedsNoBody() {
        int id = createDraftByRami("مقال ينشر بلا جسم طلب");
        action(editor, id, "publish")
                .statusCode(200)
                .body("status", is("published"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(200);
    }

    @Test
    void thePublishAnswerShowsThePublicationTimeReadersSee() {
        int id = createDraftByRami("مقال يقارن وقت النشر");
        ExtractableResponse<Response> published = publish(editor, id).statusCode(200).extract();
        given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .body("publishedAt", is((String) published.path("publishedAt")))
                .body("publishedAtLocal", is((String) published.path("publishedAtLocal")));
    }

    @Test
    void onlyTheDeskPublishes() {
        long id = desk.draft().getId();
        refused(publish(author, id), 403, "forbidden", null);
        refused(action(author, id, "archive"), 403, "forbidden", null);
        given().contentType("application/json").body("{}").when().post(ARTICLES + "/" + id + "/publish").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);
    }

    @Test
    void aDeletedArticleLeavesThePublicAndAnAdminRestoresItAsADraft() {
        long id = desk.budget().getId();
        String slug = desk.budget().getSlug();
        given().when().get(ARTICLES).then().statusCode(200).body("items.id", hasItem((int) id));

        as(editor).when().delete(ARTICLES + "/" + id)
                .then().statusCode(204)
                .header("Cache-Control", is("private, no-store"));

        given().when().get(ARTICLES + "/" + id).then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().urlEncodingEnabled(false).when().get(ARTICLES + "/by-slug/" + encode(slug)).then().statusCode(404);
        given().when().get(ARTICLES).then().statusCode(200)
                .body("items.id", not(hasItem((int) id)))
                .body("total", is(4));
        given().when().get("/api/v1/sections/economy").then().statusCode(200).body("articleCount", is(2));
        as(editor).when().get(ARTICLES + "/" + id).then().statusCode(404);
        as(admin).queryParam("status", "deleted").when().get(ARTICLES)
                .then().statusCode(200)
                .body("items.id", contains((int) id));

        refused(action(editor, id, "restore"), 403, "forbidden", null);
        action(admin, id, "restore")
                .statusCode(200)
                .body("id", is((int) id))
                .body("status", is("draft"));
        as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).body("status", is("draft"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);

        publish(editor, id).statusCode(200).body("status", is("published"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(200).body("title", is(desk.budget().getTitle()));
    }

    @Test
    void onlyTheDeskDeletes() {
        long id = desk.draft().getId();
        refused(as(author).when().delete(ARTICLES + "/" + id).then(), 403, "forbidden", null);
        given().when().delete(ARTICLES + "/" + id).then().statusCode(401);
        as(author).when().get(ARTICLES + "/" + id).then().statusCode(200);
    }

    @Test
    void anAuthorSubmitsTheirDraftForReview() {
        int id = create(author, "{\"title\": \"مقال للمراجعة\", \"sectionSlug\": \"culture\", \"bodyHtml\": \"<p>نص</p>\"}")
                .statusCode(201).extract().path("id");
        action(author, id, "submit")
                .statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("id", is(id))
                .body("status", is("draft"))
                .body("submittedAt", notNullValue());
        as(editor).when().get(ARTICLES + "?status=draft")
                .then().statusCode(200)
                .body("items.find { it.id == " + id + " }.submittedAt", notNullValue());
        as(editor).when().get(ARTICLES + "/" + id + "/revisions")
                .then().statusCode(200)
                .body("action", contains("submitted", "created"));
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);

        publish(editor, id).statusCode(200);
        given().when().get(ARTICLES + "/" + id).then().statusCode(200).body("authors.slug", contains("lina-khoury"));
    }

    @Test
    void anAuthorCannotSubmitSomeoneElsesDraft() {
        int ramisDraft = createDraftByRami("مسودة رامي");
        refused(action(author, ramisDraft, "submit"), 404, "not-found", null);
        given().when().post(ARTICLES + "/" + ramisDraft + "/submit").then().statusCode(401);
    }

    // --- helpers ---

    private ValidatableResponse create(StaffUser user, String json) {
        return as(user).contentType("application/json").body(json).when().post(ARTICLES).then();
    }

    private ValidatableResponse patch(StaffUser user, long id, String ifMatch, String json) {
        return as(user).contentType(MERGE_PATCH).header("If-Match", ifMatch).body(json)
                .when().patch(ARTICLES + "/" + id).then();
    }

    private ValidatableResponse put(StaffUser user, long id, String ifMatch, String json) {
        return as(user).contentType("application/json").header("If-Match", ifMatch).body(json)
                .when().put(ARTICLES + "/" + id).then();
    }

    /** A draft bylined to Rami, created by the editor; returns its id. */
    private int createDraftByRami(String title) {
        return create(editor, """
                {"title": "%s", "sectionSlug": "culture", "authorSlugs": ["rami-haddad"], "bodyHtml": "<p>نص المقال</p>"}
                """.formatted(title)).statusCode(201).extract().path("id");
    }

    /** Publishes now; the optional body is sent empty ({@link #publishingNeedsNoBody} checks it may be left out). */
    private ValidatableResponse publish(StaffUser user, long id) {
        return as(user).contentType("application/json").body("{}").when().post(ARTICLES + "/" + id + "/publish").then();
    }

    private ValidatableResponse action(StaffUser user, long id, String action) {
        return as(user).when().post(ARTICLES + "/" + id + "/" + action).then();
    }

    private String etagOf(long id) {
        return etagOf(id, editor);
    }

    private String etagOf(long id, StaffUser reader) {
        return as(reader).when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .extract().header("ETag");
    }

    /** A problem+json answer of the given status and type; {@code field}, when given, is named in errors. */
    private static ValidatableResponse refused(ValidatableResponse response, int status, String type, String field) {
        response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", is(PROBLEMS + type))
                .body("title", notNullValue())
                .body("status", is(status))
                .body("detail", notNullValue());
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        return response;
    }

    /** A JSON template with one string value inserted, JSON-escaped. */
    private static String json(String template, String value) {
        return template.formatted("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
