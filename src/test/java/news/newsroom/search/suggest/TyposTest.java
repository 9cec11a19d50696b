package news.newsroom.search.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether what a reader typed is within so many edits of the beginning of a word. */
class TyposTest {

    @ParameterizedTest(name = "«{1}» within {2} of a beginning of «{0}»: {3}")
    @CsvSource({
            "الانتخابات, الانتخابات, 0, true", // the whole word
            "الانتخابات, الانتخ, 0, true", // a beginning
            "الانتخابات, الانتخبات, 1, true", // a letter left out
            "الانتخابات, الانتخاابات, 1, true", // a letter added
            "مستشفي, مستشفا, 1, true", // a letter replaced
            "مدرسه, مدسره, 1, true", // two neighbours swapped
            "مدرسه, مسدره, 1, false", // two letters apart swapped: two edits
            "الانتخابات, الانتحا, 1, true", // a typo in a beginning
            "الانتخابات, الانتحابت, 1, false",
            "الانتخابات, الانتحابت, 2, true",
            "كتاب, كتابات, 1, false", // two letters more than the word has
            "كتاب, كتابات, 2, true",
            "كتاب, كتابه, 1, true",
            "سوريا, سوريه, 1, true",
            "بيت, بنتالت, 1, false",
            "قطار, مطار, 1, true",
            "قطار, مطر, 1, false",
            "قطار, قطار, 1, true"})
    void editsBetweenTheTypedTextAndABeginningOfTheWord(String word, String typed, int typos, boolean within) {
        assertThat(Typos.beginsWithin(word, typed, typos)).isEqualTo(within);
    }
}
