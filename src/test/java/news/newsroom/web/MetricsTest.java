package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Metrics are tagged by route, so probing random paths cannot grow the set of series; and outside dev and test
 * only a scraper holding {@code newsroom.http.metrics-token} reads them.
 */
@QuarkusTest
class MetricsTest {

    private static final Pattern URI_TAG = Pattern.compile("uri=\"([^\"]*)\"");

    @Test
    void fiftyRandomPathsAddNoUriTag() {
        probeRandomPaths(4);
        Set<String> before = uriTags();

        probeRandomPaths(50);

        Set<String> after = uriTags();
        assertThat(after).isEqualTo(before);
        assertThat(after).noneMatch(tag -> tag.contains("probe-"));
    }

    @Test
    void withATokenOnlyTheScraperHoldingItReadsMetrics() {
        MetricsAccess access = new MetricsAccess(Optional.of("scraper-secret"), false, "https://newsroom.example",
                new ObjectMapper());

        assertThat(access.judge("Bearer scraper-secret")).isEqualTo(MetricsAccess.Verdict.ALLOWED);
        assertThat(access.judge("bearer scraper-secret")).isEqualTo(MetricsAccess.Verdict.ALLOWED);
        assertThat(access.judge("Bearer another")).isEqualTo(MetricsAccess.Verdict.UNAUTHORIZED);
        assertThat(access.judge("Basic c2NyYXBlcjpzY3JhcGVyLXNlY3JldA==")).isEqualTo(MetricsAccess.Verdict.UNAUTHORIZED);
        assertThat(access.judge(null)).isEqualTo(MetricsAccess.Verdict.UNAUTHORIZED);
    }

    @Test
    void inProductionWithoutATokenMetricsAreNotServed() {
        MetricsAccess production = new MetricsAccess(Optional.empty(), false, "https://newsroom.example", new ObjectMapper());
        MetricsAccess development = new MetricsAccess(Optional.empty(), true, "https://newsroom.example", new ObjectMapper());

        assertThat(production.judge(null)).isEqualTo(MetricsAccess.Verdict.HIDDEN);
        assertThat(production.judge("Bearer anything")).isEqualTo(MetricsAccess.Verdict.HIDDEN);
        assertThat(development.judge(null)).isEqualTo(MetricsAccess.Verdict.ALLOWED);
    }

    /** Unknown paths, a method a path does not take (405), and paths under /q and /feeds. */
    private static void probeRandomPaths(int count) {
        for (int i = 0; i < count; i++) {
            String random = "probe-" + UUID.randomUUID();
            switch (i % 5) {
                case 0 -> given().when().get("/api/v1/" + random);
                case 1 -> given().when().delete("/api/v1/articles/by-slug/" + random);
                case 2 -> given().when().get("/q/" + random);
                case 3 -> given().when().put("/feeds/" + random);
                default -> given().when().get("/" + random + "/" + i);
            }
        }
    }

    private static Set<String> uriTags() {
        String metrics = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> tags = new TreeSet<>();
        Matcher matcher = URI_TAG.matcher(metrics);
        while (matcher.find()) {
            tags.add(matcher.group(1));
        }
        return tags;
    }
}
