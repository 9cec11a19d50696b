package news.newsroom.integration.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again ({@code newsroom.webhooks.retry-delays}): after the n-th failed attempt,
 * the n-th delay, made 20% shorter or longer at random so that deliveries which failed together (a receiver that
 * was down) do not all come back at the same moment; after the last delay's attempt, never.
 */
public record RetrySchedule(List<Duration> delays) {

    private static final double JITTER = 0.2;

    /** The wait before the next attempt, after {@code attempts} failed ones; empty when the delivery is given up. */
    public Optional<Duration> after(int attempts) {
        if (attempts < 1 || attempts > delays.size()) {
            return Optional.empty();
        }
        double factor = 1 + JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.round(delays.get(attempts - 1).toMillis() * factor)));
    }
}
