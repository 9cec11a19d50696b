package news.newsroom.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import news.newsroom.NewsroomConfig;
import org.jboss.logging.Logger;

/**
 * Makes list cursors opaque and tamper-evident: the position is signed with HMAC-SHA256 so a forged or
 * edited cursor is a 400, and a cursor is bound to the list (scope) it was issued for.
 */
@ApplicationScoped
public class CursorCodec {

    private static final Logger LOG = Logger.getLogger(CursorCodec.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    private static final int MAX_TOKEN_LENGTH = 512;
    private static final char SEPARATOR = '|';

    private final byte[] key;

    public CursorCodec(NewsroomConfig config) {
        this.key = config.signingSecret()
                .filter(secret -> !secret.isBlank())
                .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CursorCodec::randomKey);
    }

    private static byte[] randomKey() {
        LOG.warn("newsroom.signing-secret is not set: list cursors are signed with a random key and will not "
                + "survive a restart or work across nodes. Set NEWSROOM_SIGNING_SECRET in production.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** A token for the given list scope (e.g. {@code articles:newest}) and position values. */
    public String encode(String scope, List<String> position) {
        String payload = scope + SEPARATOR + String.join(String.valueOf(SEPARATOR), position);
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(mac(payloadBytes));
    }

    /**
     * The position values of a token issued for {@code scope}, or a 400 naming the {@code cursor} parameter
     * when the token was not issued by us, was altered, or belongs to another list.
     */
    public List<String> decode(String scope, String token, int expectedValues) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] payloadBytes;
        byte[] signature;
        try {
            payloadBytes = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(payloadBytes), signature)) {
            throw invalid();
        }
        String payload = new String(payloadBytes, StandardCharsets.UTF_8);
        List<String> parts = Arrays.asList(payload.split("\\" + SEPARATOR, -1));
        if (!parts.get(0).equals(scope)) {
            throw ApiProblem.invalidParameter("cursor", "param.cursor-sort");
        }
        if (parts.size() != expectedValues + 1) {
            throw invalid();
        }
        return parts.subList(1, parts.size());
    }

    private static ApiProblem invalid() {
        return ApiProblem.invalidParameter("cursor", "param.cursor");
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
