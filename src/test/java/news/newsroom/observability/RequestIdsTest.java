package news.newsroom.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which request ids sent by a client are kept, and which are replaced. */
class RequestIdsTest {

    @Test
    void aSaneIdIsKept() {
        assertThat(RequestIds.idFor("edge-7f3a.01_b")).isEqualTo("edge-7f3a.01_b");
        assertThat(RequestIds.idFor("a".repeat(128))).hasSize(128);
    }

    @Test
    void aMissingLongOrStrangeIdIsReplacedByAUuid() {
        for (String sent : new String[] {null, "", "a".repeat(129), "two words", "line\nbreak", "x\"y", "<id>", "رقم"}) {
            assertThat(RequestIds.idFor(sent)).as(String.valueOf(sent))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }

    @Test
    void refusalsAreNamedByTheLimitTheirRouteHas() {
        assertThat(Refusals.limitOf("/api/v1/auth/token", 429)).isEqualTo("sign-in");
        assertThat(Refusals.limitOf("/api/v1/articles/4/comments", 429)).isEqualTo("comments");
        assertThat(Refusals.limitOf("/api/v1/articles", 429)).isEqualTo("api-key");
        assertThat(Refusals.limitOf("/api/v1/articles", 503)).isEqualTo("none");
    }
}
