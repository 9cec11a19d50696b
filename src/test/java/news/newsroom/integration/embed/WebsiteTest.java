package news.newsroom.integration.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteTest {

    private final Website website = new Website("https://newsroom.example/");

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
        assertThat(website.articleIdIn(address, "url")).hasValue(42);
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
        assertThat(website.articleIdIn(address, "url")).isEqualTo(OptionalLong.empty());
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
        assertThatThrownBy(() -> website.articleIdIn(address, "url"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
                    assertThat(problem.fieldIssues()).singleElement()
                            .satisfies(issue -> assertThat(issue.field()).isEqualTo("url"))
                            .satisfies(issue -> assertThat(issue.messageKey()).isEqualTo("field.web-url"));
                });
    }

    @Test
    void aMissingOrTooLongAddressIsABadParameter() {
        String atLimit = "https://newsroom.example/articles/42/" + "a".repeat(Website.MAX_ADDRESS_LENGTH - 37);
        assertThat(atLimit).hasSize(Website.MAX_ADDRESS_LENGTH);
        assertThat(website.articleIdIn(atLimit, "url")).hasValue(42);

        assertThatThrownBy(() -> website.articleIdIn(atLimit + "a", "url"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.fieldIssues().get(0).messageKey())
                        .isEqualTo("field.too-long"));
        assertThatThrownBy(() -> website.articleIdIn(null, "url"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.fieldIssues().get(0).messageKey())
                        .isEqualTo("field.required"));
        assertThatThrownBy(() -> website.articleIdIn(" ", "url")).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aSiteUnderAPathTakesOnlyAddressesUnderIt() {
        Website underPath = new Website("https://example.org/news");

        assertThat(underPath.articleIdIn("https://example.org/news/articles/7/x", "url")).hasValue(7);
        assertThat(underPath.articleIdIn("https://example.org/articles/7/x", "url")).isEmpty();
        assertThat(underPath.articleIdIn("https://example.org/newsy/articles/7/x", "url")).isEmpty();
    }

    @Test
    void pagesOfSectionsAuthorsAndTagsCarryTheirSlugsPercentEncoded() {
        assertThat(website.home()).isEqualTo("https://newsroom.example");
        assertThat(website.sectionPage("economy")).isEqualTo("https://newsroom.example/sections/economy");
        assertThat(website.authorPage("lina-khoury")).isEqualTo("https://newsroom.example/authors/lina-khoury");
        assertThat(website.tagPage("الطاقة-الشمسية"))
                .isEqualTo("https://newsroom.example/tags/%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9");
    }
}
