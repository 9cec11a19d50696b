package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.Article;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * What happens to a new comment: banned words refuse it (422); suspect words, too many links, a burst from
 * one client, or a client whose comments were rejected before hold it for review with the reasons; otherwise
 * the article's (or the site's) mode decides: {@code pre} holds it, {@code post} shows it.
 */
@ApplicationScoped
public class ModerationPolicy {

    /** The status a new comment gets, and why it was held. */
    public record Decision(CommentStatus status, List<String> reasons) {

        static Decision spam(String reason) {
            return new Decision(CommentStatus.SPAM, List.of(reason));
        }
    }

    private final ModerationWordRepository words;
    private final CommentRepository comments;
    private final NewsroomConfig.Comments settings;

    public ModerationPolicy(ModerationWordRepository words, CommentRepository comments, NewsroomConfig config) {
        this.words = words;
        this.comments = comments;
        this.settings = config.comments();
    }

    public Decision decide(Article article, String text, String clientHash) {
        List<String> banned = ModerationWords.found(text, words.normalizedWords("banned"));
        if (!banned.isEmpty()) {
            throw ApiProblem.of(ProblemType.COMMENT_REFUSED, "comment-refused.banned", String.join("، ", banned));
        }
        List<String> reasons = new ArrayList<>();
        ModerationWords.found(text, words.normalizedWords("suspect")).forEach(word -> reasons.add("suspect-word:" + word));
        int links = ModerationWords.links(text);
        if (links > settings.maxLinks()) {
            reasons.add("links:" + links);
        }
        long recent = comments.countFromClientSince(clientHash, Instant.now().minus(settings.burstWindow()));
        if (recent >= settings.burstSize()) {
            reasons.add("burst:" + (recent + 1));
        }
        if (comments.clientWasRejected(clientHash)) {
            reasons.add("previously-rejected-client");
        }
        if (!reasons.isEmpty()) {
            return new Decision(CommentStatus.PENDING, reasons);
        }
        String mode = article.getModerationMode() != null ? article.getModerationMode() : settings.moderation();
        return new Decision("post".equals(mode) ? CommentStatus.APPROVED : CommentStatus.PENDING, List.of());
    }
}
