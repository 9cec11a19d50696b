package news.newsroom.integration.webhook;

import java.time.Instant;

/**
 * A delivery this node has taken to attempt now, with what sending it needs: its subscription's URL and sealed
 * secrets.
 *
 * @param attempts the attempts made so far, this one included
 * @param ping     a ping: attempted once, never retried, and no sign of a failing subscriber
 */
public record DeliveryClaim(long id, long subscriptionId, String messageId, String type, String body, int attempts,
        boolean ping, String url, String secret, String previousSecret, Instant previousSecretUntil) {
}
