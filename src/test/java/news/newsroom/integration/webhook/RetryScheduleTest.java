package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries wait the configured delay, give or take 20%, and stop after the last; events match as documented. */
class RetryScheduleTest {

    @Test
    void eachFailedAttemptWaitsItsDelayGiveOrTakeAFifthThenTheDeliveryIsGivenUp() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)));
        for (int i = 0; i < 200; i++) {
            assertThat(schedule.after(1)).hasValueSatisfying(wait ->
                    assertThat(wait).isBetween(Duration.ofMillis(4_000), Duration.ofMillis(6_000)));
            assertThat(schedule.after(2)).hasValueSatisfying(wait ->
                    assertThat(wait).isBetween(Duration.ofSeconds(240), Duration.ofSeconds(360)));
        }
        assertThat(schedule.after(3)).isEmpty();
        assertThat(java.util.stream.IntStream.range(0, 200).mapToObj(i -> schedule.after(1).orElseThrow()).distinct()
                .count()).as("jittered").isGreaterThan(10);
    }

    @Test
    void eventsMatchByExactNameKindOrEverything() {
        assertThat(WebhookEvents.matches(List.of("article.published"), "article.published")).isTrue();
        assertThat(WebhookEvents.matches(List.of("article.published"), "article.updated")).isFalse();
        assertThat(WebhookEvents.matches(List.of("article.*"), "article.deleted")).isTrue();
        assertThat(WebhookEvents.matches(List.of("author.*"), "article.deleted")).isFalse();
        assertThat(WebhookEvents.matches(List.of("tag.*", "*"), "comment.removed")).isTrue();
        assertThat(WebhookEvents.checked(List.of("article.*", "article.*", "comment.approved")))
                .containsExactly("article.*", "comment.approved");
    }
}
