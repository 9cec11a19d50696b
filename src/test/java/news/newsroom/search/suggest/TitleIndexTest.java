package news.newsroom.search.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The in-memory word-start match of suggestions, against the rule it stands for. */
class TitleIndexTest {

    /** Newest first: ids 1 (newest) to 5. */
    private static final TitleIndex TITLES = TitleIndex.of(List.of(
            new TitleIndex.Entry(1, "لجنه الانتخابات تعلن جدول الاقتراع"),
            new TitleIndex.Entry(2, "افتتاح مستشفي الاطفال في ادلب"),
            new TitleIndex.Entry(3, "مدرسه جديده في ريف حماه"),
            new TitleIndex.Entry(4, "الانتخابات البلديه في حماه الانتخابات"),
            new TitleIndex.Entry(5, "")));

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "الانتخ|1 4", // the beginning of a word, newest first
            "الانتخابات|1 4", // a whole word is its own beginning
            "حماه|3 4",
            "في|2 3 4",
            "ف|2 3 4", // one letter is still a beginning (the service asks from two)
            "تعلن جدول الاق|1", // words typed before the last are whole words of the title, in a row
            "تعلن جدول|1",
            "في ريف ح|3",
            "جدول تعلن|''", // the words are in the title, but not in this order
            "تعل جدول|''", // a word before the last must be whole
            "نتخابات|''", // inside a word is not a beginning (that is the next phase, in SQL)
            "الانتخاباتت|''",
            "مدرسه جديده في ريف حماه|3",
            "مدرسه جديده في ريف حماه بعد|''", // more words than the title has
            "ي|''",
            "zzz|''"})
    void aTypedTextMatchesWhereAWordBegins(String typed, String expected) {
        assertThat(TITLES.wordStarts(typed, 10, 0)).isEqualTo(ids(expected));
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "نتخاب|1 4", // inside a word
            "الانتخ|1 4", // a beginning is held too
            "اه|3 4",
            "علن جدول ال|1", // the first word typed ends a title word, the others are whole, the last begins one
            "لن جدول|1",
            "لجنه الانتخابات|1",
            "علن جدو|1",
            "علن جدول ا|1",
            "عن جدل|''",
            "تعلن جدول الاقتراع بعد|''",
            "zz|''"})
    void aTypedTextIsHeldWhereverItIs(String typed, String expected) {
        assertThat(TITLES.holding(typed, Set.of(), 10)).isEqualTo(ids(expected));
    }

    @ParameterizedTest(name = "«{0}», {1} typo(s) → {2}")
    @CsvSource(delimiter = '|', value = {
            "الانتخبات|1|1 4", // a letter left out
            "الانتحابات|1|1 4", // a letter replaced
            "الاتنخابات|1|1 4", // two swapped
            "مستشفا|1|2",
            "مستسفا|1|''", // two typos
            "مستسفا|2|2",
            "تعلن جدوا|1|1", // the last word may hold the typo
            "تعلم جدول|1|''", // the others are whole words
            "مدرسه جديده في رف|1|3"})
    void aTypoInTheLastWordIsForgiven(String typed, int typos, String expected) {
        assertThat(TITLES.closeTo(typed, typos, Set.of(), 10)).isEqualTo(ids(expected));
    }

    @Test
    void titlesAlreadySuggestedAreLeftOut() {
        assertThat(TITLES.holding("نتخاب", Set.of(1L), 10)).containsExactly(4L);
    }

    @Test
    void aTitleHoldingTheWordTwiceIsSuggestedOnce() {
        assertThat(TITLES.wordStarts("الانتخابات", 10, 0)).containsExactly(1L, 4L);
    }

    @Test
    void theLimitKeepsTheNewest() {
        assertThat(TITLES.wordStarts("في", 2, 0)).containsExactly(2L, 3L);
    }

    @Test
    void aWindowLooksAtTheNewestTitlesOnly() {
        assertThat(TITLES.wordStarts("حماه", 10, 3)).containsExactly(3L);
        assertThat(TITLES.wordStarts("الانتخ", 10, 1)).containsExactly(1L);
    }

    @Test
    void noTitlesSuggestNothing() {
        assertThat(TitleIndex.of(List.of()).wordStarts("في", 10, 0)).isEmpty();
    }

    /**
     * Many generated titles, so that both ways of finding candidates run (the title lists of a rare word, and
     * reading titles in order for a common one), each checked against the rule applied to every title.
     */
    @Test
    void agreesWithTheRuleOnEveryTitleForRareAndCommonWords() {
        Random random = new Random(42);
        String[] common = {"في", "من", "على", "الحكومه", "اليوم", "سوريا"};
        List<TitleIndex.Entry> titles = new ArrayList<>();
        for (int t = 0; t < 20_000; t++) {
            List<String> words = new ArrayList<>();
            for (int w = 3 + random.nextInt(6); w > 0; w--) {
                words.add(random.nextInt(3) == 0 ? common[random.nextInt(common.length)] : rareWord(random));
            }
            titles.add(new TitleIndex.Entry(t + 1, String.join(" ", words)));
        }
        TitleIndex index = TitleIndex.of(titles);
        List<String> typed = new ArrayList<>(List.of("في", "ف", "من ال", "في سوريا", "الحكومه في", "على اليوم س",
                "سوريا من", "اليوم"));
        for (int i = 0; i < 300; i++) {
            String[] words = titles.get(random.nextInt(titles.size())).foldedTitle().split(" ");
            int from = random.nextInt(words.length);
            int to = from + random.nextInt(Math.min(3, words.length - from));
            String last = words[to].substring(0, 1 + random.nextInt(words[to].length()));
            typed.add(String.join(" ", List.of(words).subList(from, to)) + (to > from ? " " : "") + last);
        }
        for (int i = 0; i < 100; i++) {
            String word = rareWord(random);
            typed.add(word.substring(random.nextInt(word.length() - 1))); // the end of a word: often inside others
        }
        for (String text : typed) {
            for (int window : new int[] {0, 500}) {
                assertThat(index.wordStarts(text, 10, window)).as("«%s», window %d", text, window)
                        .isEqualTo(byTheRule(titles, text, 10, window));
            }
            Set<Long> excluded = Set.copyOf(index.wordStarts(text, 3, 0));
            assertThat(index.holding(text, excluded, 10)).as("«%s» anywhere", text)
                    .isEqualTo(holdingByTheRule(titles, text, excluded, 10));
        }
    }

    /** What {@code search_title like '%text%'} keeps, newest first, but for {@code excluded}. */
    private static List<Long> holdingByTheRule(List<TitleIndex.Entry> titles, String typed, Set<Long> excluded,
            int limit) {
        List<Long> found = new ArrayList<>();
        for (TitleIndex.Entry title : titles) {
            if (title.foldedTitle().contains(typed) && !excluded.contains(title.id()) && found.size() < limit) {
                found.add(title.id());
            }
        }
        return found;
    }

    /** What {@code search_title like 'text%' or search_title like '% text%'} keeps, newest first. */
    private static List<Long> byTheRule(List<TitleIndex.Entry> titles, String typed, int limit, int window) {
        List<Long> found = new ArrayList<>();
        int end = window > 0 ? Math.min(window, titles.size()) : titles.size();
        for (TitleIndex.Entry title : titles.subList(0, end)) {
            if ((title.foldedTitle().startsWith(typed) || title.foldedTitle().contains(" " + typed))
                    && found.size() < limit) {
                found.add(title.id());
            }
        }
        return found;
    }

    private static String rareWord(Random random) {
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder word = new StringBuilder();
        for (int i = 2 + random.nextInt(5); i > 0; i--) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static List<Long> ids(String expected) {
        return expected.isBlank() ? List.of() : Arrays.stream(expected.split(" ")).map(Long::valueOf).toList();
    }
}
