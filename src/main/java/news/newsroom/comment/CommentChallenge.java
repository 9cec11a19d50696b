package news.newsroom.comment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import news.newsroom.Timestamps;
import news.newsroom.text.ArabicText;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ServerSecret;

/**
 * The arithmetic question that guards the comment form («اكتب ناتج 2 + 9»). The token carries a nonce, its
 * expiry and an HMAC over both and the answer, so the server keeps no session and the answer is not in the
 * token; its nonce is recorded when it is answered, rightly or not, so a token is answered once.
 */
@ApplicationScoped
public class CommentChallenge {

    /** What a client gets: the token to send back, the question to show, and when it expires. */
    public record Issued(String token, String question, Instant expiresAt) {
    }

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final ServerSecret secret;
    private final EntityManager em;
    private final ChallengeNonces nonces;
    private final SecureRandom random = new SecureRandom();

    public CommentChallenge(ServerSecret secret, EntityManager em, ChallengeNonces nonces) {
        this.secret = secret;
        this.em = em;
        this.nonces = nonces;
    }

    public Issued issue() {
        return issueAt(Timestamps.now());
    }

    /** A challenge as if issued at {@code now} (tests issue one in the past to see it expire). */
    Issued issueAt(Instant now) {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        byte[] nonceBytes = new byte[12];
        random.nextBytes(nonceBytes);
        String nonce = ENCODER.encodeToString(nonceBytes);
        Instant expiresAt = now.plus(LIFETIME).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String payload = nonce + "." + expiresAt.getEpochSecond();
        return new Issued(payload + "." + mac(payload, a + b), "اكتب ناتج " + a + " + " + b, expiresAt);
    }

    /**
     * Uses the token up and checks the answer (ASCII or Arabic-Indic digits); 400 naming the field for a wrong
     * answer, or an expired, forged or already answered token. A wrong answer uses the token up too.
     */
    public void redeem(String token, String answer) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            throw invalid("challengeToken", "challenge.forged");
        }
        long expiry;
        try {
            expiry = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw invalid("challengeToken", "challenge.forged");
        }
        Integer given = parse(answer);
        String payload = parts[0] + "." + parts[1];
        boolean signedForSomeAnswer = false;
        // The answer is not in the token: a token is genuine when its MAC matches some answer 2..18.
        for (int candidate = 2; candidate <= 18 && !signedForSomeAnswer; candidate++) {
            signedForSomeAnswer = MessageDigest.isEqual(mac(payload, candidate).getBytes(StandardCharsets.US_ASCII),
                    parts[2].getBytes(StandardCharsets.US_ASCII));
        }
        if (!signedForSomeAnswer) {
            throw invalid("challengeToken", "challenge.forged");
        }
        if (Instant.ofEpochSecond(expiry).isBefore(Instant.now())) {
            throw invalid("challengeToken", "challenge.expired");
        }
        if (!nonces.claim(parts[0], Instant.ofEpochSecond(expiry))) {
            throw invalid("challengeToken", "challenge.used");
        }
        if (given == null || !MessageDigest.isEqual(mac(payload, given).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw invalid("challengeAnswer", "challenge.wrong");
        }
    }

    /** Forgets used tokens that have expired anyway (they would be refused as expired). */
    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredHourly() {
        forgetExpired();
    }

    @Transactional
    public int forgetExpired() {
        return em.createNativeQuery("delete from used_challenge where expires_at < now()").executeUpdate();
    }

    private String mac(String payload, int answer) {
        return ENCODER.encodeToString(secret.hmac("comment-challenge", (payload + "=" + answer).getBytes(StandardCharsets.UTF_8)))
                .substring(0, 22);
    }

    private static Integer parse(String answer) {
        if (answer == null) {
            return null;
        }
        String digits = ArabicText.normalize(answer.strip());
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ApiProblem invalid(String field, String key) {
        return ApiProblem.invalidField(field, key);
    }
}
