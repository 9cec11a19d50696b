package news.newsroom.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import news.newsroom.Timestamps;

/** A reader's comment on an article. The body is plain text: markup in it is text, never rendered. */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_name", nullable = false, length = 80)
    private String authorName;

    @Column(name = "author_email", length = 254)
    private String authorEmail;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(nullable = false, length = 10)
    private CommentStatus status;

    @Column(name = "hold_reasons", nullable = false, length = 1000)
    private String holdReasons = "";

    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    /** Counted in SQL as reports arrive; never written back from a possibly older copy in memory. */
    @Column(name = "report_count", nullable = false, insertable = false, updatable = false)
    private int reportCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Comment() {
    }

    public Comment(Long articleId, Long parentId, String authorName, String authorEmail, String body,
            CommentStatus status, List<String> holdReasons, String clientHash, String idempotencyKey) {
        this.articleId = articleId;
        this.parentId = parentId;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.body = body;
        this.status = status;
        this.holdReasons = String.join("\n", holdReasons);
        this.clientHash = clientHash;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    public void moveTo(CommentStatus newStatus) {
        this.status = newStatus;
        this.updatedAt = Timestamps.now();
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public List<String> getHoldReasons() {
        return holdReasons == null || holdReasons.isEmpty() ? List.of() : Arrays.asList(holdReasons.split("\n"));
    }

    public String getClientHash() {
        return clientHash;
    }

    public int getReportCount() {
        return reportCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
