package news.newsroom.integration.embed;

import static io.restassured.RestAssured.given;
import static news.newsroom.integration.embed.EmbedRequests.structuredData;
import static news.newsroom.integration.embed.EmbedRequests.structuredDataOf;
import static news.newsroom.integration.embed.EmbedRequests.websiteUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.article.Article;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.support.StaffRequests;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON-LD the website puts in an article page's head: a schema.org NewsArticle and its breadcrumb trail. */
@QuarkusTest
@KnownNewsroom
class StructuredDataTest {

    /** Longer than the 110 characters search engines used to cut headlines at. */
    private static final String LONG_TITLE = "أسر حمص تخفّض فواتير الكهرباء إلى النصف بعد أن غيّرت الألواح "
            + "الشمسية وجه الأسطح في الأحياء الشرقية والغربية من المدينة القديمة";

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    Article article;

    @BeforeEach
    void anArticleWithTwoAuthorsAnImageTagsAndANestedSection() {
        assertThat(LONG_TITLE.length()).isGreaterThan(110);
        article = content.article(LONG_TITLE).in(desk.energy()).by(desk.lina(), desk.rami())
                .tagged(desk.water(), desk.solar()).excerpt("أسر كثيرة تستغني عن المولدات.")
                .publishedAt(Newsdesk.NEWEST.plusSeconds(60)).create();
    }

