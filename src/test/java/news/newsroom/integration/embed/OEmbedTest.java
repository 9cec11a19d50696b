package news.newsroom.integration.embed;

import static io.restassured.RestAssured.given;
import static news.newsroom.integration.embed.EmbedRequests.OEMBED;
import static news.newsroom.integration.embed.EmbedRequests.oEmbed;
import static news.newsroom.integration.embed.EmbedRequests.websiteUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.newsroom.article.Article;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.support.TestContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partner's site turns a pasted article link into an embed: oEmbed 1.0 {@code rich}, safe to put on any page. */
@QuarkusTest
@KnownNewsroom
class OEmbedTest {

    private static final String TITLE = "الألواح الشمسية تنتشر في أحياء حمص القديمة";

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;
    Article article;
    String url;

    @BeforeEach
    void anArticleWithAnArabicSlug() {
        article = content.article(TITLE).in(desk.energy())
                .by(desk.lina(), desk.rami()).tagged(desk.solar()).excerpt("أسر كثيرة تستغني عن المولدات.")
                .publishedAt(Newsdesk.NEWEST.plusSeconds(60)).create();
        url = websiteUrl(article.getId());
    }

    @Test
    void anArticleIsEmbeddedByItsWebsiteAddressWithItsSlugPercentEncodedOrRaw() {
        String raw = URLDecoder.decode(url, StandardCharsets.UTF_8);
        String bare = "https://newsroom.example/articles/" + article.getId();
        assertThat(url).contains("/%D8%A7%D9%84%D8%A3%D9%84%D9%88%D8%A7%D8%AD-");
        assertThat(raw).contains("/الألواح-الشمسية-");

        for (String address : List.of(url, raw, raw + "/", bare, bare + "/", url.replace("https:", "http:"))) {
            oEmbed(address).statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("version", is("1.0"))
                    .body("type", is("rich"))
                    .body("width", is(600))
                    .body("height", is(300))
                    .body("title", is(TITLE))
                    .body("author_name", is("لينا خوري، رامي حداد"))
                    .body("author_url", is("https://newsroom.example/authors/lina-khoury"))
                    .body("provider_name", is("غرفة الأخبار"))
                    .body("provider_url", is("https://newsroom.example"))
                    .body("cache_age", is(3600))
                    .body("thumbnail_url", is("https://media.newsroom.example/test.jpg"))
                    .body("thumbnail_width", is(1200))
                    .body("thumbnail_height", is(675));
        }
        Document html = Jsoup.parseBodyFragment(oEmbed(raw).extract().path("html"));
        Element quote = html.body().child(0);
        assertThat(quote.tagName()).isEqualTo("blockquote");
        assertThat(quote.className()).isEqualTo("newsroom-embed");
        assertThat(quote.attr("dir")).isEqualTo("rtl");
        assertThat(quote.attr("lang")).isEqualTo("ar");
        assertThat(quote.selectFirst("a").attr("href")).isEqualTo(url);
        assertThat(quote.selectFirst("a").text()).isEqualTo(TITLE);
        assertThat(quote.selectFirst(".newsroom-embed-excerpt").text()).isEqualTo("أسر كثيرة تستغني عن المولدات.");
    }

    @Test
    void theHtmlRunsNoScriptAndEscapesTheTitleAndExcerpt() {
        String title = "عاجل: \"الوزير\" يقول '<script>alert(1)</script>' <img src=x onerror=alert(2)>";
        String excerpt = "نص <a href=\"javascript:alert(3)\" onclick=\"alert(4)\">رابط</a> & \"اقتباس\"";
        Article hostile = content.article(title).in(desk.politics()).by(desk.rami()).excerpt(excerpt).create();

        String html = oEmbed(websiteUrl(hostile.getId())).statusCode(200).extract().path("html");

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .contains("&lt;script&gt;");
        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.body().select("*")).extracting(Element::tagName)
                .containsExactly("body", "blockquote", "p", "a", "p", "footer", "a");
        assertThat(parsed.body().select("*")).flatExtracting(element -> element.attributes().asList())
                .extracting(Attribute::getKey).allSatisfy(name -> assertThat(name).doesNotStartWith("on"));
        assertThat(parsed.select("a")).extracting(link -> link.attr("href"))
                .containsExactly(websiteUrl(hostile.getId()), "https://newsroom.example");
        assertThat(parsed.selectFirst(".newsroom-embed-title").text()).isEqualTo(title);
        assertThat(parsed.selectFirst(".newsroom-embed-excerpt").text()).isEqualTo(excerpt);
    }

    @Test
    void theEmbedAndItsThumbnailStayWithinMaxWidthAndMaxHeight() {
        oEmbed(url, "&maxwidth=320&maxheight=240").statusCode(200)
                .body("width", is(320))
                .body("height", is(240))
                .body("thumbnail_width", lessThanOrEqualTo(320))
                .body("thumbnail_height", lessThanOrEqualTo(240));
        oEmbed(url, "&maxwidth=2000&maxheight=2000&format=json").statusCode(200)
                .body("width", is(600))
                .body("height", is(300));
    }

    @Test
    void anArticleWithoutPictureHasNoThumbnail() {
        oEmbed(websiteUrl(desk.theatre().getId())).statusCode(200)
                .body("$", not(hasKey("thumbnail_url")))
                .body("$", not(hasKey("thumbnail_width")))
                .body("$", not(hasKey("thumbnail_height")));
    }

    @Test
    void anAddressThatIsNotAPublishedArticlesPageIsNotFound() {
        String path = "/articles/" + article.getId();
        for (String address : List.of("https://partner.example" + path, "https://newsroom.example.partner.example" + path,
                "https://newsroom.example/sections/energy", "https://newsroom.example" + path + "/slug/comments",
                "https://newsroom.example/articles/999999", "https://newsroom.example/articles/" + desk.draft().getId(),
                "https://newsroom.example/articles/" + desk.scheduled().getId(),
                "https://newsroom.example/articles/" + desk.archived().getId())) {
            Problems.refused(oEmbed(address), 404, "not-found");
        }
    }

    @Test
    void xmlIsNotImplementedAndAnyOtherFormatIsABadRequest() {
        Problems.refused(oEmbed(url, "&format=xml"), 501, "not-implemented");
        Problems.refused(oEmbed(url, "&format=atom"), 400, "invalid-parameter").body("errors[0].field", is("format"));
    }

    @Test
    void aMissingMalformedOrTooLongUrlIsABadRequest() {
        String tooLong = url + "/" + "a".repeat(ArticleLinks.MAX_ADDRESS_LENGTH);
        for (String address : List.of("not an address", "newsroom.example/articles/1", "ftp://newsroom.example/articles/1",
                "https://newsroom.example/articles/1/%ZZ", tooLong)) {
            Problems.refused(oEmbed(address), 400, "invalid-parameter").body("errors[0].field", is("url"));
        }
        Problems.refused(given().when().get(OEMBED).then(), 400, "invalid-parameter").body("errors[0].field", is("url"));
        Problems.refused(oEmbed(url, "&maxwidth=0"), 400, "invalid-parameter").body("errors[0].field", is("maxwidth"));
        Problems.refused(oEmbed(url, "&maxheight=tall"), 400, "invalid-parameter").body("errors[0].field", is("maxheight"));
    }
}
