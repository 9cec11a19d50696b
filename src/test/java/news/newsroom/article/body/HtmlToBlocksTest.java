package news.newsroom.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("HtmlToBlocks: an editor's bodyHtml, sanitized into blocks")
class HtmlToBlocksTest {

    private static final String PHOTO = "https://media.newsroom.example/2025/water-tank.jpg";

    private static List<Block> parse(String html) {
        return HtmlToBlocks.parse(html);
    }

    @Nested
    @DisplayName("empty input")
    class EmptyInput {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\n\t ", "<p></p>", "<p> </p><p>&nbsp;</p>", "<div>  </div>", "<!-- note -->"})
        void hasNoBlocks(String html) {
            assertThat(parse(html)).isEmpty();
        }
    }

    @Nested
    @DisplayName("each mapping")
    class EachMapping {

        @Test
        void paragraphKeepsItsInlineMarkup() {
            assertThat(parse("<p>أعلنت المؤسسة <strong>اليوم</strong> جدولاً <em>جديداً</em></p>"))
                    .containsExactly(new ParagraphBlock("أعلنت المؤسسة <strong>اليوم</strong> جدولاً <em>جديداً</em>"));
        }

        @Test
        void arabicTextIsPreservedExactly() {
            String arabic = "أعلنت المؤسسة <strong>اليوم</strong> جدولاً جديداً";
            assertThat(parse("<p>" + arabic + "</p>")).containsExactly(new ParagraphBlock(arabic));
            assertThat(parse(arabic)).containsExactly(new ParagraphBlock(arabic));
        }

        @Test
        void paragraphLosesEveryAttributeButALinksHref() {
            assertThat(parse("<p class=\"lead\" dir=\"rtl\">اقرأ <a href=\"https://water.example/plan\" target=\"_blank\""
                    + " rel=\"x\" title=\"t\">الجدول</a> <b>كاملاً</b></p>"))
                    .containsExactly(new ParagraphBlock("اقرأ <a href=\"https://water.example/plan\">الجدول</a> كاملاً"));
        }

        @Test
        void paragraphLayoutWhiteSpaceIsCollapsedAndLineBreaksBecomeSpaces() {
            assertThat(parse("<p>\n    سطر أول<br>سطر\n    ثانٍ\n</p>"))
                    .containsExactly(new ParagraphBlock("سطر أول سطر ثانٍ"));
        }

        @ParameterizedTest(name = "<{0}> -> level {1}")
        @CsvSource({"h1, 2", "h2, 2", "h3, 3", "h4, 4", "h5, 4", "h6, 4"})
        void headingLevelsAreClampedToTwoToFour(String tag, int level) {
            assertThat(parse("<" + tag + " id=\"x\">ما الذي <em>تغيّر</em>؟</" + tag + ">"))
                    .containsExactly(new HeadingBlock(level, "ما الذي تغيّر؟"));
        }

        @Test
        void blankHeadingIsSkipped() {
            assertThat(parse("<h2> </h2><h3><br></h3>")).isEmpty();
        }

        @Test
        void unorderedList() {
            assertThat(parse("<ul class=\"x\"><li>تقنين <strong>ساعتين</strong> يومياً</li><li>صهاريج للأحياء</li></ul>"))
                    .containsExactly(new ListBlock(false, List.of("تقنين <strong>ساعتين</strong> يومياً", "صهاريج للأحياء")));
        }

        @Test
        void orderedList() {
            assertThat(parse("<ol><li>أولاً</li><li>ثانياً</li></ol>"))
                    .containsExactly(new ListBlock(true, List.of("أولاً", "ثانياً")));
        }

        @Test
        void nestedListIsFlattenedIntoItsItem() {
            assertThat(parse("<ul><li>الأحياء<ul><li>المزة</li><li>كفرسوسة</li></ul></li><li>الريف</li></ul>"))
                    .containsExactly(new ListBlock(false, List.of("الأحياء المزة كفرسوسة", "الريف")));
        }

        @Test
        void emptyListAndEmptyItemsAreSkipped() {
            assertThat(parse("<ul></ul><ol><li> </li></ol><ul><li></li><li>بند</li></ul>"))
                    .containsExactly(new ListBlock(false, List.of("بند")));
        }

        @Test
        void blockquoteWithCite() {
            assertThat(parse("<blockquote><p>لن تنقطع المياه أكثر من يوم.</p><cite>مدير المؤسسة</cite></blockquote>"))
                    .containsExactly(new QuoteBlock("لن تنقطع المياه أكثر من يوم.", "مدير المؤسسة"));
        }