    @Test
    void anArticleIsANewsArticleWithEveryPropertyGoogleReads() {
        String url = websiteUrl(article.getId());
        String updatedAt = given().when().get("/api/v1/articles/" + article.getId()).then().extract().path("updatedAt");

        JsonNode document = structuredDataOf(article.getId());

        assertThat(document.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(document.get("@graph")).hasSize(2);
        JsonNode news = document.get("@graph").get(0);
        assertThat(news.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(news.get("headline").asText()).isEqualTo(LONG_TITLE);
        assertThat(news.get("description").asText()).isEqualTo("أسر كثيرة تستغني عن المولدات.");
        assertThat(news.get("datePublished").asText()).isEqualTo("2025-11-29T08:20:00Z");
        assertThat(news.get("dateModified").asText()).isEqualTo(updatedAt);
        assertThat(texts(news.get("author"), "@type")).containsExactly("Person", "Person");
        assertThat(texts(news.get("author"), "name")).containsExactly("لينا خوري", "رامي حداد");
        assertThat(texts(news.get("author"), "url")).containsExactly("https://newsroom.example/authors/lina-khoury",
                "https://newsroom.example/authors/rami-haddad");
        assertThat(news.get("publisher").get("@type").asText()).isEqualTo("NewsMediaOrganization");
        assertThat(news.get("publisher").get("name").asText()).isEqualTo("غرفة الأخبار");
        assertThat(news.get("publisher").get("url").asText()).isEqualTo("https://newsroom.example");
        assertThat(news.get("publisher").has("logo")).as("no logo is configured in tests").isFalse();
        assertThat(texts(news.get("image"))).containsExactly("https://media.newsroom.example/test.jpg");
        assertThat(news.get("mainEntityOfPage").asText()).isEqualTo(url)
                .startsWith("https://newsroom.example/articles/" + article.getId() + "/%D8%A3%D8%B3%D8%B1-"); // «أسر»
        assertThat(news.get("inLanguage").asText()).isEqualTo("ar");
        assertThat(news.get("articleSection").asText()).isEqualTo("طاقة");
        assertThat(texts(news.get("keywords"))).containsExactly("الطاقة الشمسية", "المياه");
        assertThat(news.get("isAccessibleForFree").isBoolean()).isTrue();
        assertThat(news.get("isAccessibleForFree").asBoolean()).isTrue();
    }

    @Test
    void theBreadcrumbTrailGoesFromTheTopSectionToTheArticle() {
        JsonNode trail = structuredDataOf(article.getId()).get("@graph").get(1);

        assertThat(trail.get("@type").asText()).isEqualTo("BreadcrumbList");
        JsonNode items = trail.get("itemListElement");
        assertThat(texts(items, "@type")).containsExactly("ListItem", "ListItem", "ListItem");
        assertThat(items).extracting(item -> item.get("position").asInt()).containsExactly(1, 2, 3);
        assertThat(texts(items, "name")).containsExactly("اقتصاد", "طاقة", LONG_TITLE);
        assertThat(texts(items, "item")).containsExactly("https://newsroom.example/sections/economy",
                "https://newsroom.example/sections/energy", websiteUrl(article.getId()));
    }

    @Test
    void anArticleWithoutImageOrTagsLeavesThemOut() {
        JsonNode document = structuredDataOf(desk.theatre().getId());

        JsonNode news = document.get("@graph").get(0);
        assertThat(news.has("image")).isFalse();
        assertThat(news.has("keywords")).isFalse();
        assertThat(news.get("articleSection").asText()).isEqualTo("ثقافة");
        assertThat(texts(document.get("@graph").get(1).get("itemListElement"), "name"))
                .containsExactly("ثقافة", "مهرجان المسرح يفتتح دورته في اللاذقية");
    }

    @Test
    void itIsJsonLdInRawUtf8WithTheCachingHeadersOfEveryPublicRead() {
        long id = article.getId();
        String body = structuredData(id).statusCode(200)
                .header("Content-Type", equalToIgnoringCase("application/ld+json;charset=UTF-8"))
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300, stale-if-error=3600"))
                .header("Last-Modified", notNullValue())
                .header("Surrogate-Key", is("articles article-" + id + " section-economy section-energy "
                        + "author-lina-khoury author-rami-haddad tag-" + Problems.encode(desk.solar().getSlug())
                        + " tag-" + Problems.encode(desk.water().getSlug())))
                .extract().asString();
        String etag = structuredData(id).extract().header("ETag");

        assertThat(body).contains("\"headline\":\"" + LONG_TITLE + "\"");
        assertThat(etag).startsWith("W/\"");
        given().header("If-None-Match", etag).when().get("/api/v1/articles/" + id + "/structured-data")
                .then().statusCode(304);
    }

    @Test
    void aClientAskingForJsonGetsJsonLdAndOneAskingForHtmlA406Problem() {
        String path = "/api/v1/articles/" + article.getId() + "/structured-data";
        for (int round = 0; round < 2; round++) { // the first answer is built, the second comes from the cache
            given().accept("application/json").when().get(path).then().statusCode(200)
                    .header("Content-Type", equalToIgnoringCase("application/ld+json;charset=UTF-8"));
            Problems.refused(given().accept("text/html").when().get(path).then(), 406, "not-acceptable");
        }
    }

    @Test
    void noTextCanEndTheScriptElementTheWebsitePutsItIn() {
        String title = "عنوان </script><script>alert(\"x\")</script> & <!-- تعليق -->";
        Article hostile = content.article(title).in(desk.politics()).by(desk.rami()).excerpt("مقتطف </SCRIPT>").create();

        String body = structuredData(hostile.getId()).statusCode(200).extract().asString();

        assertThat(body).doesNotContain("<").doesNotContain(">").doesNotContain("&").contains("عنوان");
        JsonNode news = EmbedRequests.parse(body).get("@graph").get(0);
        assertThat(news.get("headline").asText()).isEqualTo(title);
        assertThat(news.get("description").asText()).isEqualTo("مقتطف </SCRIPT>");
    }

    @Test
    void onlyPublishedArticlesHaveStructuredData() {
        StaffRequests.as(editor).when().delete("/api/v1/articles/" + desk.budget().getId()).then().statusCode(204);

        for (Article unpublished : List.of(desk.draft(), desk.scheduled(), desk.archived(), desk.budget())) {
            Problems.refused(structuredData(unpublished.getId()), 404, "not-found");
        }
        Problems.refused(structuredData(999_999), 404, "not-found");
        Problems.refused(given().when().get("/api/v1/articles/abc/structured-data").then(), 400, "invalid-parameter");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
