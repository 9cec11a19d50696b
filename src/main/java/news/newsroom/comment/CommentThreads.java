package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleRepository;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.PageRequest;
import news.newsroom.web.TimePosition;
import news.newsroom.web.Versioned;

/** What readers see of the comments of a published article: approved threads of two levels, a page at a time. */
@ApplicationScoped
public class CommentThreads {

    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final CursorCodec cursors;

    public CommentThreads(CommentRepository comments, ArticleRepository articles, CursorCodec cursors) {
        this.comments = comments;
        this.articles = articles;
        this.cursors = cursors;
    }

    /** Approved comments as threads (two levels), a page of threads at a time. */
    public Versioned<CommentPage> list(long articleId, boolean newest, PageRequest page) {
        Article article = articles.findPublishedById(articleId)
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
        String scope = "comments:" + articleId + ":" + (newest ? "newest" : "oldest");
        TimePosition after = page.cursor().map(token -> cursors.decode(scope, TimePosition.FORMAT, token)).orElse(null);
        List<Comment> threads = comments.findApprovedThreads(articleId, newest, after, page.limit() + 1);
        boolean more = threads.size() > page.limit();
        List<Comment> shown = more ? threads.subList(0, page.limit()) : threads;
        Map<Long, List<CommentView>> replies = new HashMap<>();
        for (Comment reply : comments.findApprovedReplies(shown.stream().map(Comment::getId).toList())) {
            replies.computeIfAbsent(reply.getParentId(), id -> new ArrayList<>()).add(CommentView.of(reply, null));
        }
        List<CommentView> items = shown.stream()
                .map(thread -> CommentView.of(thread, replies.getOrDefault(thread.getId(), List.of())))
                .toList();
        String next = null;
        if (more) {
            Comment last = shown.get(shown.size() - 1);
            next = cursors.encode(scope, TimePosition.FORMAT, new TimePosition(last.getCreatedAt(), last.getId()));
        }
        // Every change to the approved comments moves the article's comment count and its updated_at.
        return new Versioned<>(new CommentPage(items, comments.countApproved(articleId), page.limit(), next),
                article.getUpdatedAt());
    }
}
