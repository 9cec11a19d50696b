package news.newsroom.article.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import news.newsroom.Timestamps;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved version of an article: who did what, when, and the whole state afterwards. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "changed_fields", nullable = false, length = 500)
    private String changedFields;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "editor_name", nullable = false, length = 120)
    private String editorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private ArticleSnapshot snapshot;

    protected ArticleRevision() {
    }

    public ArticleRevision(Long articleId, int version, String action, String changedFields, Long editorId,
            String editorName, ArticleSnapshot snapshot) {
        this.articleId = articleId;
        this.version = version;
        this.action = action;
        this.changedFields = changedFields;
        this.editorId = editorId;
        this.editorName = editorName;
        this.createdAt = Timestamps.now();
        this.snapshot = snapshot;
    }

    public int getVersion() {
        return version;
    }

    public String getAction() {
        return action;
    }

    public String getChangedFields() {
        return changedFields;
    }

    public Long getEditorId() {
        return editorId;
    }

    public String getEditorName() {
        return editorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ArticleSnapshot getSnapshot() {
        return snapshot;
    }
}
