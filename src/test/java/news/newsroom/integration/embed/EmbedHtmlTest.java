package news.newsroom.integration.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.newsroom.author.AuthorRef;
import news.newsroom.section.SectionRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The embed's HTML runs nothing on a partner's page, whatever the title and excerpt hold. */
class EmbedHtmlTest {

    private static final String URL = "https://newsroom.example/articles/7/%D8%B9%D9%86%D9%88%D8%A7%D9%86";
    private static final Outlet OUTLET = new Outlet("غرفة «الأخبار»", "https://newsroom.example", null, 600, 60);

    @Test
    void markupInTheTitleAndExcerptIsTextAndNothingRuns() {
        String title = "عنوان \"مقتبس\" و'آخر' <script>alert('x')</script> & <img src=x onerror=alert(1)>";
        String excerpt = "مقتطف </blockquote><script src=\"https://evil.example/x.js\"></script> <b onclick=\"x()\">عريض</b>";

        String html = EmbedHtml.of(article(title, excerpt, List.of(new AuthorRef("lina-khoury", "لينا خوري"),
                new AuthorRef("rami-haddad", "رامي <حداد>"))), OUTLET);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<b ").contains("&lt;script&gt;");
        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.body().children()).singleElement().satisfies(quote -> {
            assertThat(quote.tagName()).isEqualTo("blockquote");
            assertThat(quote.classNames()).containsExactly("newsroom-embed");
            assertThat(quote.attr("dir")).isEqualTo("rtl");
            assertThat(quote.attr("lang")).isEqualTo("ar");
            assertThat(quote.attr("cite")).isEqualTo(URL);
        });
        assertThat(parsed.body().select("*")).extracting(Element::tagName)
                .containsExactly("body", "blockquote", "p", "a", "p", "footer", "a");
        assertThat(parsed.body().select("*")).flatExtracting(element -> element.attributes().asList())
                .extracting(Attribute::getKey).allSatisfy(name -> assertThat(name).doesNotStartWith("on"));
        assertThat(parsed.selectFirst(".newsroom-embed-title a").text()).isEqualTo(title);
        assertThat(parsed.selectFirst(".newsroom-embed-title a").attr("href")).isEqualTo(URL);
        assertThat(parsed.selectFirst(".newsroom-embed-excerpt").text()).isEqualTo(excerpt);
        assertThat(parsed.selectFirst(".newsroom-embed-source").text())
                .isEqualTo("لينا خوري، رامي <حداد> — غرفة «الأخبار»");
        assertThat(parsed.selectFirst(".newsroom-embed-source a").attr("href")).isEqualTo("https://newsroom.example");
    }

    @Test
    void anArticleWithoutExcerptOrBylineLeavesThemOut() {
        String html = EmbedHtml.of(article("عنوان", null, List.of()), OUTLET);

        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select(".newsroom-embed-excerpt")).isEmpty();
        assertThat(parsed.selectFirst(".newsroom-embed-source").text()).isEqualTo("غرفة «الأخبار»");
    }

    private static EmbeddedArticle article(String title, String description, List<AuthorRef> authors) {
        Instant published = Instant.parse("2025-11-29T08:19:00Z");
        return new EmbeddedArticle(7, title, description, published, published, URL, null,
                List.of(new SectionRef("economy", "اقتصاد")), authors, List.of(), published);
    }
}
