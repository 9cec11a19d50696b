package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import news.newsroom.web.ApiProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TargetRefusal: every reason is a 422 on url, worded in Arabic and English")
class TargetRefusalTest {

    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TargetRefusal.class)
    void everyReasonHasTextInBothLanguages(TargetRefusal refusal) {
        for (String language : new String[] {"ar", "en"}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages.problems", Locale.forLanguageTag(language), EXACT);
            assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
            assertThat(bundle.getString(refusal.messageKey())).as("%s in %s", refusal, language).isNotBlank();
            assertThat(bundle.getString("webhook-target-refused.title")).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LOOPBACK", "TOO_LONG"})
    void theProblemNamesTheUrlFieldWithTheSameMessage(String name) {
        ApiProblem problem = TargetRefusal.valueOf(name).problem("x");

        assertThat(problem.type().status()).isEqualTo(422);
        assertThat(problem.type().slug()).isEqualTo("webhook-target-refused");
        assertThat(problem.fieldIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.field()).isEqualTo("url");
            assertThat(issue.messageKey()).isEqualTo(problem.detailKey());
            assertThat(issue.args()).containsExactly("x");
        });
    }
}
