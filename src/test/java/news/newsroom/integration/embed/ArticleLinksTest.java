package news.newsroom.integration.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleLinksTest {

    private final ArticleLinks links = new ArticleLinks("https://newsroom.example/");

    @ParameterizedTest
    @ValueSource(strings = {
        "https://newsroom.example/articles/42/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87",
        "https://newsroom.example/articles/42/المياه",
        "https://newsroom.example/articles/42/المياه/",
        "https://newsroom.example/articles/42",
        "https://newsroom.example/articles/42/",
        "http://newsroom.example/articles/42/water",
        "HTTPS://NewsRoom.Example/articles/42/water",
        "https://newsroom.example:443/articles/42",
        "https://newsroom.example/articles/42/water?utm_source=partner#comments",
        "  https://newsroom.example/articles/42/water  "
    })
    void anArticlePageAddressNamesItsId(String address) {
        assertThat(links.articleIdIn(address, "url")).hasValue(42);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://elsewhere.example/articles/42/water",
        "https://newsroom.example.elsewhere.example/articles/42",
        "https://someone@newsroom.example/articles/42",
        "https://newsroom.example:8443/articles/42",
        "https://newsroom.example/sections/economy",
        "https://newsroom.example/articles/",
        "https://newsroom.example/articles/water",
        "https://newsroom.example/articles/42/water/comments",
        "https://newsroom.example/api/v1/articles/42",
        "https://newsroom.example/articles/0",
        "https://newsroom.example/articles/9999999999999999999999",
        "https://newsroom.example"
    })
    void anyOtherAddressNamesNoArticle(String address) {
        assertThat(links.articleIdIn(address, "url")).isEqualTo(OptionalLong.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "newsroom.example/articles/42",
        "/articles/42",
        "ftp://newsroom.example/articles/42",
        "javascript:alert(1)",
        "https://newsroom.example/articles/42/%ZZ",
        "https://newsroom.example/articles/42/two words",
        "https:///articles/42"
    })
    void aMalformedAddressIsABadParameter(String address) {
        assertThatThrownBy(() -> links.articleIdIn(address, "url"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
                    assertThat(problem.fieldIssues()).singleElement()
                            .satisfies(issue -> assertThat(issue.field()).isEqualTo("url"))
                            .satisfies(issue -> assertThat(issue.messageKey()).isEqualTo("field.web-url"));
                });
    }

    @Test
    void aMissingOrTooLongAddressIsABadParameter() {
        String atLimit = "https://newsroom.example/articles/42/" + "a".repeat(ArticleLinks.MAX_ADDRESS_LENGTH - 37);
        assertThat(atLimit).hasSize(ArticleLinks.MAX_ADDRESS_LENGTH);
        assertThat(links.articleIdIn(atLimit, "url")).hasValue(42);

        assertThatThrownBy(() -> links.articleIdIn(atLimit + "a", "url"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.fieldIssues().get(0).messageKey())
                        .isEqualTo("field.too-long"));
        assertThatThrownBy(() -> links.articleIdIn(null, "url"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.fieldIssues().get(0).messageKey())
                        .isEqualTo("field.required"));
        assertThatThrownBy(() -> links.articleIdIn(" ", "url")).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aSiteUnderAPathTakesOnlyAddressesUnderIt() {
        ArticleLinks underPath = new ArticleLinks("https://example.org/news");

        assertThat(underPath.articleIdIn("https://example.org/news/articles/7/x", "url")).hasValue(7);
        assertThat(underPath.articleIdIn("https://example.org/articles/7/x", "url")).isEmpty();
        assertThat(underPath.articleIdIn("https://example.org/newsy/articles/7/x", "url")).isEmpty();
    }
}
