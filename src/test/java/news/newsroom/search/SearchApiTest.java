package news.newsroom.search;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.Problems.refused;
import static news.newsroom.support.Searches.ARTICLES;
import static news.newsroom.support.Searches.id;
import static news.newsroom.support.Searches.search;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleStatus;
import news.newsroom.article.body.HeadingBlock;
import news.newsroom.article.body.ListBlock;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The archive search through the API: word forms and spellings that find an article, phrases, exclusions and
 * OR, stop words, highlights, and queries that are malformed or hostile.
 */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class SearchApiTest {

    @Inject
    TestContent content;

    Section politics;
    Author rami;
    Article ballotTable;
    Article ballotApart;
    Article theatre;
    Article draft;

    @BeforeEach
    void newsroom() {
        content.clear();
        politics = content.section("search-politics", "سياسة", null, 1);
        rami = content.author("search-rami", "رامي حداد");
        ballotTable = content.article("اللجنة تنشر جدول الاقتراع غدا").in(politics).by(rami).create();
        ballotApart = content.article("الاقتراع يبدأ صباحا وفق جدول معلن").in(politics).by(rami).create();
        theatre = content.article("مهرجان المسرح يفتتح دورته في اللاذقية").in(politics).by(rami)
                .body(new ParagraphBlock("هم من افتتحوا المهرجان هذا العام.")).create();
        draft = content.article("مسودة عن جدول الاقتراع لم تنشر").in(politics).by(rami)
                .status(ArticleStatus.DRAFT).create();
    }

    // --- word forms and spellings ---

    @ParameterizedTest(name = "«{1}» finds «{0}»")
    @CsvSource({
        "والمعلمون, معلم",
        "المعلمين, معلمون",
        "معلمات, المعلمة",
        "بالمدرسة, مدرسة",
        "للطلاب, طلاب",
        "كتابها, كتاب",
        "مدرستهم, مدرسة",
        "فالكتاب, كتاب",
        "كالبحر, بحر",
        "مهندسان, مهندس",
        "مصرية, مصري",
        "وبيروت, بيروت",
        "بيروت, وبيروت",
    })
    void eachWordFormFamilyFindsTheArticle(String written, String query) {
        assertQueryFindsTheOnlyArticleWriting(query, written);
    }

    @ParameterizedTest(name = "«{1}» finds «{0}»")
    @CsvSource({
        "أحمد, احمد",
        "احمد, أَحْمَد",
        "إسلام, اسلام",
        "القرآن, القران",
        "ٱلله, الله",
        "مدرسة, مدرسه",
        "مدرسه, مدرسة",
        "مستشفى, مستشفي",
        "مسؤول, مسوول",
        "رئيس, رييس",
        "سـلام, سلام",
        "رحمٰن, رحمن",
        "٢٠٢٥, 2025",
        "2025, ۲۰۲۵",
        "UNESCO, unesco",
    })
    void spellingVariantsOfTheQueryFindTheArticle(String written, String query) {
        assertQueryFindsTheOnlyArticleWriting(query, written);
    }

    /** An article holding {@code written} is the one hit for {@code query}, with that word marked as written. */
    private void assertQueryFindsTheOnlyArticleWriting(String query, String written) {
        Article article = content.article("تقرير مطول يذكر " + written).in(politics).by(rami).create();

        search(query).statusCode(200)
                .body("total", is(1))
                .body("items.id", contains(id(article)))
                .body("items[0].highlight", containsString("<mark>" + written + "</mark>"));
    }

    // --- phrases, exclusions, OR, stop words ---

    @Test
    void wordsAnywhereFindBothAndAPhraseOnlyTheOneInOrder() {
        search("جدول الاقتراع").statusCode(200)
                .body("total", is(2))
                .body("items.id", containsInAnyOrder(id(ballotTable), id(ballotApart)));
        search("\"جدول الاقتراع\"").statusCode(200)
                .body("total", is(1))
                .body("items.id", contains(id(ballotTable)));
        search("«جدول الاقتراع»").statusCode(200).body("items.id", contains(id(ballotTable)));
    }

    @Test
    void aMinusExcludesAWordOrAPhrase() {
        search("الاقتراع -معلن").statusCode(200).body("items.id", contains(id(ballotTable)));
        search("الاقتراع -\"جدول الاقتراع\"").statusCode(200).body("items.id", contains(id(ballotApart)));
    }

    @ParameterizedTest(name = "اللجنة {0} مهرجان")
    @ValueSource(strings = {"OR", "|", "أو", "او"})
    void orAcceptsEither(String or) {
        search("اللجنة " + or + " مهرجان").statusCode(200)
                .body("total", is(2))
                .body("items.id", containsInAnyOrder(id(ballotTable), id(theatre)));
        search("اللجنة مهرجان").statusCode(200).body("total", is(0));
    }

    @Test
    void stopWordsAloneStillFindText() {
        search("من هم").statusCode(200).body("items.id", contains(id(theatre)));
        search("في").statusCode(200).body("total", is(3));
    }

    @Test
    void stopWordsAmongOtherWordsAreIgnored() {
        search("مهرجان في المسرح من").statusCode(200).body("items.id", contains(id(theatre)));
    }

    @Test
    void aPhraseOfStopWordsOnlyKeepsItsOrder() {
        search("\"هم من\"").statusCode(200).body("items.id", contains(id(theatre)));
        search("\"من هم\"").statusCode(200).body("total", is(0));
    }

    @Test
    void draftsAreNeverFound() {
        search("مسودة").statusCode(200).body("total", is(0));
        search("الاقتراع").statusCode(200).body("items.id", not(hasItem(id(draft))));
    }

    @Test
    void aWordDoesNotFindArticlesThatOnlyHoldAFunctionWordInsideIt() {
        Article arrival = content.article("الوزير يصل إلى حمص").in(politics).by(rami)
                .body(new ParagraphBlock("قال لدى وصوله إن الوقت الآن مناسب.")).create();
        Article council = content.article("انتخاب مجلس بلدية حمص").in(politics).by(rami)
                .body(new ParagraphBlock("قالت اللجنة إن المجلس له صلاحيات جديدة.")).create();

        search("بلدية").statusCode(200).body("items.id", contains(id(council)));
        search("الله").statusCode(200).body("total", is(0));
        search("الآن").statusCode(200).body("items.id", contains(id(arrival)));
    }

    // --- highlights ---

    @Test
    void theHighlightMarksMatchesAndEscapesTheArticlesOwnHtml() {
        Article escaped = content.article("أسعار الخبز في الأسواق").in(politics).by(rami)
                .body(new ParagraphBlock("الحليب &lt;b&gt;عاجل&lt;/b&gt; على لوحة الخبز &amp; "
                        + "و\"السعر\" 'الجديد' 3 &lt; 5 <strong>اليوم</strong>."))
                .create();

        search("الحليب").statusCode(200)
                .body("items.id", contains(id(escaped)))
                .body("items[0].highlight", allOf(
                        containsString("&lt;b&gt;عاجل&lt;/b&gt;"),
                        containsString("<mark>الحليب</mark>"),
                        containsString("&amp;"),
                        containsString("&quot;السعر&quot;"),
                        containsString("3 &lt; 5"),
                        not(containsString("<b>")),
                        not(containsString("<strong>")),
                        not(containsString("'"))));
    }

    @Test
    void theHighlightComesFromTheExcerptElseFromTheFirstBlockOfTheBodyThatHoldsTheWord() {
        Article inBody = content.article("جولة في المدينة القديمة").in(politics).by(rami)
                .excerpt("زيارة إلى الأسواق والحارات")
                .body(new ParagraphBlock("بدأنا من الباب الشرقي صباحا."),
                        new HeadingBlock(2, "ما رأيناه"),
                        new ListBlock(false, java.util.List.of("الحمّام", "<em>الخان</em>")),
                        new ParagraphBlock("ثم وصلنا إلى <em>القلعةِ</em> قبل الظهر، وفي القلعة متحف."),
                        new ParagraphBlock("وفي المساء عدنا إلى القلعة مرة أخرى."))
                .create();
        Article inExcerpt = content.article("ترميم الأسوار").in(politics).by(rami)
                .excerpt("بدأ ترميم سور القلعة الشمالي")
                .body(new ParagraphBlock("وفي القلعة أيضا أعمال.")).create();
        Article inList = content.article("دليل الزائر").in(politics).by(rami)
                .excerpt("ما لا يفوتك")
                .body(new ParagraphBlock("قائمة قصيرة:"), new ListBlock(false, java.util.List.of("السوق", "<b>الخانات</b>")))
                .create();

        search("القلعه").statusCode(200)
                .body("items.id", containsInAnyOrder(id(inBody), id(inExcerpt)))
                .body("items.find { it.id == " + id(inBody) + " }.highlight",
                        is("ثم وصلنا إلى <mark>القلعةِ</mark> قبل الظهر، وفي <mark>القلعة</mark> متحف."))
                .body("items.find { it.id == " + id(inExcerpt) + " }.highlight",
                        is("بدأ ترميم سور <mark>القلعة</mark> الشمالي"));
        search("خان").statusCode(200)
                .body("items.find { it.id == " + id(inBody) + " }.highlight", is("الحمّام <mark>الخان</mark>"))
                .body("items.find { it.id == " + id(inList) + " }.highlight", is("السوق <mark>الخانات</mark>"));
    }

    @Test
    void aWordWhoseLettersFirstOccurInsideOtherWordsIsHighlightedWhereItIsItself() {
        // «علم» is in «المعلمون» and «تعلموا» too, which are other words: the snippet is the later block that
        // holds «العلم» itself, and a body where the letters never make the word gives the title's match.
        Article laterBlock = content.article("يوم مفتوح في المدرسة").in(politics).by(rami)
                .excerpt("زيارة الصف السادس")
                .body(new ParagraphBlock("زار المعلمون المتحف مع التلاميذ."),
                        new ParagraphBlock("وهناك تعلموا الكثير."),
                        new ParagraphBlock("ثم تحدث الضيف عن العلم في المدينة."))
                .create();
        Article onlyInsideOtherWords = content.article("العلم في حياتنا").in(politics).by(rami)
                .excerpt("محاضرة عامة")
                .subtitle("ندوة في المركز الثقافي")
                .body(new ParagraphBlock("حضر المعلمون والطلاب."))
                .create();

        search("العلم").statusCode(200)
                .body("items.id", containsInAnyOrder(id(laterBlock), id(onlyInsideOtherWords)))
                .body("items.find { it.id == " + id(laterBlock) + " }.highlight",
                        is("ثم تحدث الضيف عن <mark>العلم</mark> في المدينة."))
                .body("items.find { it.id == " + id(onlyInsideOtherWords) + " }.highlight",
                        is("<mark>العلم</mark> في حياتنا"));
    }

    @Test
    void aListWithoutQHasNoHighlights() {
        given().when().get(ARTICLES).then().statusCode(200)
                .body("total", is(3))
                .body("items.highlight", everyItem(nullValue()));
    }

    // --- blank, malformed and hostile queries ---

    @ParameterizedTest(name = "q=«{0}» is the normal list")
    @ValueSource(strings = {"", "   "})
    void aBlankQIsTheNormalList(String q) {
        search(q).statusCode(200)
                .body("total", is(3))
                .body("items.id", contains(id(theatre), id(ballotApart), id(ballotTable)));
    }

    @Test
    void anUnbalancedQuoteIsAPhraseToTheEnd() {
        search("\"جدول الاقتراع").statusCode(200).body("items.id", contains(id(ballotTable)));
    }

    @ParameterizedTest(name = "q=«{0}»")
    @ValueSource(strings = {"?!...", "-الاقتراع", "-\"جدول الاقتراع\"", "« »", ":*", "\\"})
    void nothingToFindIsA400NamingQ(String q) {
        refused(search(q), 400, "invalid-parameter").body("errors[0].field", is("q"));
    }

    @Test
    void moreThanTwoHundredCharactersIsA400NamingQ() {
        search("ا ".repeat(100)).statusCode(200);
        refused(search("ا ".repeat(100) + "ب"), 400, "invalid-parameter").body("errors[0].field", is("q"));
        refused(search("h".repeat(1_000)), 400, "invalid-parameter").body("errors[0].field", is("q"));
    }

    @Test
    void aThousandArabicCharactersIsA400NamingQ() {
        // Percent-encoded, 1,000 Arabic letters make a 6,000-byte request line.
        refused(search("ح".repeat(1_000)), 400, "invalid-parameter").body("errors[0].field", is("q"));
    }

    @Test
    void relevanceWithoutQIsA400NamingSort() {
        refused(given().queryParam("sort", "relevance").when().get(ARTICLES).then(), 400, "invalid-parameter")
                .body("errors[0].field", is("sort"));
    }

    @ParameterizedTest(name = "q=«{0}»")
    @ValueSource(strings = {"'; drop table article; --", "a & b | !c", "x:* & y:A", "\\' OR 1=1 --", "جدول\u0000الاقتراع",
        "\u0000", "(الاقتراع) <-> !جدول", "%_%", "جدول' | 'الاقتراع"})
    void hostileQueriesNeverFailAndLeaveTheArticlesIntact(String q) {
        search(q).statusCode(isOneOf(200, 400));

        given().when().get(ARTICLES).then().statusCode(200).body("total", is(3));
        search("\"جدول الاقتراع\"").statusCode(200).body("items.id", contains(id(ballotTable)));
    }
}
