package news.newsroom.integration.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the sitemaps make of awkward text: escaped markup, raw Arabic, no characters XML cannot carry, and addresses
 * percent-encoded as the API writes them.
 */
class SitemapXmlTest {

    private static final Instant PUBLISHED = Instant.parse("2026-12-07T18:31:05.123456Z");

    @Test
    void markupInATitleIsEscapedAndArabicIsWrittenAsUtf8() {
        byte[] xml = SitemapXml.newsUrlset()
                .newsUrl("https://newsroom.example/articles/7/a?x=1&y=2", "غرفة <الأخبار>", "ar", PUBLISHED,
                        "«الموازنة» & <الضرائب> \"الجديدة\"", null)
                .finish();

        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("«الموازنة» &amp; &lt;الضرائب&gt;").contains("a?x=1&amp;y=2").doesNotContain("&#");
        ParsedSitemap news = ParsedSitemap.of(xml);
        assertThat(news.string("/s:urlset/s:url/news:news/news:title")).isEqualTo("«الموازنة» & <الضرائب> \"الجديدة\"");
        assertThat(news.string("/s:urlset/s:url/news:news/news:publication/news:name")).isEqualTo("غرفة <الأخبار>");
        assertThat(news.string("/s:urlset/s:url/s:loc")).isEqualTo("https://newsroom.example/articles/7/a?x=1&y=2");
        assertThat(news.string("/s:urlset/s:url/news:news/news:publication_date")).isEqualTo("2026-12-07T18:31:05Z");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedRatherThanBreakingTheDocument() {
        byte[] xml = SitemapXml.newsUrlset()
                .newsUrl("https://newsroom.example/articles/8/b", "غرفة الأخبار", "ar", PUBLISHED,
                        "عنوان\u0000 فيه\u0008 محارف\uFFFE تحكم\uD800", null)
                .finish();

        assertThat(ParsedSitemap.of(xml).string("/s:urlset/s:url/news:news/news:title"))
                .isEqualTo("عنوان فيه محارف تحكم");
    }

    @Test
    void anEmptyListIsStillASitemap() {
        ParsedSitemap empty = ParsedSitemap.of(SitemapXml.newsUrlset().finish());

        assertThat(empty.root()).isEqualTo("{http://www.sitemaps.org/schemas/sitemap/0.9}urlset");
        assertThat(empty.count("/s:urlset/s:url")).isZero();
    }

    @Test
    void imageAddressesAreEscapedAsTheProtocolAsks() {
        assertThat(SitemapService.escaped("https://media.newsroom.example/صور/سوق دمشق.jpg"))
                .isEqualTo("https://media.newsroom.example/%D8%B5%D9%88%D8%B1/%D8%B3%D9%88%D9%82%20%D8%AF%D9%85%D8%B4%D9%82.jpg");
        assertThat(SitemapService.escaped("https://media.newsroom.example/a.jpg")).isEqualTo("https://media.newsroom.example/a.jpg");
    }
}
