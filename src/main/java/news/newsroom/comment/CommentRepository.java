package news.newsroom.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.web.TimePosition;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /** Approved top-level comments of an article, one page, oldest or newest first. */
    public List<Comment> findApprovedThreads(long articleId, boolean newest, TimePosition after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("article", articleId);
        params.put("approved", CommentStatus.APPROVED);
        StringBuilder jpql = new StringBuilder(
                "from Comment c where c.articleId = :article and c.status = :approved and c.parentId is null");
        if (after != null) {
            jpql.append(" and ").append(after.after("c.createdAt", "c.id", newest, params));
        }
        String direction = newest ? "desc" : "asc";
        jpql.append(" order by c.createdAt ").append(direction).append(", c.id ").append(direction);
        return find(jpql.toString(), params).range(0, limit - 1).list();
    }

    /** Approved replies to the given threads, oldest first. */
    public List<Comment> findApprovedReplies(List<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return list("parentId in ?1 and status = ?2 order by createdAt, id", threadIds, CommentStatus.APPROVED);
    }

    public long countApproved(long articleId) {
        return count("articleId = ?1 and status = ?2", articleId, CommentStatus.APPROVED);
    }

    public long countFromClientSince(String clientHash, Instant since) {
        return count("clientHash = ?1 and createdAt >= ?2", clientHash, since);
    }

    public boolean clientWasRejected(String clientHash) {
        return count("clientHash = ?1 and status in ?2", clientHash,
                List.of(CommentStatus.REJECTED, CommentStatus.SPAM)) > 0;
    }

    /**
     * The comment, its row locked until the transaction ends: its status is read and changed, and the article's
     * count moved, by one transaction at a time.
     */
    public Optional<Comment> findForChange(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The comments with these ids, locked in id order (so two bulk changes cannot deadlock), by id. */
    public Map<Long, Comment> findAllForChange(Collection<Long> ids) {
        Map<Long, Comment> found = new HashMap<>();
        find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .forEach(comment -> found.put(comment.getId(), comment));
        return found;
    }

    /** Moves the article's approved-comment count by {@code delta} and marks the article changed. */
    public void adjustArticleCount(long articleId, int delta) {
        if (delta == 0) {
            return;
        }
        getEntityManager().createNativeQuery(
                "update article set comment_count = comment_count + :delta, updated_at = now() where id = :id")
                .setParameter("delta", delta).setParameter("id", articleId).executeUpdate();
    }

    /** Records one reader's report; false when this client reported the comment before. */
    public boolean addReport(long commentId, String reason, String clientHash) {
        int inserted = getEntityManager().createNativeQuery("""
                insert into comment_report (comment_id, reason, client_hash) values (:comment, :reason, :client)
                on conflict (comment_id, client_hash) do nothing
                """).setParameter("comment", commentId).setParameter("reason", reason).setParameter("client", clientHash)
                .executeUpdate();
        if (inserted > 0) {
            getEntityManager().createNativeQuery("update comment set report_count = report_count + 1 where id = :id")
                    .setParameter("id", commentId).executeUpdate();
        }
        return inserted > 0;
    }

    public int reportCount(long commentId) {
        return ((Number) getEntityManager().createNativeQuery("select report_count from comment where id = :id")
                .setParameter("id", commentId).getSingleResult()).intValue();
    }

    /** The moderation queue: newest first, filtered; keyset-paged. */
    public List<Comment> findForModeration(List<CommentStatus> statuses, Long articleId, Instant from, Instant to,
            TimePosition after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Comment c where c.status in :statuses");
        params.put("statuses", statuses);
        if (articleId != null) {
            jpql.append(" and c.articleId = :article");
            params.put("article", articleId);
        }
        if (from != null) {
            jpql.append(" and c.createdAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            jpql.append(" and c.createdAt < :to");
            params.put("to", to);
        }
        if (after != null) {
            jpql.append(" and ").append(after.after("c.createdAt", "c.id", true, params));
        }
        jpql.append(" order by c.createdAt desc, c.id desc");
        return find(jpql.toString(), params).range(0, limit - 1).list();
    }
}
