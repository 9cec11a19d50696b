package news.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ArabicStemmer: word forms that meet at a stem")
class ArabicStemmerTest {

    /** The stems of a word as written, folded first as documents and queries are. */
    private static List<String> stemsOf(String written) {
        return ArabicStemmer.stems(ArabicText.normalize(written));
    }

    /**
     * The highlighter skips words that contain none of the wanted stems without stemming them; that is only right
     * if every stem is a part of its word. Checked over every word of the 42 sample articles.
     */
    @Test
    void everyStemIsAPartOfItsWord() throws java.io.IOException {
        Set<String> words = new HashSet<>(Words.folded(SampleText.ofAllArticles()));
        org.assertj.core.api.Assertions.assertThat(words).hasSizeGreaterThan(5_000);
        for (String word : words) {
            for (String stem : ArabicStemmer.stems(word)) {
                org.assertj.core.api.Assertions.assertThat(word).as("a stem of %s", word).contains(stem);
            }
        }
    }

    private static Set<String> sharedStems(String a, String b) {
        Set<String> shared = new HashSet<>(stemsOf(a));
        shared.retainAll(stemsOf(b));
        return shared;
    }

    @ParameterizedTest(name = "{2}: «{0}» meets «{1}»")
    @CsvSource({
        // proclitics
        "والمعلم, معلم, وال",
        "فالكتاب, كتاب, فال",
        "بالمدرسة, مدرسة, بال",
        "كالبحر, بحر, كال",
        "للطلاب, طلاب, لل",
        "المعلم, معلم, ال",
        "وكتب, كتب, و",
        "فكتب, كتب, ف",
        "بكتاب, كتاب, ب",
        "ككتاب, كتاب, ك",
        "لكتاب, كتاب, ل",
        "وبالمدرسة, مدرسة, و + بال",
        "وللطلاب, طلاب, و + لل",
        // suffixes
        "معلمون, معلم, ون",
        "معلمين, معلم, ين",
        "معلمات, معلم, ات",
        "مهندسان, مهندس, ان",
        "معلمة, معلم, ة",
        "كتابه, كتاب, ه",
        "كتابها, كتاب, ها",
        "كتابهم, كتاب, هم",
        "كتابهن, كتاب, هن",
        "كتابكم, كتاب, كم",
        "كتابنا, كتاب, نا",
        "كتابهما, كتاب, هما",
        "مصري, مصر, ي (nisba)",
        "مصرية, مصر, يه (nisba)",
        "مدرستهم, مدرسة, ت before a pronoun",
        "بيته, بيت, ه after a root ت",
        // both at once, and spelling variants
        "والمعلمون, معلم, وال + ون",
        "المعلمين, معلم, ال + ين",
        "بالمدرسة, مدرستهم, بال + ة / ت + هم",
        "للمعلمات, المعلمة, لل + ات / ال + ة",
        "والمعلّمون, معلم, tashkeel",
        "بالمدرسه, مدرسة, ة written ه",
        "الوزير, وزير, و kept as part of the word",
        "الفريق, فريق, ف kept as part of the word",
    })
    void inflectedFormsShareAStemWithTheirBase(String inflected, String base, String family) {
        assertThat(sharedStems(inflected, base)).as("stems %s and %s", stemsOf(inflected), stemsOf(base)).isNotEmpty();
    }

    @Test
    void theWordFamilyOfTheIssueMeetsAtOneStem() {
        List<String> family = List.of("والمعلمون", "المعلمين", "معلمات", "معلمة", "للمعلم", "بالمعلمين");

        assertThat(family).allSatisfy(word -> assertThat(stemsOf(word)).contains("معلم"));
    }

    @Test
    void theMostLikelyStemComesFirst() {
        assertThat(stemsOf("والمعلمون").get(0)).isEqualTo("معلم");
        assertThat(stemsOf("مدرستهم")).containsExactly("مدرست", "مدرس");
        assertThat(stemsOf("وزير")).first().isEqualTo("وزير");
    }

    @ParameterizedTest(name = "«{0}» and «{1}» do not meet")
    @CsvSource({
        "كتاب, مدرسة",
        "معلم, عالم",
        "وزير, وزن",
        "سلام, سلم",
        "مكتبة, كتب",
        "حمص, دمشق",
        "المدرسة, الدرس",
        "طالب, مطلب",
    })
    void differentWordsDoNotMeet(String a, String b) {
        assertThat(sharedStems(a, b)).as("stems %s and %s", stemsOf(a), stemsOf(b)).isEmpty();
    }

    @ParameterizedTest(name = "«{0}» does not stem to a function word")
    @ValueSource(strings = {"بلدية", "بلدي", "الله", "الآن"})
    void aContentWordNeverStemsToAFunctionWord(String word) {
        assertThat(stemsOf(word)).noneMatch(StopWords::contains);
    }

    @ParameterizedTest(name = "«{0}» keeps at least three letters")
    @ValueSource(strings = {"بها", "لهم", "كتبه", "منها", "الي", "وله", "فيه", "بات"})
    void neverStripsBelowThreeLettersExceptShortWordsThemselves(String word) {
        String folded = ArabicText.normalize(word);
        assertThat(ArabicStemmer.stems(folded))
                .allSatisfy(stem -> assertThat(stem.length()).isGreaterThanOrEqualTo(Math.min(3, folded.length())));
    }

    @ParameterizedTest(name = "«{0}» is its own stem")
    @ValueSource(strings = {"unesco", "g20", "2025", "covid"})
    void nonArabicWordsAreTheirOwnStem(String word) {
        assertThat(ArabicStemmer.stems(word)).containsExactly(word);
    }

    @Test
    void emptyIsItsOwnStem() {
        assertThat(ArabicStemmer.stems("")).containsExactly("");
    }
}
