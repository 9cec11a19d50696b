package news.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import news.newsroom.Timestamps;

/** A slug an article used to have: old links keep working with a 301 to the current one. */
@Entity
@Table(name = "article_slug_history")
public class ArticleSlug {

    @Id
    @Column(length = 200)
    private String slug;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected ArticleSlug() {
    }

    public ArticleSlug(String slug, Long articleId) {
        this.slug = slug;
        this.articleId = articleId;
        this.retiredAt = Timestamps.now();
    }

    public String getSlug() {
        return slug;
    }

    public Long getArticleId() {
        return articleId;
    }
}
