package news.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ArabicText: the one Arabic normalizer")
class ArabicTextTest {

    /** Tashkeel U+064B (fathatan) .. U+0652 (sukun). */
    static IntStream tashkeel() {
        return IntStream.rangeClosed(0x064B, 0x0652);
    }

    static Stream<Arguments> arabicIndicAndPersianDigits() {
        return IntStream.rangeClosed(0, 9).boxed().flatMap(d -> Stream.of(
                Arguments.of(String.valueOf((char) (0x0660 + d)), String.valueOf(d)),
                Arguments.of(String.valueOf((char) (0x06F0 + d)), String.valueOf(d))));
    }

    @Nested
    @DisplayName("normalize")
    class Normalize {

        @ParameterizedTest(name = "removes tashkeel U+{0}")
        @MethodSource("news.newsroom.text.ArabicTextTest#tashkeel")
        void removesEachTashkeelMark(int mark) {
            String marked = "ب" + (char) mark + "ت";

            assertThat(ArabicText.normalize(marked)).isEqualTo("بت");
            assertThat(ArabicText.normalize(String.valueOf((char) mark))).isEmpty();
            assertThat(ArabicText.isMark((char) mark)).isTrue();
        }

        @Test
        void removesSuperscriptAlef() {
            assertThat(ArabicText.normalize("رحمٰن")).isEqualTo("رحمن");
            assertThat(ArabicText.isMark('\u0670')).isTrue();
        }

        @Test
        void removesTatweel() {
            assertThat(ArabicText.normalize("ســـلام")).isEqualTo("سلام");
            assertThat(ArabicText.isMark('\u0640')).isTrue();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "أ, ا",
            "إ, ا",
            "آ, ا",
            "ٱ, ا",
            "ى, ي",
            "ة, ه",
            "ؤ, و",
            "ئ, ي",
        })
        void foldsLetterVariants(String letter, String folded) {
            assertThat(ArabicText.normalize(letter)).isEqualTo(folded);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("news.newsroom.text.ArabicTextTest#arabicIndicAndPersianDigits")
        void foldsArabicIndicAndPersianDigitsToAscii(String digit, String ascii) {
            assertThat(ArabicText.normalize(digit)).isEqualTo(ascii);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "A, a",
            "M, m",
            "Z, z",
            "Damascus, damascus",
            "UNESCO 2025, unesco 2025",
            "already lower, already lower",
        })
        void lowerCasesLatin(String latin, String lower) {
            assertThat(ArabicText.normalize(latin)).isEqualTo(lower);
        }

        @ParameterizedTest(name = "{0} unchanged")
        @ValueSource(strings = {"ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط",
            "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ء", "0", "9", " ", "-", "؟", "،"})
        void leavesOtherCharactersUnchanged(String letter) {
            assertThat(ArabicText.normalize(letter)).isEqualTo(letter);
            assertThat(ArabicText.isMark(letter.charAt(0))).isFalse();
        }

        @ParameterizedTest(name = "«{0}» -> «{1}»")
        @CsvSource({
            "أَحْمَد, احمد",
            "احمد, احمد",
            "أحمد, احمد",
            "تـافِـه, تافه",
            "مدرسة, مدرسه",
            "مستشفى, مستشفي",
            "مسؤول, مسوول",
            "رئيس, رييس",
            "إسلام, اسلام",
            "القرآن, القران",
            "ٱلله, الله",
            "عام ٢٠٢٥, عام 2025",
            "سنة ۱۴۰۴, سنه 1404",
            "قمة G20 في الرياض, قمه g20 في الرياض",
        })
        void normalizesWholeWords(String written, String normalized) {
            assertThat(ArabicText.normalize(written)).isEqualTo(normalized);
        }

        @Test
        void spellingsOfTheSameWordNormalizeAlike() {
            assertThat(Stream.of("أحمد", "احمد", "أَحْمَد", "أحـمـد").map(ArabicText::normalize))
                    .containsOnly("احمد");
        }

        @ParameterizedTest(name = "decomposed {0} folds like the precomposed letter")
        @CsvSource({
            "\u0627\u0653, ا",
            "\u0627\u0654, ا",
            "\u0627\u0655, ا",
            "\u0627\u0654\u062D\u0645\u062F, احمد",
        })
        void decomposedHamzaAndMaddaFoldLikeThePrecomposedLetters(String decomposed, String normalized) {
            assertThat(ArabicText.normalize(decomposed)).isEqualTo(normalized);
        }

        @Test
        void nullIsEmpty() {
            assertThat(ArabicText.normalize(null)).isEmpty();
        }

        @Test
        void emptyStaysEmpty() {
            assertThat(ArabicText.normalize("")).isEmpty();
        }

        @Test
        void isIdempotent() {
            String once = ArabicText.normalize("الحكومةُ تُقرّ موازنة ٢٠٢٦ في «إدلب»");

            assertThat(ArabicText.normalize(once)).isEqualTo(once);
        }
    }

    @Nested
    @DisplayName("stripMarks")
    class StripMarks {

        @ParameterizedTest(name = "removes tashkeel U+{0}")
        @MethodSource("news.newsroom.text.ArabicTextTest#tashkeel")
        void removesEachTashkeelMark(int mark) {
            assertThat(ArabicText.stripMarks("ب" + (char) mark + "ت")).isEqualTo("بت");
        }

        @Test
        void removesSuperscriptAlefAndTatweel() {
            assertThat(ArabicText.stripMarks("رحمٰن")).isEqualTo("رحمن");
            assertThat(ArabicText.stripMarks("تـــافـه")).isEqualTo("تافه");
        }

        @ParameterizedTest(name = "{0} kept as written")
        @ValueSource(strings = {"أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ء", "A", "Z"})
        void keepsLetterFormsAndCase(String letter) {
            assertThat(ArabicText.stripMarks(letter)).isEqualTo(letter);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("news.newsroom.text.ArabicTextTest#arabicIndicAndPersianDigits")
        void convertsArabicIndicAndPersianDigitsToAscii(String digit, String ascii) {
            assertThat(ArabicText.stripMarks(digit)).isEqualTo(ascii);
        }

        @ParameterizedTest(name = "«{0}» -> «{1}»")
        @CsvSource({
            "أَحْمَد, أحمد",
            "مدرسةٌ, مدرسة",
            "الحكومةُ تُقرّ موازنة ٢٠٢٦, الحكومة تقر موازنة 2026",
            "Ahmad, Ahmad",
        })
        void stripsWholeWords(String written, String stripped) {
            assertThat(ArabicText.stripMarks(written)).isEqualTo(stripped);
        }
    }
}
