package news.newsroom.article;

import static news.newsroom.support.Searches.id;
import static news.newsroom.support.Searches.search;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Searches that collect their matches look at the newest (or oldest) few published articles first, and at all of
 * them only when those hold too few. With a slice of 3 articles out of 8, a word in every body is answered from
 * the slice and a word in two old bodies from all of them; either way the hits, their order, the totals and the
 * cursor pages are those of the whole archive.
 */
@QuarkusTest
@TestProfile(SearchSliceTest.SmallSlice.class)
class SearchSliceTest {

    public static class SmallSlice implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.search.recent-slice", "3");
        }
    }

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    TestContent content;

    @Inject
    ArticleRepository articles;

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
        articles.forgetSliceEdges();
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

    @Test
    void aWordInEveryBodyIsAnsweredFromTheNewestArticlesWithTheWholeArchivesTotal() {
        search("الطقس", "limit", 2).statusCode(200)
                .body("items.id", contains(boxed(ids(7, 6))))
                .body("total", is(8)).body("totalEstimated", is(false));
        search("الطقس", "limit", 2, "sort", "newest").statusCode(200).body("items.id", contains(boxed(ids(7, 6))));
        search("الطقس", "limit", 2, "sort", "oldest").statusCode(200).body("items.id", contains(boxed(ids(0, 1))));
    }

    @Test
    void aWordMostlyInOldBodiesIsFoundBeyondTheSliceInTimeOrder() {
        search("الزعفران", "limit", 2).statusCode(200)
                .body("items.id", contains(boxed(ids(6, 1))))
                .body("total", is(3)).body("totalEstimated", is(false));
        search("الزعفران", "limit", 2, "sort", "newest").statusCode(200).body("items.id", contains(boxed(ids(6, 1))));
        search("الزعفران", "limit", 2, "sort", "oldest").statusCode(200).body("items.id", contains(boxed(ids(0, 1))));
        search("الزعفران", "limit", 2, "page", 2).statusCode(200).body("items.id", contains(boxed(ids(0))));
    }

    @Test
    void otherFormsOfATitleWordAreFoundOldAndNewNewestFirst() {
        // «مدرسة» as typed is in no title; «والمدرسة» is in two, one in the slice of the 3 newest and one not.
        search("مدرسة").statusCode(200).body("items.id", contains(boxed(ids(5, 0))))
                .body("total", is(2)).body("totalEstimated", is(false));
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
