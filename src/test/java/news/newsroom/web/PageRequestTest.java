package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PageRequest: checked paging parameters")
class PageRequestTest {

    /**
     * The parameters as a client sends them, converted as the resources' typed parameters are (ParameterConverters,
     * with the bounds the resources declare), then made into a request.
     */
    static PageRequest of(String limit, String cursor, String page, int defaultLimit) {
        Integer checkedLimit = limit == null ? null : QueryParameters.integerIn("limit", limit, 1, PageRequest.MAX_LIMIT);
        Integer checkedPage = page == null ? null : QueryParameters.integerIn("page", page, 1, PageRequest.MAX_PAGE);
        return PageRequest.of(checkedLimit, cursor, checkedPage, defaultLimit);
    }

    static PageRequest of(String limit, String cursor, String page) {
        return of(limit, cursor, page, PageRequest.DEFAULT_LIMIT);
    }

    private static void assertRefused(String limit, String cursor, String page, String field, String messageKey) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> of(limit, cursor, page));
        assertThat(problem).as("limit=%s cursor=%s page=%s is refused", limit, cursor, page).isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
        assertThat(problem.fieldIssues()).hasSize(1);
        assertThat(problem.fieldIssues().get(0).field()).isEqualTo(field);
        assertThat(problem.fieldIssues().get(0).messageKey()).isEqualTo(messageKey);
    }

    @Test
    void defaultsToTwentyItemsOnTheFirstPage() {
        PageRequest request = of(null, null, null);

        assertThat(request.limit()).isEqualTo(20).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.cursor()).isEmpty();
        assertThat(request.offset()).isZero();
        assertThat(request.usesPage()).isFalse();
    }

    @Test
    void aListCanChooseItsOwnDefaultLimit() {
        assertThat(of(null, null, null, 50).limit()).isEqualTo(50);
        assertThat(of("7", null, null, 50).limit()).isEqualTo(7);
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"1", "20", "100"})
    void acceptsLimitsFromOneToAHundred(String limit) {
        assertThat(of(limit, null, null).limit()).isEqualTo(Integer.parseInt(limit));
    }

    @ParameterizedTest(name = "limit=\"{0}\" is refused")
    @ValueSource(strings = {"0", "101", "-1", "", "abc", "20.0"})
    void refusesOtherLimits(String limit) {
        assertRefused(limit, null, null, "limit", "param.integer-range");
    }

    @Test
    void keepsTheCursor() {
        PageRequest request = of("10", "abc.def", null);

        assertThat(request.cursor()).contains("abc.def");
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.usesPage()).isFalse();
    }

    @Test
    void anEmptyCursorIsNoCursor() {
        PageRequest request = of(null, "", "3");

        assertThat(request.cursor()).isEmpty();
        assertThat(request.page()).isEqualTo(3);
    }

    @ParameterizedTest(name = "cursor with page=\"{0}\" is refused")
    @ValueSource(strings = {"1", "2"})
    void refusesACursorTogetherWithAPage(String page) {
        assertRefused(null, "abc.def", page, "page", "param.cursor-and-page");
    }

    @ParameterizedTest(name = "cursor with page=\"{0}\" is refused")
    @ValueSource(strings = {"0", "abc"})
    void aCursorWithAPageThatIsNoPageNumberIsRefusedForThePage(String page) {
        assertRefused(null, "abc.def", page, "page", "param.integer-range");
    }

    @ParameterizedTest(name = "page=\"{0}\" is refused")
    @ValueSource(strings = {"0", "-1", "10001", "", "abc", "1.5"})
    void refusesPagesOutsideOneToTenThousand(String page) {
        assertRefused(null, null, page, "page", "param.integer-range");
    }

    @Test
    void acceptsTheLastAllowedPage() {
        assertThat(of("100", null, "10000").page()).isEqualTo(PageRequest.MAX_PAGE);
    }

    @ParameterizedTest(name = "limit {0}, page {1} -> offset {2}")
    @CsvSource({
        "20, 1, 0",
        "20, 2, 20",
        "20, 3, 40",
        "10, 5, 40",
        "1, 10000, 9999",
        "100, 10000, 999900",
    })
    void offsetSkipsThePreviousPages(String limit, String page, int offset) {
        PageRequest request = of(limit, null, page);

        assertThat(request.offset()).isEqualTo(offset);
        assertThat(request.usesPage()).isEqualTo(!"1".equals(page));
    }
}
