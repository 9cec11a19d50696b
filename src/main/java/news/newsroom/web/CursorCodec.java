package news.newsroom.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Makes list cursors opaque and tamper-evident: the position is signed with HMAC-SHA256 so a forged or
 * edited cursor is a 400, and a cursor is bound to the list (scope) it was issued for.
 */
@ApplicationScoped
public class CursorCodec {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    private static final int MAX_TOKEN_LENGTH = 512;
    private static final char SEPARATOR = '|';

    private final ServerSecret secret;

    public CursorCodec(ServerSecret secret) {
        this.secret = secret;
    }

    /** A token for a position in the list named by {@code scope} (e.g. {@code articles:newest}). */
    public <P> String encode(String scope, CursorFormat<P> format, P position) {
        String payload = scope + SEPARATOR + String.join(String.valueOf(SEPARATOR), format.write(position));
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(mac(payloadBytes));
    }

    /**
     * The position of a token issued for {@code scope}, or a 400 naming the {@code cursor} parameter when the token
     * was not issued by us, was altered, belongs to another list, or does not hold a position of this format.
     */
    public <P> P decode(String scope, CursorFormat<P> format, String token) {
        return decode(scope, format, token, "cursor");
    }

    /** As {@link #decode(String, CursorFormat, String)}, for a token that came in the query parameter {@code parameter}. */
    public <P> P decode(String scope, CursorFormat<P> format, String token, String parameter) {
        List<String> values = signedValues(scope, token, parameter);
        if (values.size() != format.size()) {
            throw invalid(parameter);
        }
        try {
            return format.read(values);
        } catch (RuntimeException signedButNotThisFormat) {
            throw invalid(parameter);
        }
    }

    private List<String> signedValues(String scope, String token, String parameter) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw invalid(parameter);
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid(parameter);
        }
        byte[] payloadBytes;
        byte[] signature;
        try {
            payloadBytes = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw invalid(parameter);
        }
        if (!MessageDigest.isEqual(mac(payloadBytes), signature)) {
            throw invalid(parameter);
        }
        String payload = new String(payloadBytes, StandardCharsets.UTF_8);
        List<String> parts = Arrays.asList(payload.split("\\" + SEPARATOR, -1));
        if (!parts.get(0).equals(scope)) {
            throw ApiProblem.invalidParameter(parameter, "param.cursor-sort");
        }
        return parts.subList(1, parts.size());
    }

    private static ApiProblem invalid(String parameter) {
        return ApiProblem.invalidParameter(parameter, "param.cursor");
    }

    private byte[] mac(byte[] payload) {
        return Arrays.copyOf(secret.hmac("cursor", payload), MAC_BYTES);
    }
}
