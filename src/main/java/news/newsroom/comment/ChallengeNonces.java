package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * The nonces of challenges already answered, in PostgreSQL so that every node sees them. A nonce is claimed in a
 * transaction of its own, committed before the answer is judged: a wrong answer, or a comment refused later,
 * still uses the challenge up, so a script cannot try the answers one by one on a single token.
 */
@ApplicationScoped
public class ChallengeNonces {

    private final EntityManager em;

    public ChallengeNonces(EntityManager em) {
        this.em = em;
    }

    /** True for the one caller that claims {@code nonce} first; the unique key decides between parallel ones. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(String nonce, Instant expiresAt) {
        return em.createNativeQuery("""
                insert into used_challenge (nonce, expires_at) values (:nonce, :expires)
                on conflict (nonce) do nothing
                """).setParameter("nonce", nonce).setParameter("expires", expiresAt).executeUpdate() == 1;
    }
}
