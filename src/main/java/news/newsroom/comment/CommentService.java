package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Optional;
import news.newsroom.content.ContentChanged;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleRepository;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/** Readers posting comments: the challenge, the moderation policy and the Idempotency-Key. */
@ApplicationScoped
public class CommentService {

    /** A posted comment, and whether it is a replay of an earlier post with the same Idempotency-Key. */
    public record Posted(CommentView comment, boolean replayed) {
    }

    private final Event<ContentChanged> changes;
    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final CommentChallenge challenge;
    private final ModerationPolicy policy;
    private final IdempotencyKeys idempotencyKeys;

    public CommentService(CommentRepository comments, ArticleRepository articles, CommentChallenge challenge,
            ModerationPolicy policy, IdempotencyKeys idempotencyKeys, Event<ContentChanged> changes) {
        this.idempotencyKeys = idempotencyKeys;
        this.comments = comments;
        this.articles = articles;
        this.challenge = challenge;
        this.policy = policy;
        this.changes = changes;
    }

    @Transactional
    public Posted post(long articleId, CommentInput input, String clientHash, String idempotencyKey) {
        Article article = commentable(articleId);
        if (idempotencyKey != null) {
            Optional<Comment> earlier = idempotencyKeys.claim(clientHash, idempotencyKey,
                    IdempotencyKeys.requestHash(articleId, input));
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
        if (idempotencyKey != null) {
            idempotencyKeys.settle(clientHash, idempotencyKey, comment.getId());
        }
        if (decision.status() == CommentStatus.APPROVED) {
            comments.adjustArticleCount(articleId, 1);
            changes.fire(ContentChanged.comment(comment.getId(), articleId, ContentChanged.Kind.APPROVED));
        }
        return new Posted(CommentView.of(comment, null), false);
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
}
