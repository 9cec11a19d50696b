package news.newsroom.integration.sitemap;

import static io.restassured.RestAssured.given;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static java.time.temporal.ChronoUnit.SECONDS;
import static news.newsroom.support.Problems.refused;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import news.newsroom.article.Article;
import news.newsroom.section.Section;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sitemaps as search engines read them, parsed with their namespaces: the news of the last 48 hours (1,000 at
 * most), the index on the API host, the article pages and the sections, with website addresses only and published
 * articles only.
 */
@QuarkusTest
@KnownNewsroom
class SitemapsTest {

    static final String SITE = "https://newsroom.example";
    static final String NEWS = "/sitemaps/news.xml";
    static final String INDEX = "/sitemaps/index.xml";
    static final String FIRST_PAGE = "/sitemaps/articles-1.xml";
    static final String SECTIONS = "/sitemaps/sections.xml";
    static final String URLS = "/s:urlset/s:url/s:loc";

    @Inject
    TestContent content;

    @Inject
    NewsBurst burst;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void theNewsSitemapListsWhatWasPublishedInTheLast48Hours() {
        Instant now = Instant.now();
        Article recent = content.article("وزارة الكهرباء تعلن برنامج التقنين الجديد").in(desk.energy())
                .by(desk.lina()).publishedAt(now.minus(47, HOURS)).create();
        content.article("افتتاح سوق الخضار الجديد في حماة").in(desk.economy()).by(desk.rami())
                .publishedAt(now.minus(49, HOURS)).create();

        ParsedSitemap news = ParsedSitemap.get(NEWS);

        assertThat(news.root()).isEqualTo("{http://www.sitemaps.org/schemas/sitemap/0.9}urlset");
        assertThat(news.strings(URLS)).containsExactly(websiteUrl(recent));
        String item = "/s:urlset/s:url[1]/news:news/";
        assertThat(news.string(item + "news:publication/news:name")).isEqualTo("غرفة الأخبار");
        assertThat(news.string(item + "news:publication/news:language")).isEqualTo("ar");
        assertThat(OffsetDateTime.parse(news.string(item + "news:publication_date")).toInstant())
                .isEqualTo(recent.getPublishedAt().truncatedTo(SECONDS));
        assertThat(news.string(item + "news:title")).isEqualTo("وزارة الكهرباء تعلن برنامج التقنين الجديد");
        assertThat(news.string("/s:urlset/s:url[1]/image:image/image:loc"))
                .isEqualTo("https://media.newsroom.example/test.jpg");
    }

