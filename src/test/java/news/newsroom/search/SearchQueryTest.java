package news.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import news.newsroom.web.Problem;

@DisplayName("SearchQuery: what a reader types, as a tsquery")
class SearchQueryTest {

    /** One quoted lexeme of a tsquery, with '' for a quote inside it. */
    private static final Pattern LEXEME = Pattern.compile("'(?:[^']|'')*'");
    /** What a tsquery built here may hold outside its quoted lexemes: operators, parentheses, spaces. */
    private static final Pattern OPERATORS_ONLY = Pattern.compile("[()&|!<\\-> ]*");

    private static SearchQuery query(String text) {
        SearchQuery.ParseResult parsed = SearchQuery.parse(text);
        assertThat(parsed.problem()).as("problem parsing «%s»", text).isNull();
        return parsed.value().orElseThrow();
    }

    private static String match(String text) {
        return query(text).matchQuery();
    }

    @Test
    void wordsAreAllRequiredEachAsAnyOfItsStems() {
        assertThat(match("أسعار النفط")).isEqualTo("(('اسعار')) & (('نفط'))");
    }

    @Test
    void exactFormsOnlyRankTheyDoNotDecideMatches() {
        SearchQuery query = query("أسعار النفط");
        assertThat(query.matchQuery()).doesNotContain("=");
        assertThat(query.fieldQuery()).isEqualTo("(('اسعار')) & (('نفط'))");
        assertThat(query.exactFieldQuery()).isEqualTo("('=اسعار') & ('=النفط')");
        assertThat(query.anyWordQuery()).isEqualTo("'اسعار' | 'نفط'");
        assertThat(query.hasSeveralWords()).isTrue();
    }

    @Test
    void fieldQueriesLeaveExclusionsToTheWholeDocument() {
        SearchQuery query = query("الكهرباء -الأردن");
        assertThat(query.hasExclusions()).isTrue();
        assertThat(query.hasSeveralWords()).isFalse();
        assertThat(query.matchQuery()).contains("!");
        assertThat(query.fieldQuery()).isEqualTo("(('كهرباء'))").doesNotContain("!");
        assertThat(query.exactFieldQuery()).isEqualTo("('=الكهرباء')");
    }

    @Test
    void aPhraseInAFieldIsItsWordsOneAfterTheOther() {
        assertThat(query("\"الطاقة الشمسية\"").exactFieldQuery())
                .isEqualTo("('=الطاقه' <-> '=الشمسيه')");
        assertThat(query("\"الطاقة الشمسية\"").fieldQuery()).isEqualTo("(('طاق') <-> ('شمس'))");
    }

    @Test
    void eitherOfTwoWordsInAFieldIsEnoughForAnOrQuery() {
        assertThat(query("حمص OR حماة").fieldQuery()).isEqualTo("((('حمص')) | (('حما')))");
    }