        @Test
        void blockquoteWithFooter() {
            assertThat(parse("<blockquote><p>لن تنقطع المياه.</p><footer>— <cite>مدير المؤسسة</cite></footer></blockquote>"))
                    .containsExactly(new QuoteBlock("لن تنقطع المياه.", "— مدير المؤسسة"));
        }

        @Test
        void blockquoteWithoutSourceHasNullCite() {
            assertThat(parse("<blockquote>الماء حق للجميع</blockquote>"))
                    .containsExactly(new QuoteBlock("الماء حق للجميع", null));
        }

        @Test
        void blockquoteWithOnlyACiteIsSkipped() {
            assertThat(parse("<blockquote><cite>مجهول</cite></blockquote>")).isEmpty();
        }

        @Test
        void figureWithCaptionAndCredit() {
            assertThat(parse("<figure class=\"wide\"><img src=\"" + PHOTO + "\" alt=\"خزان مياه\" width=\"800\">"
                    + "<figcaption>خزانات المياه على الأسطح <small>تصوير: سامر عيسى</small></figcaption></figure>"))
                    .containsExactly(new ImageBlock(PHOTO, "خزان مياه", "خزانات المياه على الأسطح", "تصوير: سامر عيسى"));
        }

        @Test
        void figureWithoutCaption() {
            assertThat(parse("<figure><img src=\"" + PHOTO + "\"></figure>"))
                    .containsExactly(new ImageBlock(PHOTO, null, null, null));
        }

        @Test
        void bareImage() {
            assertThat(parse("<img src=\"" + PHOTO + "\" alt=\"خزان\">"))
                    .containsExactly(new ImageBlock(PHOTO, "خزان", null, null));
        }

        @Test
        void imageInsideAParagraphSplitsIt() {
            assertThat(parse("<p>قبل الصورة <img src=\"" + PHOTO + "\"> بعد الصورة</p>"))
                    .containsExactly(
                            new ParagraphBlock("قبل الصورة"),
                            new ImageBlock(PHOTO, null, null, null),
                            new ParagraphBlock("بعد الصورة"));
        }

