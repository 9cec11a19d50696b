package news.newsroom.search.suggest;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.newsroom.author.Author;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.text.Words;
import news.newsroom.section.Section;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import news.newsroom.article.Article;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-memory index of published titles: it suggests what the queries it replaces suggest, and no suggestion
 * comes from it after a write changed the titles.
 */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class LiveTitleIndexTest {

    private static final String SUGGEST = "/api/v1/search/suggest";
    private static final String ARTICLES = "/api/v1/articles";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final Instant NOW = Instant.parse("2025-11-29T08:00:00Z");

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Inject
    LiveTitleIndex titleIndex;

    @Inject
    TitleRepository titleQueries;

    @Inject
    ObjectMapper json;

    Section section;
    Author author;
    StaffUser editor;

    @BeforeEach
    void newsroom() {
        staff.clear();
        content.clear();
        section = content.section("title-index-news", "أخبار", null, 1);
        author = content.author("title-index-rami", "رامي حداد");
        editor = staff.member("title-index-editor@newsroom.example", null, StaffRole.EDITOR);
    }

    @Test
    void theIndexSuggestsWhatTheQueriesSuggestForEveryBeginningAndInsideOfTheSampleTitles() throws IOException {
        List<String> titles = sampleTitles();
        for (int i = 0; i < titles.size(); i++) {
            // Two titles a day: equal times are ordered by id, as the queries order them.
            content.article(titles.get(i)).in(section).by(author).publishedAt(NOW.minus(i / 2, ChronoUnit.DAYS)).create();
        }
        assertThat(titleIndex.buildNow()).isTrue();
        TitleIndex index = titleIndex.current().orElseThrow().titles();
        assertThat(index.size()).isEqualTo(titles.size());

        Set<String> typed = new LinkedHashSet<>();
        for (String title : titles) {
            List<String> words = Words.folded(title);
            for (int w = 0; w < words.size(); w++) {
                for (int letters = 2; letters <= words.get(w).length(); letters++) {
                    typed.add(words.get(w).substring(0, letters));
                    if (w > 0) {
                        typed.add(words.get(w - 1) + " " + words.get(w).substring(0, letters));
                    }
                }
            }
        }
        assertThat(typed).hasSizeGreaterThan(1_000);
        int suggested = 0;
        for (String text : typed) {
            int window = text.length() < 3 ? 500 : 0;
            List<TitleSuggestion> fromIndex = QuarkusTransaction.requiringNew().call(
                    () -> titleQueries.publishedTitlesOf(index.wordStarts(text, 10, window)));
            List<TitleSuggestion> fromQueries = QuarkusTransaction.requiringNew().call(
                    () -> titleQueries.titlesWhereAWordStarts(text, 10, window));
            assertThat(fromIndex).as("«%s»", text).isEqualTo(fromQueries);
            suggested += fromIndex.isEmpty() ? 0 : 1;
        }
        assertThat(suggested).isEqualTo(typed.size()); // every beginning of a title word finds its title

        Set<String> inside = new LinkedHashSet<>();
        for (String title : titles) {
            List<String> words = Words.folded(title);
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                for (int from = 1; from + 3 <= word.length(); from++) {
                    inside.add(word.substring(from, from + 3));
                    if (w + 1 < words.size()) {
                        inside.add(word.substring(from) + " " + words.get(w + 1).substring(0, 2));
                    }
                }
            }
        }
        assertThat(inside).hasSizeGreaterThan(1_000);
        for (String text : inside) {
            List<Long> excluded = QuarkusTransaction.requiringNew().call(
                    () -> titleQueries.titlesWhereAWordStarts(text, 2, 0)).stream().map(TitleSuggestion::id).toList();
            List<TitleSuggestion> fromIndex = QuarkusTransaction.requiringNew().call(
                    () -> titleQueries.publishedTitlesOf(index.holding(text, Set.copyOf(excluded), 10)));
            List<TitleSuggestion> fromQueries = QuarkusTransaction.requiringNew().call(
                    () -> titleQueries.titlesHoldingInsideAWord(text, excluded, 10));
            assertThat(fromIndex).as("«%s» anywhere", text).isEqualTo(fromQueries).isNotEmpty();
        }
    }

    @Test
    void aTypoIsForgivenByTheIndexAndByTheQueriesThatStandInForIt() {
        Article elections = content.article("لجنة الانتخابات تعلن جدول الاقتراع").in(section).by(author)
                .publishedAt(NOW).create();
        Article hospital = content.article("افتتاح مستشفى الأطفال في إدلب").in(section).by(author)
                .publishedAt(NOW.minus(1, ChronoUnit.DAYS)).create();
        content.article("مدرسة جديدة في ريف حماة").in(section).by(author)
                .publishedAt(NOW.minus(2, ChronoUnit.DAYS)).create();
        indexBuilt();
        TitleIndex index = titleIndex.current().orElseThrow().titles();

        for (String typed : List.of("الانتخبات", "الانتحابات", "جدول الاقتراغ")) {
            assertThat(index.closeTo(typed, 1, Set.of(), 10)).as(typed).containsExactly(elections.getId());
            suggest(typed).body("suggestions.id", contains(elections.getId().intValue()));
        }
        // Trigram similarity forgives less: «الانتحابات» shares too few trigrams (0.57) with the title's word.
        for (String typed : List.of("الانتخبات", "جدول الاقتراغ")) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> titleQueries.titlesCloseTo(typed, List.of(), 10)))
                    .as(typed).extracting(TitleSuggestion::id).contains(elections.getId());
        }
        assertThat(index.closeTo("مستشفا", 1, Set.of(), 10)).containsExactly(hospital.getId());
        suggest("مستشفا").body("suggestions.id", contains(hospital.getId().intValue()));
    }

    @Test
    void aSuggestionAfterEachEditorialWriteShowsTheTitlesAsWritten() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق");
        publish(id);
        indexBuilt();
        suggest("معرض").body("suggestions.id", contains(id));

        as(editor).contentType(MERGE_PATCH).header("If-Match", etagOf(id))
                .body("{\"title\": \"مهرجان السينما يفتتح في حلب\"}")
                .when().patch(ARTICLES + "/" + id).then().statusCode(200);
        suggest("مهرجان السي").body("suggestions.id", contains(id))
                .body("suggestions[0].title", is("مهرجان السينما يفتتح في حلب"));
        suggest("معرض").body("suggestions", empty());

        indexBuilt();
        as(editor).when().post(ARTICLES + "/" + id + "/unpublish").then().statusCode(200);
        suggest("مهرجان").body("suggestions", empty());

        int second = createDraft("مهرجان المسرح في حمص");
        indexBuilt();
        publish(second);
        suggest("مهرجان").body("suggestions.id", contains(second));

        indexBuilt();
        as(editor).when().delete(ARTICLES + "/" + second).then().statusCode(204);
        suggest("مهرجان").body("suggestions", empty());
    }

    @Test
    void suggestionsFromTheIndexAreLastModifiedWhenTheTitlesLastChanged() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق");
        publish(id);
        as(editor).contentType(MERGE_PATCH).header("If-Match", etagOf(id))
                .body("{\"title\": \"مهرجان السينما يفتتح في حلب\"}")
                .when().patch(ARTICLES + "/" + id).then().statusCode(200);
        String edited = given().when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("Last-Modified");
        indexBuilt();

        suggest("مهرجان").body("suggestions.id", contains(id)).header("Last-Modified", is(edited));
    }

    @Test
    void aWriteDropsTheIndexUntilItIsBuiltAgain() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق");
        publish(id);
        indexBuilt();

        as(editor).contentType(MERGE_PATCH).header("If-Match", etagOf(id))
                .body("{\"title\": \"مهرجان السينما يفتتح في حلب\"}")
                .when().patch(ARTICLES + "/" + id).then().statusCode(200);

        assertThat(titleIndex.current()).isEmpty();
    }

    // --- helpers ---

    /** Builds the index now and checks suggestions will come from it. */
    private void indexBuilt() {
        assertThat(titleIndex.buildNow()).isTrue();
        assertThat(titleIndex.current()).isPresent();
    }

    private static ValidatableResponse suggest(String q) {
        return given().queryParam("q", q).when().get(SUGGEST).then().statusCode(200);
    }

    private List<String> sampleTitles() throws IOException {
        List<String> titles = new ArrayList<>();
        for (String sample : List.of("articles-1.json", "articles-2.json")) {
            try (InputStream in = getClass().getResourceAsStream("/sample-data/" + sample)) {
                for (JsonNode article : json.readTree(in)) {
                    titles.add(article.get("title").asText());
                }
            }
        }
        return titles;
    }

    private int createDraft(String title) {
        return as(editor).contentType("application/json").body("""
                {"title": "%s", "sectionSlug": "title-index-news", "authorSlugs": ["title-index-rami"],
                 "bodyHtml": "<p>نص</p>"}
                """.formatted(title)).when().post(ARTICLES).then().statusCode(201).extract().path("id");
    }

    private void publish(int id) {
        as(editor).contentType("application/json").body("{}").when().post(ARTICLES + "/" + id + "/publish")
                .then().statusCode(200);
    }

    private String etagOf(int id) {
        return as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
    }
}
