package news.newsroom.integration.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs a delivery as the Standard Webhooks specification says, with its reference library: {@code webhook-id},
 * {@code webhook-timestamp} (the attempt's, in seconds) and {@code webhook-signature}, {@code v1,} and the base64
 * HMAC-SHA256 of {@code id.timestamp.body}. During a rotation's overlap both secrets sign, separated by a space, so
 * the receiver's check passes with either.
 */
@ApplicationScoped
public class WebhookSigner {

    private final SecretBox secrets;

    public WebhookSigner(SecretBox secrets) {
        this.secrets = secrets;
    }

    public Map<String, String> headers(DeliveryClaim delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        StringBuilder signature = new StringBuilder(sign(secrets.open(delivery.secret()), delivery, timestamp));
        if (delivery.previousSecret() != null && delivery.previousSecretUntil() != null
                && now.isBefore(delivery.previousSecretUntil())) {
            signature.append(' ').append(sign(secrets.open(delivery.previousSecret()), delivery, timestamp));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", delivery.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signature.toString());
        return headers;
    }

    private static String sign(String secret, DeliveryClaim delivery, long timestamp) {
        try {
            return new Webhook(secret).sign(delivery.messageId(), timestamp, delivery.body());
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
