package news.newsroom.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import news.newsroom.NewsroomConfig;
import org.jboss.logging.Logger;

/**
 * The server's signing secret ({@code newsroom.signing-secret}), used for HMACs: list cursors, comment
 * challenges, and the keyed hashes that stand in for client addresses. Each use names its purpose, so a MAC
 * made for one can never pass for another.
 */
@ApplicationScoped
public class ServerSecret {

    private static final Logger LOG = Logger.getLogger(ServerSecret.class);

    private final byte[] key;

    public ServerSecret(NewsroomConfig config) {
        this.key = config.signingSecret()
                .filter(secret -> !secret.isBlank())
                .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                .orElseGet(ServerSecret::randomKey);
    }

    private static byte[] randomKey() {
        LOG.warn("newsroom.signing-secret is not set: cursors and comment challenges are signed, and webhook "
                + "secrets encrypted, with a random key that will not survive a restart or work across nodes (webhook "
                + "subscriptions then need their secrets rotated). Set NEWSROOM_SIGNING_SECRET in production.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** HMAC-SHA256 of {@code data} for {@code purpose}. */
    public byte[] hmac(String purpose, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
