package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.ArticleRepository;
import news.newsroom.content.ContentChanged;
import news.newsroom.web.ApiProblem;

/** Readers reporting comments: enough reports from different readers send a comment back to the queue. */
@ApplicationScoped
public class CommentReports {

    private final Event<ContentChanged> changes;
    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final ModerationLog log;
    private final NewsroomConfig.Comments settings;

    public CommentReports(CommentRepository comments, ArticleRepository articles, ModerationLog log,
            NewsroomConfig config, Event<ContentChanged> changes) {
        this.comments = comments;
        this.articles = articles;
        this.log = log;
        this.settings = config.comments();
        this.changes = changes;
    }

    /**
     * One reader's report; enough reports from different readers send the comment back to the queue, once: the
     * comment's row stays locked from the status read to the count's change, so concurrent reports take turns.
     */
    @Transactional
    public void report(long commentId, String reason, String clientHash) {
        Comment comment = comments.findForChange(commentId)
                .filter(found -> found.getStatus() == CommentStatus.APPROVED || found.getStatus() == CommentStatus.REPORTED)
                .filter(found -> articles.findPublishedById(found.getArticleId()).isPresent())
                .orElseThrow(() -> ApiProblem.notFound("not-found.comment", commentId));
        if (!comments.addReport(commentId, reason.strip(), clientHash)) {
            return;
        }
        if (comment.getStatus() == CommentStatus.APPROVED && comments.reportCount(commentId) >= settings.reportsToRequeue()) {
            comment.moveTo(CommentStatus.REPORTED);
            comments.adjustArticleCount(comment.getArticleId(), -1);
            changes.fire(ContentChanged.comment(commentId, comment.getArticleId(), ContentChanged.Kind.HIDDEN));
            log.record(null, "requeued-by-reports", comment.getId(), comment.getArticleId(),
                    CommentStatus.APPROVED, CommentStatus.REPORTED, reason.strip());
        }
    }
}
