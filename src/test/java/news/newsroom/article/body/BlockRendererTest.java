package news.newsroom.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("BlockRenderer: article blocks to web HTML")
class BlockRendererTest {

    private static final String YOUTUBE_IFRAME = "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\""
            + " title=\"YouTube\" loading=\"lazy\" allowfullscreen></iframe>";

    private static String render(Block... blocks) {
        return BlockRenderer.render(List.of(blocks));
    }

    @Nested
    @DisplayName("each block type")
    class EachBlockType {

        @Test
        void paragraph() {
            assertThat(render(new ParagraphBlock("أعلنت مؤسسة المياه جدولاً جديداً.")))
                    .isEqualTo("<p>أعلنت مؤسسة المياه جدولاً جديداً.</p>");
        }

        @ParameterizedTest(name = "level {0} -> <{1}>")
        @CsvSource({
            "-1, h2",
            "0, h2",
            "1, h2",
            "2, h2",
            "3, h3",
            "4, h4",
            "5, h4",
            "6, h4",
            "99, h4",
        })
        void headingLevelsAreClampedToTwoToFour(int level, String tag) {
            assertThat(render(new HeadingBlock(level, "ما الذي تغيّر؟")))
                    .isEqualTo("<" + tag + ">ما الذي تغيّر؟</" + tag + ">");
        }

        @Test
        void orderedList() {
            assertThat(render(new ListBlock(true, List.of("تقنين ساعتين يومياً", "صهاريج للأحياء المرتفعة"))))
                    .isEqualTo("<ol><li>تقنين ساعتين يومياً</li><li>صهاريج للأحياء المرتفعة</li></ol>");
        }

        @Test
        void unorderedList() {
            assertThat(render(new ListBlock(false, List.of("أولاً", "ثانياً"))))
                    .isEqualTo("<ul><li>أولاً</li><li>ثانياً</li></ul>");
        }

        @Test
        void listItemsKeepInlineMarkup() {
            assertThat(render(new ListBlock(false, List.of("<strong>مهم</strong>", "<a href=\"https://a.example\">رابط</a>"))))
                    .isEqualTo("<ul><li><strong>مهم</strong></li><li><a href=\"https://a.example\">رابط</a></li></ul>");
        }

        @Test
        void emptyList() {
            assertThat(render(new ListBlock(true, null))).isEqualTo("<ol></ol>");
        }

        @Test
        void quoteWithCite() {
            assertThat(render(new QuoteBlock("لن تنقطع المياه عن أي حي أكثر من يوم واحد.", "مدير مؤسسة المياه")))
                    .isEqualTo("<blockquote><p>لن تنقطع المياه عن أي حي أكثر من يوم واحد.</p>"
                            + "<footer><cite>مدير مؤسسة المياه</cite></footer></blockquote>");
        }

        @ParameterizedTest(name = "cite «{0}» gives no footer")
        @CsvSource(value = {"NULL", "''", "'   '"}, nullValues = "NULL")
        void quoteWithoutCiteHasNoFooter(String cite) {
            assertThat(render(new QuoteBlock("نص", cite))).isEqualTo("<blockquote><p>نص</p></blockquote>");
        }

        @Test
        void image() {
            assertThat(render(new ImageBlock("https://media.newsroom.example/2025/water-tank.jpg",
                    "خزان مياه على سطح بناء", "خزانات المياه على أسطح المباني", "تصوير: سامر عيسى")))
                    .isEqualTo("<figure><img src=\"https://media.newsroom.example/2025/water-tank.jpg\""
                            + " alt=\"خزان مياه على سطح بناء\" loading=\"lazy\">"
                            + "<figcaption>خزانات المياه على أسطح المباني<small>تصوير: سامر عيسى</small></figcaption>"
                            + "</figure>");
        }

        @Test
        void imageWithoutCaptionOrCreditHasNoFigcaptionAndAnEmptyAlt() {
            assertThat(render(new ImageBlock("https://m.example/a.jpg", null, null, null)))
                    .isEqualTo("<figure><img src=\"https://m.example/a.jpg\" alt=\"\" loading=\"lazy\"></figure>");
        }

