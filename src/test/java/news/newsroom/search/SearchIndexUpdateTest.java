package news.newsroom.search;

import static news.newsroom.support.Searches.ARTICLES;
import static news.newsroom.support.Searches.search;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every editorial write keeps the search index in step: what readers find follows each save at once. */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class SearchIndexUpdateTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    StaffUser editor;
    StaffUser admin;

    @BeforeEach
    void newsroom() {
        staff.clear();
        content.clear();
        content.section("index-culture", "ثقافة", null, 1);
        content.author("index-rami", "رامي حداد");
        editor = staff.member("index-editor@newsroom.example", null, StaffRole.EDITOR);
        admin = staff.member("index-admin@newsroom.example", null, StaffRole.ADMIN);
    }

    @Test
    void aCreatedDraftIsFoundOnlyOncePublished() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق", "<p>دور نشر من بلدان عديدة</p>");
        assertNotFound("معرض");

        publish(id).statusCode(200);

        assertFoundOnly("معرض", id);
        assertFoundOnly("الكتاب", id);
        assertFoundOnly("ناشرين OR نشر", id);
    }

    @Test
    void aPutIsFoundByItsNewTitleAndNoLongerByTheOld() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق", "<p>نص قديم</p>");
        publish(id).statusCode(200);

        as(editor).contentType("application/json").header("If-Match", etagOf(id)).body("""
                {"title": "مهرجان السينما يفتتح في حلب", "sectionSlug": "index-culture", "authorSlugs": ["index-rami"],
                 "bodyHtml": "<p>عروض الأفلام القصيرة</p>"}
                """).when().put(ARTICLES + "/" + id).then().statusCode(200);

        assertFoundOnly("السينما", id);
        assertFoundOnly("الأفلام", id);
        // The highlight is cut from the body as saved, not as first written.
        search("الأفلام").body("items[0].highlight", is("عروض <mark>الأفلام</mark> القصيرة"));
        assertNotFound("معرض");
        assertNotFound("قديم");
    }

    @Test
    void aPatchOfTheBodyIsFoundByItsNewWords() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق", "<p>نص قديم</p>");
        publish(id).statusCode(200);

        patch(id, "{\"bodyHtml\": \"<p>ندوة عن <b>الروايات</b> المترجمة</p><ul><li>لقاء مع المترجمين</li></ul>\"}")
                .statusCode(200);
        assertFoundOnly("الرواية", id);
        assertNotFound("قديم");
        search("الرواية").body("items[0].highlight", is("ندوة عن <mark>الروايات</mark> المترجمة"));
        search("لقاء").body("items[0].highlight", is("<mark>لقاء</mark> مع المترجمين"));

        patch(id, "{\"excerpt\": \"جناح خاص بالمخطوطات\"}").statusCode(200);
        assertFoundOnly("مخطوطات", id);
        patch(id, "{\"subtitle\": \"مشاركة عربية واسعة\"}").statusCode(200);
        assertFoundOnly("العربية", id);
    }

    @Test
    void unpublishArchiveAndRepublishFollowTheStatus() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق", "<p>نص</p>");
        publish(id).statusCode(200);
        assertFoundOnly("معرض", id);

        action(id, "unpublish").statusCode(200);
        assertNotFound("معرض");

        publish(id).statusCode(200);
        assertFoundOnly("معرض", id);

        action(id, "archive").statusCode(200);
        assertNotFound("معرض");
    }

    @Test
    void aDraftEditedWhileUnpublishedIsFoundByItsNewTextWhenRepublished() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق", "<p>نص</p>");
        publish(id).statusCode(200);
        action(id, "unpublish").statusCode(200);

        patch(id, "{\"title\": \"مهرجان المسرح في حمص\"}").statusCode(200);
        assertNotFound("المسرح");

        publish(id).statusCode(200);
        assertFoundOnly("المسرح", id);
        assertNotFound("معرض");
    }

    @Test
    void aDeletedArticleIsNotFoundAndARestoredOneIsOnceRepublished() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق", "<p>نص</p>");
        publish(id).statusCode(200);

        as(editor).when().delete(ARTICLES + "/" + id).then().statusCode(204);
        assertNotFound("معرض");

        as(admin).when().post(ARTICLES + "/" + id + "/restore").then().statusCode(200);
        assertNotFound("معرض");
        publish(id).statusCode(200);
        assertFoundOnly("معرض", id);
    }

    // --- helpers ---

    private static void assertFoundOnly(String q, int id) {
        search(q).statusCode(200).body("total", is(1)).body("items.id", contains(id));
    }

    private static void assertNotFound(String q) {
        search(q).statusCode(200).body("total", is(0));
    }

    private int createDraft(String title, String bodyHtml) {
        return as(editor).contentType("application/json").body("""
                {"title": "%s", "sectionSlug": "index-culture", "authorSlugs": ["index-rami"], "bodyHtml": "%s"}
                """.formatted(title, bodyHtml)).when().post(ARTICLES).then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse patch(int id, String json) {
        return as(editor).contentType(MERGE_PATCH).header("If-Match", etagOf(id)).body(json)
                .when().patch(ARTICLES + "/" + id).then();
    }

    private ValidatableResponse publish(int id) {
        return as(editor).contentType("application/json").body("{}").when().post(ARTICLES + "/" + id + "/publish").then();
    }

    private ValidatableResponse action(int id, String action) {
        return as(editor).when().post(ARTICLES + "/" + id + "/" + action).then();
    }

    private String etagOf(int id) {
        return as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
    }
}