    @Test
    void aQuotedPhraseKeepsItsWordsInOrderStopWordsIncluded() {
        // Neighbouring stems as indexed pairs: حرب then في, في then غزه.
        assertThat(match("\"الحرب في غزة\"")).isEqualTo("(('حرب_في') & ('في_غزه'))");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"«الطاقة الشمسية»", "“الطاقة الشمسية”", "\"الطاقة الشمسية\""})
    void guillemetsAndCurlyQuotesMakePhrasesToo(String phrase) {
        assertThat(match(phrase)).isEqualTo("(('طاق_شمس'))");
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(match("\"غير مغلق")).isEqualTo(match("\"غير مغلق\""));
        assertThat(match("«حمص دمشق")).isEqualTo("(('حمص_دمشق'))");
    }

    @Test
    void aMinusExcludesAWordOrAPhrase() {
        assertThat(match("غزة -حمص")).isEqualTo("(('غزه')) & (!(('حمص')))");
        assertThat(match("حمص -\"جدول الاقتراع\"")).isEqualTo("(('حمص')) & (!(('جدول_اقتراع')))");
    }

    @Test
    void aMinusBeforeASpaceIsNotAnExclusion() {
        assertThat(match("حمص - دمشق")).isEqualTo(match("حمص دمشق"));
    }

    @ParameterizedTest(name = "دمشق {0} حمص")
    @ValueSource(strings = {"OR", "|", "أو", "او"})
    void orBetweenTwoTermsAcceptsEither(String or) {
        assertThat(match("دمشق " + or + " حمص")).isEqualTo("((('دمشق')) | (('حمص')))");
    }

    @Test
    void orBindsOnlyItsNeighboursAndLowerCaseOrIsAWord() {
        assertThat(match("اسعار دمشق OR حمص")).isEqualTo("(('اسعار')) & ((('دمشق')) | (('حمص')))");
        assertThat(match("دمشق or حمص")).isEqualTo("(('دمشق')) & (('or')) & (('حمص'))");
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"OR حمص", "حمص OR", "OR حمص OR"})
    void aDanglingOrIsIgnored(String text) {
        assertThat(match(text)).isEqualTo(match("حمص"));
    }

    @Test
    void stopWordsAreIgnoredAmongOtherWords() {
        assertThat(match("الحرب في غزة")).isEqualTo(match("الحرب غزة"));
        assertThat(query("الحرب في غزة").lexemes()).doesNotContain("=في", "في");
    }

    @Test
    void aQueryOfOnlyStopWordsSearchesThem() {
        assertThat(match("من هم")).isEqualTo("(('من')) & (('هم'))");
    }

    @Test
    void lexemesHoldExactFormsAndStemsOfWantedWordsOnly() {
        assertThat(query("والمعلمون -حمص").lexemes()).containsExactly("=والمعلمون", "معلم");
    }

    @Test
    void queriesAreFoldedLikeDocuments() {
        assertThat(match("أَحْمَد")).isEqualTo(match("احمد"));
        assertThat(match("مدرسة")).isEqualTo(match("مدرسه"));
        assertThat(match("مستشفى")).isEqualTo(match("مستشفي"));
        assertThat(match("UNESCO ٢٠٢٥")).isEqualTo(match("unesco 2025"));
    }

    @Test
    void theFingerprintFollowsTheMatchQuery() {
        assertThat(query("أسعار النفط").fingerprint()).isEqualTo(query("اسعار  النفط").fingerprint())
                .isNotEqualTo(query("أسعار الذهب").fingerprint())
                .hasSize(16);
    }

    @ParameterizedTest(name = "«{0}» has nothing to find")
    @ValueSource(strings = {"?!...", "-حمص", "-\"جدول الاقتراع\"", "\\", ":*", "OR", "| |", "« »", "'&|!:"})
    void punctuationOrOnlyExclusionsHaveNothingToFind(String text) {
        assertThat(SearchQuery.parse(text).problem()).isEqualTo(SearchQuery.Problem.NOTHING_TO_FIND);
        assertThat(SearchQuery.parse(text).value()).isEmpty();
    }

    @Test
    void twoHundredCharactersAreAllowedAndMoreAreTooLong() {
        assertThat(SearchQuery.parse("ا ".repeat(100)).problem()).isNull();
        assertThat(SearchQuery.parse("ا ".repeat(100) + "ب").problem()).isEqualTo(SearchQuery.Problem.TOO_LONG);
        assertThat(SearchQuery.parse("ح".repeat(1_000)).problem()).isEqualTo(SearchQuery.Problem.TOO_LONG);
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"'; drop table article; --", "a & b | !c", "x:* & y:A", "o'brien's", "\\' OR 1=1 --",
        "a\u0000b", "(حمص) <-> !دمشق", "\"'\" -'x'", "\\\\'''", "حمص\u200cدمشق"})
    void userPunctuationNeverReachesTheTsqueryOutsideQuotedLexemes(String hostile) {
        SearchQuery.ParseResult parsed = SearchQuery.parse(hostile);
        if (parsed.problem() != null) {
            return; // nothing reaches SQL at all
        }
        for (String tsquery : new String[] {parsed.query().matchQuery(), parsed.query().fieldQuery(),
            parsed.query().exactFieldQuery(), parsed.query().anyWordQuery()}) {
            Matcher lexeme = LEXEME.matcher(tsquery);
            StringBuilder outside = new StringBuilder();
            while (lexeme.find()) {
                lexeme.appendReplacement(outside, "");
                // A word, an exact form (=word) or a pair of neighbouring stems (stem_stem), nothing else.
                assertThat(lexeme.group()).as("lexeme in %s", tsquery)
                        .matches("'(=?[\\p{L}\\p{Nd}]+|[\\p{L}\\p{Nd}]+_[\\p{L}\\p{Nd}]+)'");
            }
            lexeme.appendTail(outside);
            assertThat(outside.toString()).as("outside the lexemes of %s", tsquery).matches(OPERATORS_ONLY);
        }
    }

    @Test
    void punctuationWithoutASpaceSeparatesWordsButAHyphenKeepsATerm() {
        assertThat(match("حمص،دمشق")).isEqualTo(match("حمص دمشق"));
        assertThat(match("حمص؟ دمشق!")).isEqualTo(match("حمص دمشق"));
        assertThat(match("أبو-ظبي")).isEqualTo(match("\"أبو ظبي\""));
    }

    @Test
    void aNulByteSeparatesWords() {
        assertThat(match("حمص\u0000دمشق")).doesNotContain("\u0000").contains("حمص", "دمشق");
    }
}
