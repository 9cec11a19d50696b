package news.newsroom.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import news.newsroom.web.ApiProblem;

/**
 * Integrator keys: 32 random bytes behind a readable {@code nrk_} prefix. With that much entropy a plain
 * SHA-256 is the right hash (a slow password hash would only slow every request down).
 */
@ApplicationScoped
public class ApiKeyService {

    private static final String PREFIX = "nrk_";

    private final ApiKeyRepository keys;
    private final ApiKeyQuota quota;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyService(ApiKeyRepository keys, ApiKeyQuota quota) {
        this.keys = keys;
        this.quota = quota;
    }

    @Transactional
    public ApiKeyView create(ApiKeyInput input, Caller admin) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey(input.name().strip(), plain.substring(0, 8), hash(plain), admin.id(), input.quota());
        keys.persist(key);
        return view(key, plain);
    }

    public List<ApiKeyView> list() {
        return keys.findNewestFirst().stream().map(key -> view(key, null)).toList();
    }

    @Transactional
    public ApiKeyView revoke(long id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("not-found.api-key", id));
        key.revoke();
        return view(key, null);
    }

    private ApiKeyView view(ApiKey key, String plain) {
        return ApiKeyView.of(key, plain, quota.limitOf(key));
    }

    /** The active key with this value, if any. */
    public Optional<ApiKey> findActive(String plain) {
        if (plain == null || plain.length() > 200) {
            return Optional.empty();
        }
        return keys.findActiveByHash(hash(plain));
    }

    static String hash(String plain) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
