package news.newsroom.search;

import static news.newsroom.support.Searches.id;
import static news.newsroom.support.Searches.search;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import news.newsroom.article.Article;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Levels that are collected from the GIN indexes and sorted (the body, other forms of the words, and time orders,
 * where PostgreSQL expects few matches) give the newest hits in order, exact totals from their own counts, and
 * the same pages by number and by cursor. {@link WalkedLevelsTest} runs the same searches where PostgreSQL is
 * left to walk the time index.
 */
@QuarkusTest
@ExtendWith(OpenApiValidation.class)
class CollectedLevelsTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    TestContent content;

    /** Oldest first: [0] is 8 days old, [7] an hour old. */
    private final List<Article> byAge = new ArrayList<>();

    @BeforeEach
    void archive() {
        content.clear();
        Section section = content.section("slices", "منوعات", null, 1);
        Author author = content.author("slice-author", "سلمى نصر");
        for (int i = 0; i < 8; i++) {
            String body = "حالة الطقس اليوم" + (i <= 1 || i == 6 ? " وسعر الزعفران في السوق." : ".");
            String title = i == 0 || i == 5 ? "والمدرسة تفتح أبوابها " + i : "نشرة رقم " + i;
            byAge.add(content.article(title).in(section).by(author)
                    .publishedAt(NOW.minus(8 - i, ChronoUnit.DAYS).plus(i, ChronoUnit.HOURS))
                    .body(new ParagraphBlock(body)).create());
        }
    }

    private int[] ids(int... ages) {
        int[] ids = new int[ages.length];
        for (int i = 0; i < ages.length; i++) {
            ids[i] = id(byAge.get(ages[i]));
        }
        return ids;
    }

    private static Integer[] boxed(int[] ids) {
        return java.util.Arrays.stream(ids).boxed().toArray(Integer[]::new);
    }

    /** Whether totals are exact here: with an exact-total-limit of 0 every total not read whole is estimated. */
    boolean exactTotals() {
        return true;
    }

    private void total(io.restassured.response.ValidatableResponse response, int expected) {
        if (exactTotals()) {
            response.body("total", is(expected)).body("totalEstimated", is(false));
        }
    }

    @Test
    void aWordInEveryBodyGivesTheNewestWithTheWholeArchivesTotal() {
        total(search("الطقس", "limit", 2).statusCode(200).body("items.id", contains(boxed(ids(7, 6)))), 8);
        search("الطقس", "limit", 2, "sort", "newest").statusCode(200).body("items.id", contains(boxed(ids(7, 6))));
        search("الطقس", "limit", 2, "sort", "oldest").statusCode(200).body("items.id", contains(boxed(ids(0, 1))));
    }

    @Test
    void aWordMostlyInOldBodiesIsFoundInTimeOrder() {
        total(search("الزعفران", "limit", 2).statusCode(200).body("items.id", contains(boxed(ids(6, 1)))), 3);
        search("الزعفران", "limit", 2, "sort", "newest").statusCode(200).body("items.id", contains(boxed(ids(6, 1))));
        search("الزعفران", "limit", 2, "sort", "oldest").statusCode(200).body("items.id", contains(boxed(ids(0, 1))));
        search("الزعفران", "limit", 2, "page", 2).statusCode(200).body("items.id", contains(boxed(ids(0))));
    }

    @Test
    void otherFormsOfATitleWordAreFoundOldAndNewNewestFirst() {
        // «مدرسة» as typed is in no title; «والمدرسة» is in two, a new one and an old one.
        total(search("مدرسة").statusCode(200).body("items.id", contains(boxed(ids(5, 0)))), 2);
    }

    @Test
    void cursorPagesWalkEveryMatchOnceInOrder() {
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            JsonPath body = (cursor == null ? search("الطقس", "limit", 3) : search("الطقس", "limit", 3, "cursor", cursor))
                    .statusCode(200).extract().jsonPath();
            seen.addAll(body.getList("items.id", Integer.class));
            cursor = body.getString("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(seen).containsExactly(boxed(ids(7, 6, 5, 4, 3, 2, 1, 0)));
    }
}
