package news.newsroom.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.EmbedBlock;
import news.newsroom.article.body.HeadingBlock;
import news.newsroom.article.body.ImageBlock;
import news.newsroom.article.body.ListBlock;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.article.body.QuoteBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FeedHtml: an article's body as feed readers keep it")
class FeedHtmlTest {

    private static final String SITE = "https://newsroom.example/";

    private static String html(Block... blocks) {
        return FeedHtml.of(List.of(blocks), SITE);
    }

    @Test
    void textAndStructureAreWhatTheWebsiteShowsWithArabicAsItIs() {
        assertThat(html(new ParagraphBlock("أعلنت <strong>مؤسسة المياه</strong> جدولاً <em>جديداً</em>."),
                new HeadingBlock(2, "ما الذي تغيّر؟"),
                new ListBlock(false, List.of("تقنين ساعتين يومياً", "صهاريج للأحياء المرتفعة"))))
                .isEqualTo("<p>أعلنت <strong>مؤسسة المياه</strong> جدولاً <em>جديداً</em>.</p>"
                        + "<h2>ما الذي تغيّر؟</h2>"
                        + "<ul><li>تقنين ساعتين يومياً</li><li>صهاريج للأحياء المرتفعة</li></ul>");
    }

    @Test
    void aQuoteKeepsItsSourceWithoutTheFooterReadersDrop() {
        assertThat(html(new QuoteBlock("الماء حق للجميع", "مدير المؤسسة")))
                .isEqualTo("<blockquote><p>الماء حق للجميع</p><cite>مدير المؤسسة</cite></blockquote>");
    }

    @Test
    void aPictureKeepsItsAddressDescriptionAndCaptionOnly() {
        assertThat(html(new ImageBlock("https://media.newsroom.example/2025/tank.jpg", "خزان مياه", "خزانات على الأسطح",
                "تصوير: سامر عيسى")))
                .isEqualTo("<figure><img src=\"https://media.newsroom.example/2025/tank.jpg\" alt=\"خزان مياه\">"
                        + "<figcaption>خزانات على الأسطح<small>تصوير: سامر عيسى</small></figcaption></figure>");
    }

    @Test
    void anEmbeddedVideoBecomesALinkToItsPage() {
        assertThat(html(new EmbedBlock("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")))
                .isEqualTo("<figure><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"
                        + "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>");
        assertThat(html(new EmbedBlock("vimeo", "https://player.vimeo.com/video/76979871")))
                .isEqualTo("<figure><a href=\"https://player.vimeo.com/video/76979871\">"
                        + "https://player.vimeo.com/video/76979871</a></figure>");
    }

    @Test
    void addressesAreAbsoluteAndPercentEncoded() {
        assertThat(html(new ParagraphBlock("انظر <a href=\"https://example.org/تقرير-المياه\">التقرير</a>"
                + " أو راسل <a href=\"mailto:desk@newsroom.example\">المحرر</a>.")))
                .isEqualTo("<p>انظر <a href=\"https://example.org/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87\">"
                        + "التقرير</a> أو راسل <a href=\"mailto:desk@newsroom.example\">المحرر</a>.</p>");
    }

    @Test
    void aPictureWithoutAWebAddressIsLeftOutWithItsCaption() {
        assertThat(html(new ImageBlock("javascript:alert(1)", "صورة", "شرح", null),
                new ParagraphBlock("فقرة بعدها.")))
                .isEqualTo("<p>فقرة بعدها.</p>");
    }

    @Test
    void anEmbedWithoutAWebAddressIsLeftOut() {
        assertThat(html(new EmbedBlock("vimeo", "javascript:alert(1)"), new ParagraphBlock("فقرة بعدها.")))
                .isEqualTo("<p>فقرة بعدها.</p>");
    }

    @Test
    void onlyWhatEveryFeedReaderKeepsIsLeft() {
        String body = html(new ParagraphBlock("فقرة <a href=\"https://example.org/\">برابط</a>"),
                new HeadingBlock(3, "عنوان"), new ListBlock(true, List.of("بند")), new QuoteBlock("قول", "قائل"),
                new ImageBlock("https://media.newsroom.example/a.png", "بديل", "شرح", "تصوير"),
                new EmbedBlock("youtube", "https://youtu.be/dQw4w9WgXcQ"));

        List<String> tags = Jsoup.parseBodyFragment(body).body().select("*").stream().skip(1).map(Element::tagName)
                .distinct().toList();
        assertThat(tags).isSubsetOf("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "cite", "figure",
                "figcaption", "small", "img", "a", "strong", "em");
        Jsoup.parseBodyFragment(body).select("[href], [src]").forEach(element -> assertThat(
                element.hasAttr("href") ? element.attr("href") : element.attr("src")).startsWith("https://"));
        Jsoup.parseBodyFragment(body).select("*").forEach(element -> assertThat(element.attributes().asList())
                .allSatisfy(attribute -> assertThat(attribute.getKey()).isIn("href", "src", "alt")));
    }
}
