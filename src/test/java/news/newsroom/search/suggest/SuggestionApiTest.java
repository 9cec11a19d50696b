package news.newsroom.search.suggest;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.Problems.refused;
import static news.newsroom.support.Searches.id;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleStatus;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Title suggestions as a reader types: {@code GET /api/v1/search/suggest?q=}. */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class SuggestionApiTest {

    private static final String SUGGEST = "/api/v1/search/suggest";
    private static final Instant NOW = Instant.parse("2025-11-29T08:00:00Z");

    @Inject
    TestContent content;

    Section culture;
    Author rami;
    Article elections;
    Article hospital;
    Article school;
    Article draft;

    @BeforeEach
    void newsroom() {
        content.clear();
        culture = content.section("suggest-culture", "ثقافة", null, 1);
        rami = content.author("suggest-rami", "رامي حداد");
        elections = published("لجنة الانتخابات تعلن جدول الاقتراع", 0);
        hospital = published("افتتاح مستشفى الأطفال في إدلب", 1);
        school = published("مدرسة جديدة في ريف حماة", 2);
        draft = content.article("مسودة عن الانتخابات البلدية").in(culture).by(rami).status(ArticleStatus.DRAFT).create();
    }

    private Article published(String title, int daysAgo) {
        return content.article(title).in(culture).by(rami).publishedAt(NOW.minus(daysAgo, ChronoUnit.DAYS)).create();
    }

    private static ValidatableResponse suggest(String q) {
        return given().queryParam("q", q).when().get(SUGGEST).then();
    }

    @Test
    void thePrefixOfAWordSuggestsTheTitleWithIdAndSlug() {
        suggest("الانتخ").statusCode(200)
                .body("q", is("الانتخ"))
                .body("suggestions.id", contains(id(elections)))
                .body("suggestions[0].title", is(elections.getTitle()))
                .body("suggestions[0].slug", is(elections.getSlug()));
    }

    @Test
    void wordsTypedSoFarMatchAcrossTheTitle() {
        suggest("تعلن جدول الاق").statusCode(200).body("suggestions.id", contains(id(elections)));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"مستشفي", "مستشفى", "افتتاح مستشفى الاطفال", "إدلب", "ادلب", "أدلب", "مُسْتَشْفَى"})
    void foldedVariantsSuggestTheTitle(String typed) {
        suggest(typed).statusCode(200).body("suggestions.id", contains(id(hospital)));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"مدرسه", "مدرسة", "حماه"})
    void tehMarbutaAndHehAreTheSameLetter(String typed) {
        suggest(typed).statusCode(200).body("suggestions.id", contains(id(school)));
    }

    @Test
    void aTypoInALongWordStillSuggestsTheTitle() {
        suggest("الانتخبات").statusCode(200).body("suggestions.id", contains(id(elections)));
        suggest("مستشفا").statusCode(200).body("suggestions.id", hasItem(id(hospital)));
    }

    @Test
    void titlesHoldingTheTextComeBeforeTitlesCloseToIt() {
        Article exact = published("الانتخابت في كل مكان", 5);

        suggest("الانتخابت").statusCode(200)
                .body("suggestions.id[0]", is(id(exact)))
                .body("suggestions.id", hasItem(id(elections)));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"ا", "أ", "ِ", "a", "1", " ؟ ", "!!"})
    void lessThanTwoLettersSuggestNothing(String typed) {
        suggest(typed).statusCode(200).body("q", is(typed)).body("suggestions", empty());
    }

    @Test
    void anEmptyQSuggestsNothing() {
        given().urlEncodingEnabled(false).when().get(SUGGEST + "?q=").then()
                .statusCode(200).body("q", is("")).body("suggestions", empty());
    }

    @Test
    void aMissingQSuggestsNothing() {
        // An app may call before the reader types anything: that is an empty box, not a mistake.
        given().when().get(SUGGEST).then().statusCode(200).body("q", is("")).body("suggestions", empty());
    }

    @Test
    void aHundredCharactersAreAllowedAndMoreAreA400() {
        suggest("ب".repeat(100)).statusCode(200).body("suggestions", empty());
        refused(suggest("ب".repeat(101)), 400, "invalid-parameter").body("errors[0].field", is("q"));
    }

    @Test
    void draftsAreNeverSuggested() {
        suggest("مسودة").statusCode(200).body("suggestions", empty());
        suggest("الانتخابات").statusCode(200).body("suggestions.id", not(hasItem(id(draft))));
    }

    @Test
    void atMostTenNewestFirst() {
        Article newest = published("أخبار الطقس رقم 1", 3);
        for (int i = 2; i <= 12; i++) {
            published("أخبار الطقس رقم " + i, i + 2);
        }

        suggest("الطقس").statusCode(200)
                .body("suggestions.size()", is(10))
                .body("suggestions[0].id", is(id(newest)))
                .body("suggestions.title", everyItem(startsWith("أخبار الطقس")));
    }

    @Test
    void titlesWhereATypedWordBeginsComeFirstNewestFirstThenTitlesHoldingItInsideAWord() {
        Article inside = published("المالكي يزور دمشق", 0);
        Article olderStart = published("الكتاب في معرض دمشق", 6);
        Article newerStart = published("دمشق تستقبل الكتاب العرب", 4);

        suggest("الك").statusCode(200)
                .body("suggestions.id", contains(id(newerStart), id(olderStart), id(inside)));
    }

    @Test
    void twoLettersSuggestOnlyTitlesWhereAWordBeginsWithThem() {
        Article inside = published("ضمن خطة الموسم", 0);
        Article start = published("منحة جديدة للطلاب", 6);

        suggest("من").statusCode(200).body("suggestions.id", contains(id(start)))
                .body("suggestions.id", not(hasItem(id(inside))));
    }

    @Test
    void hostileTextIsJustText() {
        suggest("%_%").statusCode(200).body("suggestions", empty());
        suggest("'; drop table article; --").statusCode(200).body("suggestions", empty());
        suggest("\\").statusCode(200).body("suggestions", empty());
        suggest("\\\u0000").statusCode(400).body("type", endsWith("/invalid-parameter"));
        suggest("مستشفى").statusCode(200).body("suggestions.id", contains(id(hospital)));
    }

    @Test
    void answersCarryAValidatorAndA304WhenUnchanged() {
        String etag = suggest("الانتخ").statusCode(200).header("ETag", notNullValue()).extract().header("ETag");

        given().header("If-None-Match", etag).queryParam("q", "الانتخ").when().get(SUGGEST)
                .then().statusCode(304);
    }
}
