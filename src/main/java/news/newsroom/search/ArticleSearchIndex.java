package news.newsroom.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import news.newsroom.article.body.BlockRenderer;
import news.newsroom.content.ContentChanged;
import news.newsroom.text.Words;
import news.newsroom.article.Article;

/**
 * Keeps an article's search columns, and the plain-text body highlights are cut from, in step with its text.
 * Follows every article created or updated (the changes that can alter the title, subtitle, excerpt or body),
 * inside that write's transaction, so a search never sees a half-saved article.
 * Status changes need no re-indexing: searches only look at published rows, and the status is in the same row.
 * Table article_title_terms, which the title levels read, copies the status, publication time and title lexemes
 * from article's row; a trigger (migration V11) writes it with every insert and every update of those columns.
 */
@ApplicationScoped
public class ArticleSearchIndex {

    static final String UPDATE = """
            update article set search_headline = cast(:headline as tsvector),
                               search_document = cast(:document as tsvector),
                               search_title = :title
            where id = :id""";

    static final String WRITE_BODY_TEXT = """
            insert into article_body_text (article_id, body_text) values (:id, :body)
            on conflict (article_id) do update set body_text = excluded.body_text""";

    private final EntityManager entityManager;

    public ArticleSearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** In the write's transaction (a plain observer): a rolled-back write leaves the columns as they were. */
    void followText(@Observes ContentChanged change) {
        if (change.entity() == ContentChanged.Entity.ARTICLE
                && (change.kind() == ContentChanged.Kind.CREATED || change.kind() == ContentChanged.Kind.UPDATED)) {
            // The statements below are native: the article's row must be written before they run.
            entityManager.flush();
            index(entityManager.find(Article.class, change.id()));
        }
    }

    /** Re-indexes a saved (flushed) article. */
    public void index(Article article) {
        String body = BlockRenderer.plainText(article.getBlocks());
        SearchDocument document = SearchDocument.of(article.getTitle(), article.getSubtitle(), article.getExcerpt(),
                body);
        entityManager.createNativeQuery(UPDATE)
                .setParameter("headline", document.headline())
                .setParameter("document", document.full())
                .setParameter("title", foldedTitle(article.getTitle()))
                .setParameter("id", article.getId())
                .executeUpdate();
        entityManager.createNativeQuery(WRITE_BODY_TEXT)
                .setParameter("id", article.getId())
                .setParameter("body", body)
                .executeUpdate();
    }

    /** The title as suggestions match it: folded words, one space apart. */
    public static String foldedTitle(String title) {
        return String.join(" ", Words.folded(title));
    }
}
