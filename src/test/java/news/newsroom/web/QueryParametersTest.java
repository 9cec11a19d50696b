package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("QueryParameters: parameters parsed by hand into 400s that name the parameter")
class QueryParametersTest {

    private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

    enum Sort { NEWEST, OLDEST, MOST_READ }

    private static ApiProblem refusal(Executable call) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, call::execute);
        assertThat(problem).as("an ApiProblem is thrown").isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
        assertThat(problem.fieldIssues()).hasSize(1);
        return problem;
    }

    private static void assertRefused(Executable call, String field, String messageKey) {
        ApiProblem problem = refusal(call);
        assertThat(problem.fieldIssues().get(0).field()).isEqualTo(field);
        assertThat(problem.fieldIssues().get(0).messageKey()).isEqualTo(messageKey);
        assertThat(problem.args()).containsExactly(field);
    }

    @Nested
    @DisplayName("bool")
    class Bool {

        @Test
        void trueAndFalseAreAccepted() {
            assertThat(QueryParameters.bool("full", "true")).isTrue();
            assertThat(QueryParameters.bool("full", "false")).isFalse();
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"", "yes", "1", "TRUE", "False", "on", " true"})
        void anythingElseIsRefused(String raw) {
            assertRefused(() -> QueryParameters.bool("full", raw), "full", "param.boolean");
        }
    }

    @Nested
    @DisplayName("integerIn")
    class IntegerIn {

        static IntStream oneToHundred() {
            return IntStream.rangeClosed(1, 100);
        }

        @ParameterizedTest(name = "\"{0}\" is accepted")
        @MethodSource
        void oneToHundred(int n) {
            assertThat(QueryParameters.integerIn("limit", String.valueOf(n), 1, 100)).isEqualTo(n);
        }

        @ParameterizedTest(name = "\"{0}\" is accepted as {1}")
        @CsvSource({"007, 7", "0100, 100"})
        void leadingZerosAreDigits(String raw, int value) {
            assertThat(QueryParameters.integerIn("limit", raw, 1, 100)).isEqualTo(value);
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @NullAndEmptySource
        @ValueSource(strings = {"0", "101", "-1", "+5", " 5", "5 ", "5.0", "5,0", "1e2", "abc", "0x10", "٥",
            "99999999999999999999", "2147483648", "999999999999999999"})
        void refusesEverythingElse(String raw) {
            assertRefused(() -> QueryParameters.integerIn("limit", raw, 1, 100), "limit", "param.integer-range");
        }

        @Test
        void theRefusalCarriesTheRange() {
            ApiProblem problem = refusal(() -> QueryParameters.integerIn("page", "0", 1, 10_000));

            assertThat(problem.fieldIssues().get(0).field()).isEqualTo("page");
            assertThat(problem.fieldIssues().get(0).args()).containsExactly(1, 10_000);
        }

        @Test
        void aMalformedValueAlsoCarriesTheRange() {
            ApiProblem problem = refusal(() -> QueryParameters.integerIn("limit", "abc", 1, 100));

            assertThat(problem.fieldIssues().get(0).args()).containsExactly(1, 100);
        }
    }

    @Nested
    @DisplayName("id")
    class Id {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"1, 1", "42, 42", "000042, 42", "999999999999999999, 999999999999999999"})
        void acceptsPositiveWholeNumbers(String raw, long id) {
            assertThat(QueryParameters.id("id", raw)).isEqualTo(id);
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @NullAndEmptySource
        @ValueSource(strings = {"0", "00", "-1", "abc", "1e3", "1.0", " 1", "+1", "12345678901234567890",
            "99999999999999999999"})
        void refusesOthers(String raw) {
            assertRefused(() -> QueryParameters.id("articleId", raw), "articleId", "param.positive-id");
        }
    }

    @Nested
    @DisplayName("oneOf")
    class OneOf {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"newest, NEWEST", "oldest, OLDEST", "most_read, MOST_READ"})
        void mapsLowerCaseNames(String raw, Sort expected) {
            assertThat(QueryParameters.oneOf("sort", raw, Sort.class, Sort.NEWEST)).isEqualTo(expected);
        }

        @Test
        void absentMeansTheFallback() {
            assertThat(QueryParameters.oneOf("sort", null, Sort.class, Sort.OLDEST)).isEqualTo(Sort.OLDEST);
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @EmptySource
        @ValueSource(strings = {"NEWEST", "Newest", "popular", "newest ", "most-read", "0"})
        void refusesOthers(String raw) {
            assertRefused(() -> QueryParameters.oneOf("sort", raw, Sort.class, Sort.NEWEST), "sort", "param.one-of");
        }

        @Test
        void theRefusalListsTheAcceptedValues() {
            ApiProblem problem = refusal(() -> QueryParameters.oneOf("sort", "popular", Sort.class, Sort.NEWEST));

            assertThat(problem.fieldIssues().get(0).args()).containsExactly("newest, oldest, most_read");
        }
    }

    @Nested
    @DisplayName("startOf / endOf")
    class Dates {

        @Test
        void aDateStartsAtMidnightInTheNewsroomZone() {
            assertThat(QueryParameters.startOf("from", "2025-11-29", DAMASCUS))
                    .isEqualTo(Instant.parse("2025-11-28T21:00:00Z"));
        }

        @Test
        void aDateEndsAtTheNextMidnightInTheNewsroomZone() {
            assertThat(QueryParameters.endOf("to", "2025-11-29", DAMASCUS))
                    .isEqualTo(Instant.parse("2025-11-29T21:00:00Z"));
        }

        @ParameterizedTest(name = "{0} starts at {1}")
        @CsvSource({
            "2025-11-29T08:19:00Z, 2025-11-29T08:19:00Z",
            "2025-11-29T11:19:00+03:00, 2025-11-29T08:19:00Z",
            "2025-11-29T11:19+03:00, 2025-11-29T08:19:00Z",
            "2025-11-29T08:19:00.123456Z, 2025-11-29T08:19:00.123456Z",
            "2025-11-29T00:00:00-05:00, 2025-11-29T05:00:00Z",
        })
        void instantsWithAnOffsetParse(String raw, String expected) {
            assertThat(QueryParameters.startOf("from", raw, DAMASCUS)).isEqualTo(Instant.parse(expected));
        }

        @ParameterizedTest(name = "{0} ends just after {1}")
        @CsvSource({
            "2025-11-29T08:19:00Z, 2025-11-29T08:19:00Z",
            "2025-11-29T11:19:00+03:00, 2025-11-29T08:19:00Z",
        })
        void anInstantEndIsInclusive(String raw, String instant) {
            Instant end = QueryParameters.endOf("to", raw, DAMASCUS);

            assertThat(end).isAfter(Instant.parse(instant))
                    .isEqualTo(Instant.parse(instant).plusNanos(1000));
        }

        @Test
        void absentMeansNoBound() {
            assertThat(QueryParameters.startOf("from", null, DAMASCUS)).isNull();
            assertThat(QueryParameters.endOf("to", null, DAMASCUS)).isNull();
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @EmptySource
        @ValueSource(strings = {"notadate", "2025-13-01", "2025-02-30", "2025-11-32", "29-11-2025", "2025/11/29",
            "2025-11-29T08:19:00", "2025-11-29 08:19:00Z", "yesterday", "١٤٤٧-٠٦-٠٨",
            "2025-11-29T08:19:00.000000000000000000Z", "2025-11-29T08:19:00Z                          "})
        void refusesWhatIsNotADate(String raw) {
            assertRefused(() -> QueryParameters.startOf("from", raw, DAMASCUS), "from", "param.date");
            assertRefused(() -> QueryParameters.endOf("to", raw, DAMASCUS), "to", "param.date");
        }

        @Test
        void refusesOverlongInputBeforeParsing() {
            String raw = "2025-11-29T08:19:00Z" + " ".repeat(21);
            assertThat(raw).hasSize(41);

            assertRefused(() -> QueryParameters.startOf("from", raw, DAMASCUS), "from", "param.date");
        }
    }

    @Nested
    @DisplayName("isPlausibleSlug")
    class PlausibleSlug {

        @ParameterizedTest(name = "\"{0}\" is plausible")
        @ValueSource(strings = {"a", "الحكومة-تقر-موازنة-2026", "water-plan", "with space", "%D8%A7"})
        void acceptsSlugs(String raw) {
            assertThat(QueryParameters.isPlausibleSlug(raw)).isTrue();
        }

        @Test
        void acceptsTwoHundredCharacters() {
            assertThat(QueryParameters.isPlausibleSlug("ب".repeat(200))).isTrue();
        }

        @Test
        void refusesMoreThanTwoHundredCharacters() {
            assertThat(QueryParameters.isPlausibleSlug("ب".repeat(201))).isFalse();
        }

        @ParameterizedTest(name = "\"{0}\" is not plausible")
        @NullAndEmptySource
        @ValueSource(strings = {"\u0000", "a\u0000b", "a\nb", "a\tb", "\r", "\u001F", "\u007F", "a\u0085b"})
        void refusesNullEmptyAndControlCharacters(String raw) {
            assertThat(QueryParameters.isPlausibleSlug(raw)).isFalse();
        }
    }
}