        @Test
        void imageWithOnlyACredit() {
            assertThat(render(new ImageBlock("https://m.example/a.jpg", "a", null, "AFP")))
                    .isEqualTo("<figure><img src=\"https://m.example/a.jpg\" alt=\"a\" loading=\"lazy\">"
                            + "<figcaption><small>AFP</small></figcaption></figure>");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
            "https://youtu.be/dQw4w9WgXcQ",
        })
        void youtubeEmbedUsesThePrivacyEnhancedHost(String url) {
            assertThat(render(new EmbedBlock("youtube", url)))
                    .isEqualTo("<figure class=\"embed\" data-provider=\"youtube\">" + YOUTUBE_IFRAME + "</figure>");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "https://x.com/newsroom/status/1",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
            "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=short",
        })
        void otherEmbedsAreALink(String url) {
            assertThat(render(new EmbedBlock("other", url)))
                    .isEqualTo("<figure class=\"embed\" data-provider=\"other\"><a href=\"" + url
                            + "\" rel=\"noopener\">" + url + "</a></figure>");
        }

        @Test
        void embedWithAnUnsafeUrlLinksNowhere() {
            assertThat(render(new EmbedBlock("x", "javascript:alert(1)")))
                    .isEqualTo("<figure class=\"embed\" data-provider=\"x\"><a href=\"\" rel=\"noopener\">"
                            + "javascript:alert(1)</a></figure>");
        }

        @Test
        void blocksAreRenderedInOrderWithoutSeparators() {
            assertThat(render(new HeadingBlock(2, "عنوان"), new ParagraphBlock("فقرة"), new QuoteBlock("قول", null)))
                    .isEqualTo("<h2>عنوان</h2><p>فقرة</p><blockquote><p>قول</p></blockquote>");
        }

        @Test
        void noBlocksRenderNothing() {
            assertThat(BlockRenderer.render(List.of())).isEmpty();
        }
    }

    @Nested
    @DisplayName("escaping")
    class Escaping {

        @Test
        void arabicTextIsWrittenAsIsNotAsEntities() {
            String html = render(new HeadingBlock(2, "دمشق"), new ParagraphBlock("حلب"),
                    new QuoteBlock("حمص", "حماة"), new ImageBlock("https://m/x.jpg", "اللاذقية", "طرطوس", "إدلب"));

            assertThat(html).contains("دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب")
                    .doesNotContain("&#");
        }

        @Test
        void headingTextIsEscaped() {
            assertThat(render(new HeadingBlock(2, "a < b > c & d")))
                    .isEqualTo("<h2>a &lt; b &gt; c &amp; d</h2>");
        }

        @Test
        void markupInAHeadingIsShownNotInterpreted() {
            assertThat(render(new HeadingBlock(3, "<script>alert(1)</script>")))
                    .isEqualTo("<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>");
        }

        @Test
        void quoteTextAndCiteAreEscaped() {
            assertThat(render(new QuoteBlock("قال <b>x</b> & مضى", "<i>مصدر</i>")))
                    .isEqualTo("<blockquote><p>قال &lt;b&gt;x&lt;/b&gt; &amp; مضى</p>"
                            + "<footer><cite>&lt;i&gt;مصدر&lt;/i&gt;</cite></footer></blockquote>");
        }

        @Test
        void captionAndCreditAreEscaped() {
            assertThat(render(new ImageBlock("https://m/x.jpg", "a", "<b>تعليق</b> & <", "<script>")))
                    .isEqualTo("<figure><img src=\"https://m/x.jpg\" alt=\"a\" loading=\"lazy\">"
                            + "<figcaption>&lt;b&gt;تعليق&lt;/b&gt; &amp; &lt;<small>&lt;script&gt;</small></figcaption>"
                            + "</figure>");
        }

        @Test
        void altCannotBreakOutOfItsAttribute() {
            assertThat(render(new ImageBlock("https://m/x.jpg", "\" onerror=\"alert(1)", null, null)))
                    .isEqualTo("<figure><img src=\"https://m/x.jpg\" alt=\"&quot; onerror=&quot;alert(1)\""
                            + " loading=\"lazy\"></figure>");
        }

        @Test
        void ampersandsInUrlsAreEscapedInAttributes() {
            assertThat(render(new ImageBlock("https://m/x.jpg?a=1&b=2", "a", null, null)))
                    .contains("src=\"https://m/x.jpg?a=1&amp;b=2\"");
        }
    }

    @Nested
    @DisplayName("inline markup in paragraphs")
    class InlineMarkup {

        @Test
        void keepsStrongEmphasisAndWebLinks() {
            String html = "أعلنت <strong>دمشق</strong> و<em>حلب</em> <a href=\"https://water.example/plan\">الخطة</a>";

            assertThat(render(new ParagraphBlock(html))).isEqualTo("<p>" + html + "</p>");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "<strong onclick=\"alert(1)\">x</strong>                  | <p><strong>x</strong></p>",
            "<em style=\"color:red\">x</em>                           | <p><em>x</em></p>",
            "<a href=\"https://ok.example\" onclick=\"x()\">ok</a>    | <p><a href=\"https://ok.example\">ok</a></p>",
            "<a href=\"javascript:alert(1)\">x</a>                    | <p><a>x</a></p>",
            "<script>alert(1)</script>نص                              | <p>نص</p>",
            "<div>فقرة</div>                                          | <p>فقرة</p>",
            "<b>عريض</b>                                              | <p>عريض</p>",
            "<img src=x onerror=alert(1)>                             | <p></p>",
        })
        void dropsWhatIsNotAllowedAndKeepsTheText(String input, String expected) {
            assertThat(render(new ParagraphBlock(input))).isEqualTo(expected);
        }

        @Test
        void nullParagraphHtmlRendersAnEmptyParagraph() {
            assertThat(render(new ParagraphBlock(null))).isEqualTo("<p></p>");
        }
    }

    static Stream<String> hostileInputs() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "<<script>script>alert(1)<</script>/script>",
                "<noscript><script>alert(1)</script></noscript>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"x\" onerror=\"alert(document.cookie)\">صورة",
                "<p onclick=\"alert(1)\">انقر</p>",
                "<strong onclick=\"alert(1)\">x</strong>",
                "<a href=\"https://ok.example\" onclick=\"steal()\">ok</a>",
                "<em style=\"background:url(javascript:alert(1))\">x</em>",
                "<span style=\"position:fixed\">x</span>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<IFRAME SRCDOC=\"<script>alert(1)</script>\"></IFRAME>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<body onload=alert(1)>",
                "<style>body{display:none}</style>نص",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<details open ontoggle=alert(1)>");
    }

    private static void assertHarmless(String html) {
        assertThat(html.toLowerCase())
                .doesNotContain("<script")
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .doesNotContain("onload")
                .doesNotContain("ontoggle")
                .doesNotContain("javascript:")
                .doesNotContain("<iframe")
                .doesNotContain("style=")
                .doesNotContain("<img")
                .doesNotContain("<svg")
                .doesNotContain("<object")
                .doesNotContain("<embed")
                .doesNotContain("<form");
    }

    @Nested
    @DisplayName("hostile inline markup")
    class HostileMarkup {

        @ParameterizedTest(name = "paragraph {0}")
        @MethodSource("news.newsroom.article.body.BlockRendererTest#hostileInputs")
        void isNeutralizedInParagraphs(String hostile) {
            assertHarmless(render(new ParagraphBlock(hostile)));
        }

        @ParameterizedTest(name = "list item {0}")
        @MethodSource("news.newsroom.article.body.BlockRendererTest#hostileInputs")
        void isNeutralizedInListItems(String hostile) {
            assertHarmless(render(new ListBlock(false, List.of(hostile))));
        }

        @ParameterizedTest(name = "InlineHtml.clean {0}")
        @MethodSource("news.newsroom.article.body.BlockRendererTest#hostileInputs")
        void isNeutralizedByInlineHtml(String hostile) {
            assertHarmless(InlineHtml.clean(hostile));
        }

        @Test
        void theOnlyIframeInABodyIsTheYoutubeNocookieOne() {
            List<Block> blocks = new ArrayList<>();
            hostileInputs().forEach(hostile -> blocks.add(new ParagraphBlock(hostile)));
            blocks.add(new EmbedBlock("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
            hostileInputs().forEach(hostile -> blocks.add(new ListBlock(true, List.of(hostile))));

            String html = BlockRenderer.render(blocks);

            assertThat(html).containsOnlyOnce("<iframe").contains(YOUTUBE_IFRAME);
            assertHarmless(html.replace(YOUTUBE_IFRAME, ""));
        }

        @ParameterizedTest(name = "image url {0} -> empty src")
        @CsvSource({
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "'data:image/svg+xml;base64,PHN2Zz4='",
            "//evil.example/x.jpg",
            "/relative/x.jpg",
            "ftp://files.example/x.jpg",
            "' https://m.example/x.jpg'",
        })
        void imageUrlsOtherThanHttpAreDropped(String url) {
            assertThat(render(new ImageBlock(url, "a", null, null)))
                    .isEqualTo("<figure><img src=\"\" alt=\"a\" loading=\"lazy\"></figure>");
        }

        @Test
        void nullImageUrlGivesAnEmptySrc() {
            assertThat(render(new ImageBlock(null, "a", null, null)))
                    .isEqualTo("<figure><img src=\"\" alt=\"a\" loading=\"lazy\"></figure>");
        }

        @Test
        void httpImageUrlsAreKept() {
            assertThat(render(new ImageBlock("http://m.example/x.jpg", "a", null, null)))
                    .contains("src=\"http://m.example/x.jpg\"");
        }
    }

    @Nested
    @DisplayName("wordCount")
    class WordCount {

        static Stream<Arguments> blocks() {
            return Stream.of(
                    Arguments.of("paragraph", new ParagraphBlock("أعلنت مؤسسة المياه جدولاً جديداً"), 5),
                    Arguments.of("paragraph without its tags",
                            new ParagraphBlock("أعلنت <strong>مؤسسة المياه</strong> <a href=\"https://x\">جدولاً</a>"), 4),
                    Arguments.of("tags do not glue words together", new ParagraphBlock("سطر<br>سطر"), 2),
                    Arguments.of("paragraph with extra whitespace", new ParagraphBlock("  كلمة \n\t كلمة  "), 2),
                    Arguments.of("empty paragraph", new ParagraphBlock(""), 0),
                    Arguments.of("null paragraph", new ParagraphBlock(null), 0),
                    Arguments.of("heading", new HeadingBlock(2, "ما الذي تغيّر؟"), 3),
                    Arguments.of("list items", new ListBlock(false, List.of("تقنين ساعتين", "صهاريج للأحياء المرتفعة")), 5),
                    Arguments.of("list items with markup", new ListBlock(true, List.of("<em>واحد</em>", "اثنان")), 2),
                    Arguments.of("quote and cite", new QuoteBlock("لن تنقطع المياه", "مدير المؤسسة"), 5),
                    Arguments.of("quote without cite", new QuoteBlock("لن تنقطع المياه", null), 3),
                    Arguments.of("image caption", new ImageBlock("https://m/x.jpg", "نص بديل طويل", "خزانات المياه", "تصوير: سامر"), 2),
                    Arguments.of("image without caption", new ImageBlock("https://m/x.jpg", "نص بديل", null, "تصوير"), 0),
                    Arguments.of("embed", new EmbedBlock("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"), 0));
        }

        @ParameterizedTest(name = "{0}: {2} words")
        @MethodSource
        void blocks(String description, Block block, int words) {
            assertThat(BlockRenderer.wordCount(List.of(block))).isEqualTo(words);
        }

        @Test
        void countsOverAllBlocks() {
            List<Block> body = List.of(
                    new HeadingBlock(2, "ما الذي تغيّر؟"),                                   // 3
                    new ParagraphBlock("أعلنت <strong>دمشق</strong> جدولاً"),                // 3
                    new ListBlock(false, List.of("تقنين ساعتين", "صهاريج")),                  // 3
                    new QuoteBlock("لن تنقطع", "المدير"),                                     // 3
                    new ImageBlock("https://m/x.jpg", "بديل", "خزانات المياه", "تصوير"),       // 2
                    new EmbedBlock("youtube", "https://youtu.be/dQw4w9WgXcQ"));              // 0

            assertThat(BlockRenderer.wordCount(body)).isEqualTo(14);
        }
        @ParameterizedTest(name = "{0}")
        @MethodSource("noBreakSpaceBlocks")
        void aNoBreakSpaceSeparatesWordsInEveryBlock(String description, Block block) {
            assertThat(BlockRenderer.wordCount(List.of(block))).isEqualTo(2);
        }

        static Stream<Arguments> noBreakSpaceBlocks() {
            return Stream.of(
                    Arguments.of("paragraph", new ParagraphBlock("كلمة\u00A0كلمة")),
                    Arguments.of("heading", new HeadingBlock(2, "كلمة\u00A0كلمة")),
                    Arguments.of("quote", new QuoteBlock("كلمة\u00A0كلمة", null)),
                    Arguments.of("image caption", new ImageBlock("https://m/x.jpg", null, "كلمة\u00A0كلمة", null)));
        }

        @Test
        void noBlocksNoWords() {
            assertThat(BlockRenderer.wordCount(List.of())).isZero();
        }
    }
}
