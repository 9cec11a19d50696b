package news.newsroom.article;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * Article slugs: made from the Arabic title, unique with a numeric suffix, settable by staff, and an old slug
 * keeps answering with a permanent redirect, never handed to another article.
 */
@QuarkusTest
@KnownNewsroom
class SlugAndRedirectTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String BY_SLUG = ARTICLES + "/by-slug/";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void theSlugIsMadeFromTheArabicTitle() {
        String expected = "وزير-الاقتصاد-الأسعار-ستنخفض-قريبا-في-2026";
        create(author, "{\"title\": \"وزيـــرُ الاقتصادِ: الأسعارُ ستنخفضُ قريباً في 2026!!\", \"sectionSlug\": \"economy\"}")
                .statusCode(201)
                .body("slug", is(expected))
                .body("title", is("وزيـــرُ الاقتصادِ: الأسعارُ ستنخفضُ قريباً في 2026!!"))
                .body("url", endsWith("/articles/9/" + encode(expected)));
    }

    @Test
    void theSameTitleGetsANumericSuffix() {
        String title = "انقطاع الكهرباء في حلب";
        String slug = "انقطاع-الكهرباء-في-حلب";
        create(author, article(title)).statusCode(201).body("slug", is(slug));
        create(author, article(title)).statusCode(201).body("slug", is(slug + "-2"));
        create(editor, article(title, "\"authorSlugs\": [\"rami-haddad\"]")).statusCode(201).body("slug", is(slug + "-3"));
        // A title that differs only in diacritics and punctuation makes the same slug.
        create(author, article("انقطاعُ الكهرباءِ في حلب!")).statusCode(201).body("slug", is(slug + "-4"));
    }

    @Test
    void aNewArticleWithAnExistingArticlesTitleGetsASuffix() {
        create(author, article(desk.budget().getTitle())).statusCode(201)
                .body("slug", is(desk.budget().getSlug() + "-2"));
    }

    @Test
    void staffMaySetTheSlug() {
        create(author, article("الحكومة تقرّ موازنة 2026", "\"slug\": \"موازنة-2026\"")).statusCode(201)
                .body("slug", is("موازنة-2026"));
        // A chosen slug is normalised like a title, and made unique the same way.
        create(editor, article("موازنة أخرى", "\"slug\": \"موازنةُ 2026\", \"authorSlugs\": [\"rami-haddad\"]")).statusCode(201)
                .body("slug", is("موازنة-2026-2"));
    }

    @Test
    void changingThePublishedSlugKeepsTheOldOneRedirecting() {
        long id = desk.budget().getId();
        String oldSlug = desk.budget().getSlug();
        String newSlug = "موازنة-العام-المقبل";

        patch(editor, id, "{\"slug\": \"" + newSlug + "\"}").statusCode(200).body("slug", is(newSlug));

        bySlug(oldSlug)
                .statusCode(301)
                .header("Location", endsWith(BY_SLUG + encode(newSlug)));
        bySlug(newSlug)
                .statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .body("id", is((int) id))
                .body("slug", is(newSlug))
                .body("url", endsWith("/articles/" + id + "/" + encode(newSlug)));
        // Following the redirect lands on the article.
        given().urlEncodingEnabled(false).when().get(BY_SLUG + encode(oldSlug))
                .then().statusCode(200)
                .body("id", is((int) id));
    }

    @Test
    void aDraftsOldSlugStartsRedirectingOnceItIsPublished() {
        int id = create(editor, article("خطة جديدة للنقل العام", "\"authorSlugs\": [\"rami-haddad\"]"))
                .statusCode(201).extract().path("id");
        patch(editor, id, "{\"slug\": \"خطة-النقل\"}").statusCode(200).body("slug", is("خطة-النقل"));
        bySlug("خطة-جديدة-للنقل-العام").statusCode(404);
        bySlug("خطة-النقل").statusCode(404);

        as(editor).contentType("application/json").body("{}").when().post(ARTICLES + "/" + id + "/publish")
                .then().statusCode(200);

        bySlug("خطة-جديدة-للنقل-العام").statusCode(301).header("Location", endsWith(BY_SLUG + encode("خطة-النقل")));
        bySlug("خطة-النقل").statusCode(200).body("id", is(id));
    }

    @Test
    void anOldSlugIsNeverReusedByAnotherArticle() {
        long id = desk.budget().getId();
        String oldSlug = desk.budget().getSlug();
        patch(editor, id, "{\"slug\": \"موازنة-معدلة\"}").statusCode(200);

        // Same title, then the old slug asked for outright: both get a suffix.
        create(author, article(desk.budget().getTitle())).statusCode(201).body("slug", is(oldSlug + "-2"));
        create(author, article("عنوان آخر", "\"slug\": \"" + oldSlug + "\"")).statusCode(201).body("slug", is(oldSlug + "-3"));
        // Nor can an existing article take it over by an edit.
        patch(editor, desk.waterCuts().getId(), "{\"slug\": \"" + oldSlug + "\"}").statusCode(200)
                .body("slug", is(oldSlug + "-4"));

        bySlug(oldSlug).statusCode(301).header("Location", endsWith(BY_SLUG + encode("موازنة-معدلة")));
    }

    @Test
    void anArticleMayTakeBackItsOwnFormerSlug() {
        long id = desk.budget().getId();
        String original = desk.budget().getSlug();
        patch(editor, id, "{\"slug\": \"موازنة-مؤقتة\"}").statusCode(200).body("slug", is("موازنة-مؤقتة"));
        patch(editor, id, "{\"slug\": \"" + original + "\"}").statusCode(200).body("slug", is(original));

        bySlug(original).statusCode(200).body("id", is((int) id));
        bySlug("موازنة-مؤقتة").statusCode(301).header("Location", endsWith(BY_SLUG + encode(original)));
    }

    @Test
    void changingTheTitleKeepsTheSlug() {
        long id = desk.budget().getId();
        patch(editor, id, "{\"title\": \"عنوان جديد تماماً للموازنة\"}").statusCode(200)
                .body("title", is("عنوان جديد تماماً للموازنة"))
                .body("slug", is(desk.budget().getSlug()));
        bySlug(desk.budget().getSlug()).statusCode(200).body("title", is("عنوان جديد تماماً للموازنة"));
    }

    // --- helpers ---

    private static String article(String title) {
        return "{\"title\": \"" + title + "\", \"sectionSlug\": \"economy\"}";
    }

    private static String article(String title, String moreFields) {
        return "{\"title\": \"" + title + "\", \"sectionSlug\": \"economy\", " + moreFields + "}";
    }

    private ValidatableResponse create(StaffUser user, String json) {
        return as(user).contentType("application/json").body(json).when().post(ARTICLES).then();
    }

    /** A merge patch with the article's current ETag, as an editor's tool sends it after reading the article. */
    private ValidatableResponse patch(StaffUser user, long id, String json) {
        String etag = as(user).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
        return as(user).contentType(MERGE_PATCH).header("If-Match", etag).body(json)
                .when().patch(ARTICLES + "/" + id).then();
    }

    private static ValidatableResponse bySlug(String slug) {
        return given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get(BY_SLUG + encode(slug)).then();
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