        @Test
        void imageAddressIsTrimmedAndItsSchemeLowerCased() {
            assertThat(parse("<img src=\"  HTTPS://media.newsroom.example/a.jpg \"><img src=\"http://old.example/b.png\">"))
                    .containsExactly(
                            new ImageBlock("https://media.newsroom.example/a.jpg", null, null, null),
                            new ImageBlock("http://old.example/b.png", null, null, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "javascript:alert(1)", " JavaScript:alert(1)", "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox(1)",
            "/images/a.jpg", "a.jpg", "//evil.example/a.jpg", "ftp://files.example/a.jpg", "https://", ""
        })
        void imageWithAnyOtherAddressIsDroppedWithItsCaption(String src) {
            assertThat(parse("<img src=\"" + src + "\" alt=\"x\">")).isEmpty();
            assertThat(parse("<figure><img src=\"" + src + "\"><figcaption>تعليق <small>تصوير</small></figcaption></figure>"))
                    .isEmpty();
        }

        @Test
        void youtubeEmbedIsStoredAsAWatchAddress() {
            assertThat(parse("<iframe width=\"560\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc\""
                    + " allowfullscreen></iframe>"))
                    .containsExactly(new EmbedBlock("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "https://youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30",
            "HTTPS://WWW.YOUTUBE.COM/embed/dQw4w9WgXcQ",
        })
        void everyYoutubeHostIsNormalized(String src) {
            assertThat(parse("<figure><iframe src=\"" + src + "\"></iframe><figcaption>فيديو</figcaption></figure>"))
                    .containsExactly(new EmbedBlock("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
        }

        @Test
        void vimeoEmbedKeepsItsAddress() {
            assertThat(parse("<iframe src=\"https://player.vimeo.com/video/76979871\" frameborder=\"0\"></iframe>"))
                    .containsExactly(new EmbedBlock("vimeo", "https://player.vimeo.com/video/76979871"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "https://evil.example/embed/dQw4w9WgXcQ",
            "http://www.youtube.com/embed/dQw4w9WgXcQ",
            "http://player.vimeo.com/video/76979871",
            "https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ",
            "https://evil.example/?u=https://www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com@evil.example/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871",
            "//www.youtube.com/embed/dQw4w9WgXcQ",
            "javascript:alert(1)",
        })
        void iframeFromAnyOtherSourceIsDropped(String src) {
            assertThat(parse("<iframe src=\"" + src + "\"></iframe>")).isEmpty();
        }

        @Test
        void textInsideADivIsGatheredIntoAParagraph() {
            assertThat(parse("<div class=\"x\">نص <em>مائل</em> هنا</div>"))
                    .containsExactly(new ParagraphBlock("نص <em>مائل</em> هنا"));
        }

        @Test
        void containersAreDescendedInto() {
            assertThat(parse("<section><article><div><h2>عنوان</h2><div><p>فقرة</p></div></div></article></section>"))
                    .containsExactly(new HeadingBlock(2, "عنوان"), new ParagraphBlock("فقرة"));
        }

        @Test
        void inlineRunBetweenBlocksBecomesOneParagraph() {
            assertThat(parse("<h2>عنوان</h2>نص <strong>بين</strong> <span>الكتل</span><hr><p>فقرة</p>"))
                    .containsExactly(
                            new HeadingBlock(2, "عنوان"),
                            new ParagraphBlock("نص <strong>بين</strong> الكتل"),
                            new ParagraphBlock("فقرة"));
        }

        @Test
        void aBlockStartingInsideAContainerEndsTheRunningParagraph() {
            assertThat(parse("<div>أول<p>ثانٍ</p>ثالث</div>رابع"))
                    .containsExactly(
                            new ParagraphBlock("أول"),
                            new ParagraphBlock("ثانٍ"),
                            new ParagraphBlock("ثالث"),
                            new ParagraphBlock("رابع"));
        }

        @Test
        void aWholeArticleKeepsItsOrder() {
            String html = """
                    <h1>المياه في دمشق</h1>
                    <p>أعلنت مؤسسة المياه في <strong>دمشق</strong> جدولاً جديداً.</p>
                    <figure><img src="%s" alt="خزان"><figcaption>خزانات <small>تصوير: سامر</small></figcaption></figure>
                    <h3>ما الذي تغيّر؟</h3>
                    <ul><li>تقنين ساعتين</li><li>صهاريج</li></ul>
                    <blockquote><p>لن تنقطع المياه.</p><footer>المدير</footer></blockquote>
                    <iframe src="https://player.vimeo.com/video/1"></iframe>
                    """.formatted(PHOTO);
            assertThat(parse(html)).containsExactly(
                    new HeadingBlock(2, "المياه في دمشق"),
                    new ParagraphBlock("أعلنت مؤسسة المياه في <strong>دمشق</strong> جدولاً جديداً."),
                    new ImageBlock(PHOTO, "خزان", "خزانات", "تصوير: سامر"),
                    new HeadingBlock(3, "ما الذي تغيّر؟"),
                    new ListBlock(false, List.of("تقنين ساعتين", "صهاريج")),
                    new QuoteBlock("لن تنقطع المياه.", "المدير"),
                    new EmbedBlock("vimeo", "https://player.vimeo.com/video/1"));
        }

        @Test
        void droppedElementsTakeTheirContentWithThem() {
            assertThat(parse("<p>أ</p><form><p>حقل</p></form><template><p>قالب</p></template>"
                    + "<textarea>نص</textarea><select><option>خيار</option></select><p>ب</p>"))
                    .containsExactly(new ParagraphBlock("أ"), new ParagraphBlock("ب"));
        }

        @Test
        void anUnclosedRawTextElementDoesNotSwallowTheRestOfTheArticle() {
            assertThat(parse("<p>قبل</p><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"><p>بعد</p>"))
                    .containsExactly(
                            new ParagraphBlock("قبل"),
                            new EmbedBlock("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                            new ParagraphBlock("بعد"));
        }

        @Test
        void theResultIsUnmodifiable() {
            List<Block> blocks = parse("<p>نص</p>");
            assertThat(blocks).isUnmodifiable();
        }
    }

    @Nested
    @DisplayName("XSS vectors")
    class XssVectors {

        private static final List<String> FORBIDDEN = List.of(
                "<script", "javascript:", "vbscript:", "data:text", "onerror", "onload", "onclick", "onmouseover",
                "onfocus", "ontoggle", "onstart", "srcdoc", "<iframe", "<svg", "<object", "<embed", "<form", "style=",
                "<meta", "<link", "<base");

        static Stream<String> vectors() {
            return Stream.of(
                    "<script>alert(1)</script>",
                    "<img src=x onerror=alert(1)>",
                    "<img src=\"javascript:alert(1)\">",
                    "<a href=\"javascript:alert(1)\">x</a>",
                    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                    "<a href=\"&#106;avascript:alert(1)\">x</a>",
                    "<a href=\" javascript:alert(1)\">",
                    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                    "<a href=\"vbscript:msgbox(1)\">x</a>",
                    "<svg onload=alert(1)>",
                    "<svg><script>alert(1)</script></svg>",
                    "<body onload=alert(1)>",
                    "<iframe src=\"javascript:alert(1)\"></iframe>",
                    "<iframe src=\"https://evil.example/x\"></iframe>",
                    "<iframe srcdoc=\"<script>alert(1)</script>\">",
                    "<object data=\"javascript:alert(1)\">",
                    "<embed src=\"javascript:alert(1)\">",
                    "<p style=\"background:url(javascript:alert(1))\">x</p>",
                    "<div onclick=\"alert(1)\">x</div>",
                    "<p onmouseover=alert(1)>x</p>",
                    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                    "<input onfocus=alert(1) autofocus>",
                    "<details open ontoggle=alert(1)>",
                    "<video><source onerror=alert(1)>",
                    "<audio src=x onerror=alert(1)>",
                    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                    "<link rel=stylesheet href=\"javascript:alert(1)\">",
                    "<base href=\"javascript:alert(1)//\">",
                    "<style>@import 'javascript:alert(1)';</style>",
                    "\"><script>alert(1)</script>",
                    "<scr<script>ipt>alert(1)</script>",
                    "<a href=\"java\tscript:alert(1)\">x</a>",
                    "<img src=\"x\" onerror=\"&#97;lert(1)\">",
                    "<marquee onstart=alert(1)>",
                    "<template><script>alert(1)</script></template>",
                    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                    "<figure><img src=\"https://ok.example/a.jpg\" onerror=\"alert(1)\"><figcaption onclick=\"x\">c</figcaption>"
                            + "</figure>",
                    "<a href=\"https://ok.example/\" onclick=\"alert(1)\" style=\"color:red\">x</a>",
                    "<img src=\"https://ok.example/a.jpg\" alt=\"x\" onload=\"alert(1)\" style=\"x:y\">",
                    "<blockquote onclick=\"alert(1)\">x<script>alert(1)</script><cite onmouseover=\"alert(1)\">y</cite>"
                            + "</blockquote>",
                    "<ul><li onclick=\"alert(1)\">x<script>alert(1)</script><iframe src=\"javascript:alert(1)\"></iframe>"
                            + "</li></ul>",
                    "<h2 onclick=\"alert(1)\">x<svg onload=alert(1)></svg></h2>",
                    "<a href=\"javas&#x09;cript:alert(1)\">x</a>",
                    "<iframe src=\"https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ\" onload=\"alert(1)\""
                            + " srcdoc=\"x\"></iframe>",
                    "<style>");
        }

        @Test
        void thereAreAtLeastThirtyDistinctVectors() {
            assertThat(vectors().distinct().count()).isGreaterThanOrEqualTo(30);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("vectors")
        void nothingUnsafeReachesABlockOrTheRenderedHtml(String vector) {
            List<Block> blocks = parse("<p>قبل</p>" + vector + "<p>بعد</p>");
            String stored = blocks.toString().toLowerCase(Locale.ROOT);
            String rendered = BlockRenderer.render(blocks).toLowerCase(Locale.ROOT);

            for (String forbidden : FORBIDDEN) {
                assertThat(stored).as("blocks for %s", vector).doesNotContain(forbidden);
                assertThat(rendered).as("rendered HTML for %s", vector).doesNotContain(forbidden);
            }
            assertThat(blocks).as("surrounding paragraphs for %s", vector)
                    .startsWith(new ParagraphBlock("قبل"))
                    .endsWith(new ParagraphBlock("بعد"));
            assertThat(rendered).startsWith("<p>قبل</p>").endsWith("<p>بعد</p>");
        }
    }

    @Nested
    @DisplayName("escaping")
    class Escaping {

        @Test
        void escapedMarkupStaysTextAllTheWayToTheRenderedHtml() {
            List<Block> blocks = parse("<p>&lt;script&gt;alert(1)&lt;/script&gt; نص</p>");

            assertThat(blocks).containsExactly(new ParagraphBlock("&lt;script&gt;alert(1)&lt;/script&gt; نص"));
            assertThat(blocks.get(0).plainText()).isEqualTo("<script>alert(1)</script> نص");
            assertThat(BlockRenderer.render(blocks)).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; نص</p>");
        }

        @Test
        void escapedMarkupInTextBlocksIsRenderedEscaped() {
            List<Block> blocks = parse("<h2>&lt;b&gt;عنوان</h2><blockquote>&lt;img src=x&gt;<cite>&lt;i&gt;</cite>"
                    + "</blockquote><ul><li>&lt;em&gt;</li></ul>");

            assertThat(blocks).containsExactly(
                    new HeadingBlock(2, "<b>عنوان"),
                    new QuoteBlock("<img src=x>", "<i>"),
                    new ListBlock(false, List.of("&lt;em&gt;")));
            assertThat(BlockRenderer.render(blocks)).isEqualTo("<h2>&lt;b&gt;عنوان</h2>"
                    + "<blockquote><p>&lt;img src=x&gt;</p><footer><cite>&lt;i&gt;</cite></footer></blockquote>"
                    + "<ul><li>&lt;em&gt;</li></ul>");
        }
    }
}
