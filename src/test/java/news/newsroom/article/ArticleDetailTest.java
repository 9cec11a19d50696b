package news.newsroom.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.newsroom.article.body.EmbedBlock;
import news.newsroom.article.body.HeadingBlock;
import news.newsroom.article.body.ImageBlock;
import news.newsroom.article.body.ListBlock;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.article.body.QuoteBlock;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@KnownNewsroom
class ArticleDetailTest {

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;

    @Test
    void theWholeArticleWithBlocksHtmlAndDates() {
        Article article = content.article("تقرير كامل عن المياه في دمشق").in(desk.economy()).by(desk.lina())
                .tagged(desk.water()).publishedAt(Newsdesk.NEWEST.plusSeconds(60))
                .body(new ParagraphBlock("أعلنت <strong>المؤسسة</strong> جدولاً جديداً."),
                        new HeadingBlock(2, "ما الذي تغيّر؟"),
                        new ListBlock(false, java.util.List.of("تقنين ساعتين", "صهاريج للأحياء")),
                        new QuoteBlock("لن تنقطع المياه أكثر من يوم.", "مدير المؤسسة"),
                        new ImageBlock("https://media.newsroom.example/tank.jpg", "خزان", "خزانات على الأسطح", "تصوير: سامر"),
                        new EmbedBlock("youtube", "https://www.youtube.com/watch?v=abcdefghijk"))
                .create();

        given().when().get("/api/v1/articles/" + article.getId())
                .then().statusCode(200)
                .body("id", is(article.getId().intValue()))
                .body("title", is("تقرير كامل عن المياه في دمشق"))
                .body("language", is("ar"))
                .body("direction", is("rtl"))
                .body("commentsOpen", is(true))
                .body("blocks.type", contains("paragraph", "heading", "list", "quote", "image", "embed"))
                .body("blocks[0].html", is("أعلنت <strong>المؤسسة</strong> جدولاً جديداً."))
                .body("blocks[1].level", is(2))
                .body("blocks[2].items", hasSize(2))
                .body("blocks[3].cite", is("مدير المؤسسة"))
                .body("blocks[4].credit", is("تصوير: سامر"))
                .body("blocks[5].provider", is("youtube"))
                .body("html", containsString("<p>أعلنت <strong>المؤسسة</strong> جدولاً جديداً.</p><h2>ما الذي تغيّر؟</h2><ul><li>"))
                .body("html", containsString("<blockquote><p>لن تنقطع المياه أكثر من يوم.</p><footer><cite>مدير المؤسسة</cite></footer></blockquote>"))
                .body("html", containsString("https://www.youtube-nocookie.com/embed/abcdefghijk"))
                .body("wordCount", is(22)) // 4 + 3 + 4 + (6 + 2) + 3: paragraph, heading, list, quote with cite, caption
                .body("readingTimeMinutes", is(1))
                .body("publishedAt", is("2025-11-29T08:20:00Z"))
                .body("publishedAtLocal", is("2025-11-29T11:20:00+03:00"))
                .body("publishedAtDisplay", is("29 تشرين الثاني 2025"))
                .body("publishedAtHijri", is("1447-06-08"))
                .body("publishedAtHijriDisplay", is("8 جمادى الآخرة 1447 هـ"));
    }

    @Test
    void articleWithoutPictureOmitsIt() {
        given().when().get("/api/v1/articles/" + desk.theatre().getId())
                .then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("featuredImage")))
                .body("commentsOpen", is(false));
    }

    @Test
    void nonPublicArticlesAreNotFound() {
        for (Article hidden : java.util.List.of(desk.draft(), desk.scheduled(), desk.archived())) {
            given().when().get("/api/v1/articles/" + hidden.getId())
                    .then().statusCode(404)
                    .contentType(containsString("application/problem+json"));
            given().when().get("/api/v1/articles/by-slug/" + encode(hidden.getSlug()))
                    .then().statusCode(404);
            given().when().get("/api/v1/articles/" + hidden.getId() + "/related")
                    .then().statusCode(404);
        }
    }

    @Test
    void arabicSlugsWorkPercentEncoded() {
        String slug = desk.solarRoofs().getSlug();
        org.assertj.core.api.Assertions.assertThat(slug).isEqualTo("الألواح-الشمسية-تغير-وجه-الأسطح-في-حمص");
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/articles/by-slug/" + encode(slug))
                .then().statusCode(200)
                .body("id", is(desk.solarRoofs().getId().intValue()))
                .body("slug", is(slug));
    }

    @Test
    void anOldSlugRedirectsPermanentlyToTheCurrentOne() {
        content.retireSlug(desk.solarRoofs().getId(), "ألواح-شمسية-في-حمص");
        given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get("/api/v1/articles/by-slug/" + encode("ألواح-شمسية-في-حمص"))
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/by-slug/" + encode(desk.solarRoofs().getSlug())));
    }

    @Test
    void anOldSlugOfAnUnpublishedArticleIsNotFound() {
        content.retireSlug(desk.draft().getId(), "مسودة-قديمة");
        given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get("/api/v1/articles/by-slug/" + encode("مسودة-قديمة"))
                .then().statusCode(404);
    }

    @Test
    void relatedArticlesShareTagsFirstThenSection() {
        // solarRoofs has tags solar + water: waterCuts shares water; then economy/energy-section articles.
        Article sameSection = content.article("مقال آخر في قسم الطاقة").in(desk.energy()).by(desk.lina())
                .publishedAt(Newsdesk.daysBefore(6)).create();
        content.article("مقال لا علاقة له").in(desk.culture()).by(desk.rami()).publishedAt(Newsdesk.daysBefore(7)).create();
        given().when().get("/api/v1/articles/" + desk.solarRoofs().getId() + "/related")
                .then().statusCode(200)
                .body("title", contains(desk.waterCuts().getTitle(), sameSection.getTitle()))
                .body("id", not(org.hamcrest.Matchers.hasItem(desk.scheduled().getId().intValue())));
    }

    @Test
    void relatedIsAtMostSix() {
        for (int i = 0; i < 8; i++) {
            content.article("خبر مياه رقم " + i).in(desk.economy()).by(desk.lina()).tagged(desk.water())
                    .publishedAt(Newsdesk.daysBefore(10 + i)).create();
        }
        given().when().get("/api/v1/articles/" + desk.waterCuts().getId() + "/related")
                .then().statusCode(200)
                .body("$", hasSize(6));
    }

    static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
