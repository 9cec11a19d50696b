package news.newsroom.search;

import static news.newsroom.support.Problems.refused;
import static news.newsroom.support.Searches.id;
import static news.newsroom.support.Searches.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.article.Article;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import news.newsroom.tag.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import news.newsroom.support.Searches;

/** The order of search hits (relevance, then time), list filters combined with q, and cursor paging. */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class SearchRankingAndFiltersTest {

    private static final Instant DAY = Instant.parse("2025-11-20T08:00:00Z");

    @Inject
    TestContent content;

    Section economy;
    Section politics;
    Author rami;
    Author lina;
    Tag water;
    Tag elections;

    @BeforeEach
    void newsroom() {
        content.clear();
        economy = content.section("rank-economy", "اقتصاد", null, 1);
        politics = content.section("rank-politics", "سياسة", null, 2);
        rami = content.author("rank-rami", "رامي حداد");
        lina = content.author("rank-lina", "لينا خوري");
        water = content.tag("مياه الري");
        elections = content.tag("اقتراع بلدي");
    }

    private TestContent.ArticleBuilder article(String title, Instant publishedAt) {
        return content.article(title).in(economy).by(lina).publishedAt(publishedAt);
    }

    private static Instant daysAfter(int days) {
        return DAY.plus(days, ChronoUnit.DAYS);
    }

    // --- ranking ---

    @Test
    void aTitleMatchRanksAboveAnExcerptMatchAboveABodyMatch() {
        // Created best first, so the id tie-break (newest id first) would order them the other way round.
        Article inTitle = article("ارتفاع أسعار الزيتون هذا الموسم", DAY).create();
        Article inExcerpt = article("موسم القطاف في الساحل", DAY).excerpt("تراجع إنتاج الزيتون بسبب الجفاف.").create();
        Article inBody = article("المزارعون يشكون الجفاف", DAY)
                .body(new ParagraphBlock("قال مزارع إن الزيتون لم يعد يغطي كلفته، والزيتون أساس دخله.")).create();

        search("الزيتون").statusCode(200)
                .body("items.id", contains(id(inTitle), id(inExcerpt), id(inBody)));
    }

    @Test
    void anExactWordRanksAboveAnotherFormOfIt() {
        Article exact = article("افتتاح المدرسة الجديدة", DAY).create();
        Article otherForm = article("افتتاح مدرستهم الجديدة", DAY).create();

        search("المدرسة").statusCode(200).body("items.id", contains(id(exact), id(otherForm)));
        search("مدرستهم").statusCode(200).body("items.id", contains(id(otherForm), id(exact)));
    }

    @Test
    void amongEqualMatchesTheNewestComesFirst() {
        Article older = article("تقرير أول عن محصول القطن", daysAfter(0)).create();
        Article newest = article("تقرير ثالث عن محصول القطن", daysAfter(2)).create();
        Article middle = article("تقرير ثان عن محصول القطن", daysAfter(1)).create();

        search("القطن").statusCode(200).body("items.id", contains(id(newest), id(middle), id(older)));
    }

    @Test
    void whereTheWordsMatchOutranksHowNewTheArticleIs() {
        // Each level is a day newer than the one above it: with the default recency weight, place still wins.
        Article titleAsTyped = article("أسعار الخبز ترتفع", daysAfter(0)).create();
        Article titleOtherForm = article("بأسعار الخبز الجديدة", daysAfter(1)).create();
        Article excerptAsTyped = article("تقرير السوق", daysAfter(2)).excerpt("أسعار الخبز في الأسواق.").create();
        Article subtitleOtherForm = article("تقرير التموين", daysAfter(3)).subtitle("وأسعار الخبز مستقرة").create();
        Article oneWordInTitle = article("الخبز اليومي", daysAfter(4))
                .body(new ParagraphBlock("تحدث الباعة عن الأسعار والأسعار الجديدة.")).create();
        Article bodyOnly = article("جولة في الأسواق", daysAfter(5))
                .body(new ParagraphBlock("لاحظنا أن أسعار الخبز ارتفعت.")).create();
        article("أسعار الوقود", daysAfter(6)).create(); // one word only: no match

        search("أسعار الخبز").statusCode(200).body("total", is(6)).body("totalEstimated", is(false))
                .body("items.id", contains(id(titleAsTyped), id(titleOtherForm), id(excerptAsTyped),
                        id(subtitleOtherForm), id(oneWordInTitle), id(bodyOnly)));
    }

    @Test
    void anExcludedWordAnywhereInTheArticleDropsATitleMatch() {
        Article kept = article("الخبز المدعوم يعود", daysAfter(0)).create();
        article("الخبز المدعوم في المخابز", daysAfter(1))
                .body(new ParagraphBlock("ارتفعت الأسعار في كل المخابز.")).create();

        search("الخبز -الأسعار").statusCode(200).body("total", is(1)).body("items.id", contains(id(kept)));
    }

    @Test
    void timeOrdersReplaceRelevanceWhenAsked() {
        Article oldTitle = article("القطن في الأسواق", daysAfter(0)).create();
        Article newBody = article("تقرير زراعي", daysAfter(1)).body(new ParagraphBlock("ذكر التقرير القطن.")).create();

        search("القطن").statusCode(200).body("items.id", contains(id(oldTitle), id(newBody)));
        search("القطن", "sort", "newest").statusCode(200).body("items.id", contains(id(newBody), id(oldTitle)));
        search("القطن", "sort", "oldest").statusCode(200).body("items.id", contains(id(oldTitle), id(newBody)));
        search("القطن", "sort", "relevance").statusCode(200).body("items.id", contains(id(oldTitle), id(newBody)));
    }

    // --- filters ---

    @Test
    void eachFilterNarrowsTheSearch() {
        Article f1 = article("نقاش الموازنة في البرلمان", daysAfter(0)).tagged(water).create();
        Article f2 = content.article("الموازنة والانتخابات").in(politics).by(rami).tagged(elections)
                .publishedAt(daysAfter(5)).create();
        Article f3 = content.article("الموازنة تخصص مبالغ للري").in(economy).by(rami).tagged(water, elections)
                .publishedAt(daysAfter(7)).create();
        article("مقال اقتصادي بلا الكلمة المطلوبة", daysAfter(6)).tagged(water, elections).by(rami).create();

        search("الموازنة").statusCode(200).body("total", is(3));
        search("الموازنة", "section", "rank-economy").statusCode(200)
                .body("total", is(2)).body("items.id", containsInAnyOrder(id(f1), id(f3)));
        search("الموازنة", "tag", "مياه-الري").statusCode(200)
                .body("total", is(2)).body("items.id", containsInAnyOrder(id(f1), id(f3)));
        search("الموازنة", "tag", "مياه-الري", "tag", "اقتراع-بلدي").statusCode(200)
                .body("total", is(1)).body("items.id", contains(id(f3)));
        search("الموازنة", "author", "rank-rami").statusCode(200)
                .body("total", is(2)).body("items.id", containsInAnyOrder(id(f2), id(f3)));
        search("الموازنة", "from", "2025-11-24").statusCode(200)
                .body("total", is(2)).body("items.id", containsInAnyOrder(id(f2), id(f3)));
        search("الموازنة", "to", "2025-11-26").statusCode(200)
                .body("total", is(2)).body("items.id", containsInAnyOrder(id(f1), id(f2)));
        search("الموازنة", "from", "2025-11-24", "to", "2025-11-26").statusCode(200)
                .body("total", is(1)).body("items.id", contains(id(f2)));
        search("الموازنة", "section", "rank-economy", "author", "rank-rami").statusCode(200)
                .body("total", is(1)).body("items.id", contains(id(f3)));
    }

    @Test
    void unknownFiltersAreRefusedWithQToo() {
        refused(search("الموازنة", "section", "no-such-section"), 400, "invalid-parameter")
                .body("errors[0].field", is("section"));
        refused(search("الموازنة", "tag", "no-such-tag"), 400, "invalid-parameter")
                .body("errors[0].field", is("tag"));
    }

    // --- paging ---

    @Test
    void aCursorWalksEveryHitOnceInRelevanceOrder() {
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            TestContent.ArticleBuilder builder = article("تقرير رقم " + (i + 1) + " عن القمح", daysAfter(i % 3));
            if (i % 2 == 0) {
                builder.excerpt("ملخص عن القمح والخبز.");
            }
            created.add(id(builder.create()));
        }
        content.article("القمح بلا فلتر").in(politics).by(rami).publishedAt(daysAfter(1)).create();
        List<Integer> allAtOnce = search("القمح", "section", "rank-economy", "limit", 100).statusCode(200)
                .extract().path("items.id");

        List<Integer> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = (cursor == null ? search("القمح", "section", "rank-economy", "limit", 2)
                    : search("القمح", "section", "rank-economy", "limit", 2, "cursor", cursor))
                    .statusCode(200).body("total", is(7)).body("items.highlight", everyItem(notNullValue()))
                    .extract().jsonPath();
            walked.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(4);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(allAtOnce)
                .containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void aCursorWalksAcrossLevelsAndAgreesWithPageNumbers() {
        List<Integer> expected = new ArrayList<>();
        // Three levels, three articles each, newest first inside each level; page size 2 splits levels.
        for (int i = 2; i >= 0; i--) {
            expected.add(id(article("العدس الأحمر " + i, daysAfter(i)).create()));
        }
        for (int i = 2; i >= 0; i--) {
            expected.add(id(article("تقرير التموين " + i, daysAfter(10 + i)).excerpt("العدس الأحمر متوفر.")
                    .create()));
        }
        for (int i = 2; i >= 0; i--) {
            expected.add(id(article("جولة السوق " + i, daysAfter(20 + i))
                    .body(new ParagraphBlock("وجدنا العدس الأحمر بسعر أقل.")).create()));
        }

        List<Integer> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = (cursor == null ? search("العدس", "limit", 2) : search("العدس", "limit", 2, "cursor", cursor))
                    .statusCode(200).body("total", is(9)).body("totalEstimated", is(false)).extract().jsonPath();
            walked.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(5);
        assertThat(walked).containsExactlyElementsOf(expected);
        for (int page = 1; page <= 5; page++) {
            List<Integer> onPage = expected.subList((page - 1) * 2, Math.min(page * 2, expected.size()));
            search("العدس", "limit", 2, "page", page).statusCode(200).body("total", is(9))
                    .body("items.id", contains(onPage.toArray()));
        }
        search("العدس", "limit", 2, "page", 6).statusCode(200).body("total", is(9)).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void pagesByNumberReachTheFirstThousandHitsAndTheCursorGoesFurther() {
        for (int i = 0; i < 3; i++) {
            article("الفستق الحلبي " + i, daysAfter(i)).create();
        }

        search("الفستق", "limit", 100, "page", 10).statusCode(200).body("items", org.hamcrest.Matchers.empty())
                .body("total", is(3));
        refused(search("الفستق", "limit", 100, "page", 11), 400, "invalid-parameter")
                .body("errors[0].field", is("page"));
        refused(search("الفستق", "limit", 20, "page", 51, "sort", "newest"), 400, "invalid-parameter")
                .body("errors[0].field", is("page"));
        // Without q a list keeps its 10,000 pages.
        io.restassured.RestAssured.given().queryParam("limit", 100).queryParam("page", 11).when()
                .get(news.newsroom.support.Searches.ARTICLES).then().statusCode(200);
        String cursor = search("الفستق", "limit", 1).statusCode(200).extract().path("nextCursor");
        search("الفستق", "limit", 1, "cursor", cursor).statusCode(200).body("items.size()", is(1));
    }

    @Test
    void aCursorBelongsToItsSearch() {
        for (int i = 0; i < 3; i++) {
            article("القمح والشعير " + (i + 1), daysAfter(i)).create();
        }
        String cursor = search("القمح", "limit", 1).statusCode(200).extract().path("nextCursor");

        search("القمح", "limit", 1, "cursor", cursor).statusCode(200).body("items.size()", is(1));
        refused(search("الشعير", "limit", 1, "cursor", cursor), 400, "invalid-parameter")
                .body("errors[0].field", is("cursor"));
        refused(search("القمح", "limit", 1, "cursor", cursor, "sort", "newest"), 400, "invalid-parameter")
                .body("errors[0].field", is("cursor"));
    }

    @Test
    void pagesByNumberAgreeWithTheCursor() {
        for (int i = 0; i < 5; i++) {
            article("الذرة الصفراء " + (i + 1), daysAfter(i)).create();
        }
        List<Integer> all = search("الذرة", "limit", 100).statusCode(200).extract().path("items.id");

        search("الذرة", "limit", 2, "page", 2).statusCode(200)
                .body("total", is(5))
                .body("items.id", contains(all.get(2), all.get(3)));
    }
}
