package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import news.newsroom.SqlRow;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * Idempotency-Keys of comment posts, claimed in PostgreSQL with {@code INSERT ... ON CONFLICT}. The claim is the
 * first write of the post's transaction, so a concurrent post with the same key waits on the unique index until
 * the first commits (then replays it) or rolls back (then claims the key itself). Shared by every node.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager em;
    private final CommentRepository comments;

    public IdempotencyKeys(EntityManager em, CommentRepository comments) {
        this.em = em;
        this.comments = comments;
    }

    /**
     * Claims the client's key for this request: empty when the key is new (the caller writes the comment and
     * {@link #settle}s it), the stored comment when the same request was posted before, and 422 when the key was
     * used for a different request (another article or other fields).
     */
    public Optional<Comment> claim(String clientHash, String key, String requestHash) {
        // A second round only when the earlier comment (and its claim with it) was deleted between statements.
        for (int round = 0; round < 2; round++) {
            int claimed = em.createNativeQuery("""
                    insert into comment_idempotency (client_hash, idempotency_key, request_hash)
                    values (:client, :key, :request) on conflict (client_hash, idempotency_key) do nothing
                    """).setParameter("client", clientHash).setParameter("key", key).setParameter("request", requestHash)
                    .executeUpdate();
            if (claimed == 1) {
                return Optional.empty();
            }
            List<SqlRow> rows = SqlRow.all(em.createNativeQuery("""
                    select request_hash, comment_id from comment_idempotency
                    where client_hash = :client and idempotency_key = :key
                    """, Tuple.class).setParameter("client", clientHash).setParameter("key", key));
            if (rows.isEmpty()) {
                continue;
            }
            String earlierRequest = rows.get(0).text("request_hash");
            if (earlierRequest != null && !earlierRequest.equals(requestHash)) {
                throw ApiProblem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency-key-reused.detail");
            }
            Long commentId = rows.get(0).longOrNull("comment_id");
            Optional<Comment> earlier = commentId == null ? Optional.empty() : comments.findByIdOptional(commentId);
            if (earlier.isPresent()) {
                return earlier;
            }
        }
        throw new IllegalStateException("Idempotency-Key neither free nor tied to a comment");
    }

    /** Ties the claimed key to the comment written for it, in the same transaction as the claim. */
    public void settle(String clientHash, String key, long commentId) {
        em.createNativeQuery("""
                update comment_idempotency set comment_id = :comment where client_hash = :client and idempotency_key = :key
                """).setParameter("comment", commentId).setParameter("client", clientHash).setParameter("key", key)
                .executeUpdate();
    }

    /** What a post asked for, apart from its challenge (a retry may carry a fresh one): article and fields. */
    public static String requestHash(long articleId, CommentInput input) {
        String request = String.join("\u0000", String.valueOf(articleId), Objects.toString(input.parentId(), ""),
                Objects.toString(input.authorName(), ""), Objects.toString(input.authorEmail(), ""),
                Objects.toString(input.body(), ""), Objects.toString(input.website(), ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
