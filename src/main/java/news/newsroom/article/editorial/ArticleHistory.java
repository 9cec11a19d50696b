package news.newsroom.article.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import news.newsroom.article.Article;

/**
 * Every saved change of an article as a revision: who, when, which fields, and the whole article after it, so
 * editors can see how a story changed. Articles imported without a history get one starting from the state found.
 */
@ApplicationScoped
public class ArticleHistory {

    private static final String SYSTEM = "النظام";

    private final ArticleRevisionRepository revisions;

    public ArticleHistory(ArticleRevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** Before a change: the article's history starts with the state found, if it has none yet (imports). */
    public void recordBaseline(Article article) {
        if (revisions.findLatest(article.getId()).isEmpty()) {
            record(article, "created", null, SYSTEM);
        }
    }

    /** After a saved (flushed) change: the article's new version, and what differs from the last revision. */
    public void record(Article article, String action, Long editorId, String editorName) {
        ArticleSnapshot snapshot = ArticleSnapshot.of(article);
        ArticleSnapshot before = revisions.findLatest(article.getId()).map(ArticleRevision::getSnapshot).orElse(null);
        revisions.persist(new ArticleRevision(article.getId(), article.getVersion(), action,
                String.join(",", snapshot.changedSince(before)), editorId, editorName, snapshot));
    }

    public List<RevisionView> newestFirst(long articleId) {
        return revisions.findByArticleNewestFirst(articleId).stream().map(revision -> RevisionView.of(revision, false))
                .toList();
    }

    public Optional<RevisionView> version(long articleId, int version) {
        return revisions.findByArticleAndVersion(articleId, version).map(revision -> RevisionView.of(revision, true));
    }
}
