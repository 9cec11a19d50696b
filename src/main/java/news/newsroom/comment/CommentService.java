package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.NewsroomConfig;
import news.newsroom.cache.ResponseCache;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleRepository;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.PageRequest;
import news.newsroom.web.ProblemType;
import news.newsroom.web.Versioned;

/** Readers' side of comments: posting (with the challenge and the moderation policy), reading, reporting. */
@ApplicationScoped
public class CommentService {

    /** A posted comment, and whether it is a replay of an earlier post with the same Idempotency-Key. */
    public record Posted(CommentView comment, boolean replayed) {
    }

    private final ResponseCache responseCache;
    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final CommentChallenge challenge;
    private final ModerationPolicy policy;
    private final ModerationLog log;
    private final CursorCodec cursors;
    private final NewsroomConfig.Comments settings;

    public CommentService(CommentRepository comments, ArticleRepository articles, CommentChallenge challenge,
            ModerationPolicy policy, ModerationLog log, CursorCodec cursors, NewsroomConfig config,
            ResponseCache responseCache) {
        this.comments = comments;
        this.articles = articles;
        this.challenge = challenge;
        this.policy = policy;
        this.log = log;
        this.cursors = cursors;
        this.settings = config.comments();
        this.responseCache = responseCache;
    }

    @Transactional
    public Posted post(long articleId, CommentInput input, String clientHash, String idempotencyKey) {
        Article article = commentable(articleId);
        if (idempotencyKey != null) {
            Optional<Comment> earlier = comments.findByIdempotencyKey(clientHash, idempotencyKey);
            if (earlier.isPresent()) {
                return new Posted(CommentView.of(earlier.get(), null), true);
            }
        }
        String name = input.authorName();
        String body = input.body();
        Long threadId = input.parentId() == null ? null : thread(input.parentId(), articleId);
        challenge.redeem(input.challengeToken(), input.challengeAnswer());
        ModerationPolicy.Decision decision = input.website() != null && !input.website().isBlank()
                ? ModerationPolicy.Decision.spam("honeypot")
                : policy.decide(article, body + " " + name, clientHash);
        String email = input.authorEmail() == null || input.authorEmail().isBlank() ? null : input.authorEmail().strip();
        Comment comment = new Comment(articleId, threadId, name, email, body, decision.status(), decision.reasons(),
                clientHash, idempotencyKey);
        comments.persist(comment);
        if (decision.status() == CommentStatus.APPROVED) {
            comments.adjustArticleCount(articleId, 1);
            responseCache.changed(SurrogateKeys.commentsChanged(articleId));
        }
        return new Posted(CommentView.of(comment, null), false);
    }

    /** Approved comments as threads (two levels), a page of threads at a time. */
    public Versioned<CommentPage> list(long articleId, boolean newest, PageRequest page) {
        Article article = articles.findPublishedById(articleId)
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
        String scope = "comments:" + articleId + ":" + (newest ? "newest" : "oldest");
        CommentRepository.Position after = page.cursor().map(token -> position(scope, token)).orElse(null);
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
            next = cursors.encode(scope, List.of(
                    Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, last.getCreatedAt())), last.getId().toString()));
        }
        // Every change to the approved comments moves the article's comment count and its updated_at.
        return new Versioned<>(new CommentPage(items, comments.countApproved(articleId), page.limit(), next),
                article.getUpdatedAt());
    }

    /** One reader's report; enough reports from different readers send the comment back to the queue. */
    @Transactional
    public void report(long commentId, String reason, String clientHash) {
        Comment comment = comments.findByIdOptional(commentId)
                .filter(found -> found.getStatus() == CommentStatus.APPROVED || found.getStatus() == CommentStatus.REPORTED)
                .filter(found -> articles.findPublishedById(found.getArticleId()).isPresent())
                .orElseThrow(() -> ApiProblem.notFound("not-found.comment", commentId));
        if (!comments.addReport(commentId, reason.strip(), clientHash)) {
            return;
        }
        if (comment.getStatus() == CommentStatus.APPROVED && comments.reportCount(commentId) >= settings.reportsToRequeue()) {
            comment.moveTo(CommentStatus.REPORTED);
            comments.adjustArticleCount(comment.getArticleId(), -1);
            responseCache.changed(SurrogateKeys.commentsChanged(comment.getArticleId()));
            log.record(null, "requeued-by-reports", comment.getId(), comment.getArticleId(),
                    CommentStatus.APPROVED, CommentStatus.REPORTED, reason.strip());
        }
    }

    private Article commentable(long articleId) {
        Article article = articles.findPublishedById(articleId)
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
        if (!article.isCommentsOpen()) {
            throw ApiProblem.of(ProblemType.COMMENTS_CLOSED, "comments-closed.detail");
        }
        return article;
    }

    /** The thread a reply joins: its parent's thread, two levels at most. */
    private Long thread(long parentId, long articleId) {
        Comment parent = comments.findByIdOptional(parentId)
                .filter(found -> found.getArticleId() == articleId && found.getStatus() == CommentStatus.APPROVED)
                .orElseThrow(() -> ApiProblem.invalidField("parentId", "field.parent"));
        return parent.getParentId() != null ? parent.getParentId() : parent.getId();
    }

    private CommentRepository.Position position(String scope, String token) {
        List<String> values = cursors.decode(scope, token, 2);
        try {
            return new CommentRepository.Position(Instant.EPOCH.plus(Long.parseLong(values.get(0)), ChronoUnit.MICROS),
                    Long.parseLong(values.get(1)));
        } catch (NumberFormatException | ArithmeticException e) {
            throw ApiProblem.invalidParameter("cursor", "param.cursor");
        }
    }
}
