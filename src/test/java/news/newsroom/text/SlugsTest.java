package news.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Slugs: readable URL slugs from titles")
class SlugsTest {

    @Test
    void turnsAnArabicHeadlineIntoAHyphenatedSlug() {
        assertThat(Slugs.from("الحكومةُ تُقرّ موازنة 2026!")).isEqualTo("الحكومة-تقر-موازنة-2026");
    }

    @ParameterizedTest(name = "punctuation {0} is dropped without splitting the word")
    @ValueSource(strings = {"،", "؛", "؟", "!", ".", ":", "«", "»", "\"", "'", "(", ")"})
    void dropsPunctuationWithoutSplittingWords(String mark) {
        assertThat(Slugs.from("سو" + mark + "ريا")).isEqualTo("سوريا");
        assertThat(Slugs.from(mark + "دمشق" + mark)).isEqualTo("دمشق");
        assertThat(Slugs.from("دمشق" + mark + " حلب")).isEqualTo("دمشق-حلب");
    }

    @ParameterizedTest(name = "«{0}» -> «{1}»")
    @CsvSource(delimiter = '|', value = {
        "«قال»: \"نعم\"، (لا)؛ هل؟       | قال-نعم-لا-هل",
        "دمشق   حلب                      | دمشق-حلب",
        "'   دمشق حلب   '                | دمشق-حلب",
        "- دمشق -                        | دمشق",
        "__دمشق__                        | دمشق",
        "! دمشق ؟                        | دمشق",
        "دمشق-حلب                        | دمشق-حلب",
        "دمشق_حلب                        | دمشق-حلب",
        "دمشق - حلب                      | دمشق-حلب",
        "دمشق -_- حلب                    | دمشق-حلب",
        "دمشق---حلب                      | دمشق-حلب",
        "Breaking NEWS From Damascus     | breaking-news-from-damascus",
        "عام ٢٠٢٥                        | عام-2025",
        "سنة ۱۴۰۴                        | سنة-1404",
        "تـــافِـه                       | تافه",
        "أَحْمَد                         | أحمد",
        "مدرسة                           | مدرسة",
    })
    void buildsSlugs(String title, String slug) {
        assertThat(Slugs.from(title)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "whitespace {index} becomes one hyphen")
    @ValueSource(strings = {" ", "   ", "\t", "\t\t", "\n", "\n\n", "\r\n", " \t \n ", "\u2003", "\u3000"})
    void anyRunOfWhitespaceBecomesOneHyphen(String whitespace) {
        assertThat(Slugs.from("دمشق" + whitespace + "حلب")).isEqualTo("دمشق-حلب");
        assertThat(Slugs.from(whitespace + "دمشق" + whitespace)).isEqualTo("دمشق");
    }

    @ParameterizedTest(name = "no-break space U+{0} separates words")
    @ValueSource(strings = {"\u00A0", "\u202F", "\u2007"})
    void noBreakSpacesSeparateWords(String space) {
        assertThat(Slugs.from("دمشق" + space + "حلب")).isEqualTo("دمشق-حلب");
    }

    @Test
    void keepsLetterFormsAsWritten() {
        assertThat(Slugs.from("إدلب أو آمنة")).isEqualTo("إدلب-أو-آمنة");
    }

    @ParameterizedTest(name = "«{0}» has no slug")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "!!!", "«»،؛؟", "- _ -", "ـــ", "\u064E\u064F"})
    void emptyOrPunctuationOnlyInputGivesAnEmptySlug(String title) {
        assertThat(Slugs.from(title)).isEmpty();
    }

    @Nested
    @DisplayName("long titles")
    class LongTitles {

        @Test
        void aLongTitleIsCutAtAHyphen() {
            String title = "كلمة ".repeat(60); // 300 characters

            String slug = Slugs.from(title);

            assertThat(title).hasSize(300);
            assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                    .doesNotEndWith("-")
                    .doesNotStartWith("-")
                    .startsWith("كلمة-كلمة-")
                    .endsWith("-كلمة");
            // Cut at a word boundary: 16 whole words of 4 letters joined by 15 hyphens.
            assertThat(slug).isEqualTo(String.join("-", java.util.Collections.nCopies(16, "كلمة")));
        }

        @Test
        void aTitleOfOneLongWordIsCutAtTheMaximum() {
            assertThat(Slugs.from("x".repeat(300))).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
        }

        @Test
        void aCutNeverLeavesHalfASurrogatePair() {
            // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP (two chars).
            String title = "a" + "\uD835\uDC00".repeat(150);

            String slug = Slugs.from(title);

            assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
            assertThat(Character.isHighSurrogate(slug.charAt(slug.length() - 1))).isFalse();
            assertThat(slug.codePoints().allMatch(cp -> cp == 'a' || cp == 0x1D400)).isTrue();
            assertThat(slug).isEqualTo("a" + "\uD835\uDC00".repeat(39));
        }

        @Test
        void aHyphenTooEarlyInTheTitleIsNotUsedForTheCut() {
            String title = "ab " + "x".repeat(300);

            String slug = Slugs.from(title);

            assertThat(slug).hasSize(Slugs.MAX_LENGTH).startsWith("ab-x").doesNotEndWith("-");
        }

        @Test
        void aTitleOfExactlyTheMaximumIsKept() {
            String title = "y".repeat(Slugs.MAX_LENGTH);

            assertThat(Slugs.from(title)).isEqualTo(title);
        }
    }

    @ParameterizedTest(name = "withSuffix(\"{0}\", {1}) = \"{2}\"")
    @CsvSource({
        "x, 0, x",
        "x, 1, x",
        "x, 2, x-2",
        "x, 3, x-3",
        "دمشق-حلب, 12, دمشق-حلب-12",
    })
    void withSuffix(String base, int n, String expected) {
        assertThat(Slugs.withSuffix(base, n)).isEqualTo(expected);
    }
}
