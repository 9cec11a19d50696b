package news.newsroom.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import news.newsroom.web.ServerSecret;

/**
 * Makes and keeps subscriptions' signing secrets. A secret is {@code whsec_} and 24 random bytes in base64, as the
 * Standard Webhooks libraries read it; it is stored sealed with AES-GCM under a key derived from
 * {@code newsroom.signing-secret}, so a copy of the database alone does not let anyone sign webhooks.
 */
@ApplicationScoped
public class SecretBox {

    static final String PREFIX = "whsec_";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(ServerSecret serverSecret) {
        this.key = new SecretKeySpec(serverSecret.hmac("webhook-secrets", new byte[0]), "AES");
    }

    /** A new signing secret, in the clear. */
    public String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    public String seal(String secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    /**
     * The secret in the clear.
     *
     * @throws IllegalStateException when it was sealed under another {@code newsroom.signing-secret}
     */
    public String open(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(Arrays.copyOfRange(bytes, IV_BYTES, bytes.length)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The webhook secret cannot be read: newsroom.signing-secret has changed "
                    + "since it was made; rotate the subscription's secret");
        }
    }
}