    @Test
    void theNewsSitemapHoldsTheNewestThousand() {
        burst.publish(desk.politics(), 1_001, Instant.now().minus(1, MINUTES));

        ParsedSitemap news = ParsedSitemap.get(NEWS);

        List<String> urls = news.strings(URLS);
        assertThat(urls).hasSize(1_000);
        assertThat(urls.get(0)).endsWith("/burst-1");
        assertThat(urls.get(999)).endsWith("/burst-1000");
        assertThat(urls).noneMatch(url -> url.endsWith("/burst-1001"));
        assertThat(news.strings("/s:urlset/s:url/news:news/news:publication_date").stream()
                .map(date -> OffsetDateTime.parse(date).toInstant()).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theIndexListsTheArticlePagesAndTheSectionsOnTheApiHost() {
        ParsedSitemap index = ParsedSitemap.get(INDEX);

        String host = RestAssured.baseURI + ":" + RestAssured.port;
        assertThat(index.root()).isEqualTo("{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex");
        assertThat(index.strings("/s:sitemapindex/s:sitemap/s:loc"))
                .containsExactly(host + FIRST_PAGE, host + SECTIONS);
        assertThat(index.strings("/s:sitemapindex/s:sitemap/s:lastmod"))
                .hasSize(2).allSatisfy(date -> assertThat(OffsetDateTime.parse(date)).isNotNull());

        ParsedSitemap forwarded = ParsedSitemap.of(given().header("Host", "api.newsroom.example")
                .header("X-Forwarded-Proto", "https").when().get(INDEX).then().statusCode(200)
                .extract().asByteArray());
        assertThat(forwarded.strings("/s:sitemapindex/s:sitemap/s:loc")).containsExactly(
                "https://api.newsroom.example" + FIRST_PAGE, "https://api.newsroom.example" + SECTIONS);
    }

    @Test
    void anArticlePageListsThePublishedArticlesByIdWithWhenTheyChangedAndTheirPicture() {
        ParsedSitemap page = ParsedSitemap.get(FIRST_PAGE);

        List<Article> published = List.of(desk.electionsToday(), desk.solarRoofs(), desk.waterCuts(), desk.budget(),
                desk.theatre());
        assertThat(page.strings(URLS)).containsExactlyElementsOf(published.stream().map(this::websiteUrl).toList());
        assertThat(page.strings(URLS)).allSatisfy(url -> assertThat(url).matches(SITE + "/articles/\\d+/(%[0-9A-F]{2}|-)+"));
        for (Article article : published) {
            String entry = "/s:urlset/s:url[s:loc='" + websiteUrl(article) + "']/";
            assertThat(OffsetDateTime.parse(page.string(entry + "s:lastmod")).toInstant())
                    .isEqualTo(article.getUpdatedAt().truncatedTo(SECONDS));
        }
        String solarRoofs = "/s:urlset/s:url[s:loc='" + websiteUrl(desk.solarRoofs()) + "']/";
        assertThat(page.string(solarRoofs + "image:image/image:loc")).isEqualTo("https://media.newsroom.example/test.jpg");
        String theatre = "/s:urlset/s:url[s:loc='" + websiteUrl(desk.theatre()) + "']/";
        assertThat(page.count(theatre + "image:image")).isZero();
    }

    @Test
    void theSectionSitemapListsEverySectionPageWithItsSlugPercentEncoded() {
        Section solar = content.section("طاقة-شمسية", "طاقة شمسية", desk.energy(), 2);

        ParsedSitemap sections = ParsedSitemap.get(SECTIONS);

        assertThat(sections.strings(URLS)).containsExactlyInAnyOrder(SITE + "/sections/politics",
                SITE + "/sections/economy", SITE + "/sections/energy", SITE + "/sections/culture",
                SITE + "/sections/" + URLEncoder.encode(solar.getSlug(), StandardCharsets.UTF_8));
        // The theatre review is the newest change in culture: the section's page changed when it was published.
        assertThat(OffsetDateTime.parse(sections.string(
                "/s:urlset/s:url[s:loc='" + SITE + "/sections/culture']/s:lastmod")).toInstant())
                .isEqualTo(desk.theatre().getUpdatedAt().truncatedTo(SECONDS));
    }

    @Test
    void draftsScheduledArchivedWithdrawnAndDeletedArticlesAppearInNoSitemap() {
        Instant anHourAgo = Instant.now().minus(1, HOURS);
        Article withdrawn = content.article("خبر سحب من الموقع بعد نشره").in(desk.politics()).by(desk.rami())
                .publishedAt(anHourAgo).create();
        Article archived = content.article("خبر أرشف بعد نشره بساعة").in(desk.politics()).by(desk.rami())
                .publishedAt(anHourAgo).create();
        Article deleted = content.article("خبر حذف بعد نشره بساعة").in(desk.politics()).by(desk.rami())
                .publishedAt(anHourAgo).create();
        Article kept = content.article("خبر بقي منشوراً بعد ساعة").in(desk.politics()).by(desk.rami())
                .publishedAt(anHourAgo).create();
        as(editor).when().post("/api/v1/articles/" + withdrawn.getId() + "/unpublish").then().statusCode(200);
        as(editor).when().post("/api/v1/articles/" + archived.getId() + "/archive").then().statusCode(200);
        as(editor).when().delete("/api/v1/articles/" + deleted.getId()).then().statusCode(204);

        List<String> listed = Stream.of(NEWS, FIRST_PAGE)
                .flatMap(path -> ParsedSitemap.get(path).strings(URLS).stream()).toList();

        assertThat(listed).contains(websiteUrl(kept));
        for (Article hidden : List.of(desk.draft(), desk.scheduled(), desk.archived(), withdrawn, archived, deleted)) {
            assertThat(listed).as(hidden.getTitle()).noneMatch(url -> url.contains("/articles/" + hidden.getId() + "/"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles-0.xml", "articles-abc.xml", "articles-99999999999999999999.xml",
            "articles--1.xml", "articles-1.5.xml"})
    void aPageNumberThatIsNotAPositiveWholeNumberIsRefused(String file) {
        refused(given().when().get("/sitemaps/" + file).then(), 400, "invalid-parameter")
                .body("errors[0].field", is("page"));
    }

    @Test
    void aPageThatWouldListNoPublishedArticleIsNotFound() {
        refused(given().when().get("/sitemaps/articles-2.xml").then(), 404, "not-found");
    }

    @Test
    void sitemapsAreCachedLikeEveryPublicRead() {
        for (String path : List.of(NEWS, INDEX, FIRST_PAGE, SECTIONS)) {
            String etag = given().when().get(path).then().statusCode(200)
                    .header("ETag", startsWith("W/\""))
                    .header("Last-Modified", notNullValue())
                    .header("Cache-Control", startsWith("public"))
                    .header("Surrogate-Key", startsWith("articles"))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
        }
    }

    @Test
    void aClientThatTakesOnlyJsonIsRefused() {
        refused(given().accept("application/json").when().get(INDEX).then(), 406, "not-acceptable");
    }

    @Test
    void aCrawlerAskingForTextXmlGetsTheSitemapBuiltOrCached() {
        for (int round = 0; round < 2; round++) { // the first answer is built, the second comes from the cache
            given().accept("text/xml").when().get(INDEX).then().statusCode(200)
                    .header("Content-Type", startsWith("application/xml"));
        }
        refused(given().accept("application/json").when().get(INDEX).then(), 406, "not-acceptable");
    }

    /** The article's canonical page on the website, as the API gives it. */
    private String websiteUrl(Article article) {
        return given().when().get("/api/v1/articles/" + article.getId()).then().statusCode(200)
                .extract().path("url");
    }
}
