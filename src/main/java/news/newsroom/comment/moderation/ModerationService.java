package news.newsroom.comment.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import news.newsroom.article.Article;
import news.newsroom.content.ContentChanged;
import news.newsroom.article.ArticleRepository;
import news.newsroom.staff.Caller;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.CursorCodec;
import news.newsroom.web.TimePosition;
import news.newsroom.web.PageRequest;
import news.newsroom.comment.Comment;
import news.newsroom.comment.CommentRepository;
import news.newsroom.comment.CommentStatus;
import news.newsroom.comment.ModerationActionView;
import news.newsroom.comment.ModerationLog;
import news.newsroom.comment.ModerationWordRepository;
import news.newsroom.comment.ModerationWords;

/** Moderators' side: the queue, status changes (one or many), word lists, per-article settings, the record. */
@ApplicationScoped
public class ModerationService {

    /** How many recorded actions are listed when no limit is asked for. */
    public static final int ACTIONS_LIMIT = 50;
    private static final String SCOPE = "moderation";

    private final Event<ContentChanged> changes;
    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final ModerationWordRepository words;
    private final ModerationLog log;
    private final CursorCodec cursors;

    public ModerationService(CommentRepository comments, ArticleRepository articles, ModerationWordRepository words,
            ModerationLog log, CursorCodec cursors, Event<ContentChanged> changes) {
        this.comments = comments;
        this.articles = articles;
        this.words = words;
        this.log = log;
        this.cursors = cursors;
        this.changes = changes;
    }

    /** Comments in the given statuses (default: what waits for a moderator), newest first. */
    public ModerationQueue queue(List<CommentStatus> wanted, Long articleId, Instant from, Instant to, PageRequest page) {
        List<CommentStatus> statuses = wanted == null || wanted.isEmpty()
                ? List.of(CommentStatus.PENDING, CommentStatus.REPORTED) : wanted.stream().distinct().toList();
        TimePosition after = page.cursor().map(token -> cursors.decode(SCOPE, TimePosition.FORMAT, token)).orElse(null);
        List<Comment> found = comments.findForModeration(statuses, articleId, from, to, after, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Comment> shown = more ? found.subList(0, page.limit()) : found;
        String next = null;
        if (more) {
            Comment last = shown.get(shown.size() - 1);
            next = cursors.encode(SCOPE, TimePosition.FORMAT, new TimePosition(last.getCreatedAt(), last.getId()));
        }
        return new ModerationQueue(shown.stream().map(ModeratedComment::of).toList(), page.limit(), next);
    }

    @Transactional
    public ModeratedComment change(long id, String statusName, String note, Caller moderator) {
        return changeAll(List.of(id), statusName, note, moderator).get(0);
    }

    @Transactional
    public List<ModeratedComment> changeMany(BulkModeration request, Caller moderator) {
        return changeAll(request.ids(), request.status(), request.note(), moderator);
    }

    /**
     * Moves the comments to one status. Their rows are locked first (in id order), so each real change is seen,
     * counted and recorded once however many moderators act at once; a comment already in that status is left
     * as it is and not recorded. Article counts move last, in article order, so no two changes deadlock.
     */
    private List<ModeratedComment> changeAll(List<Long> ids, String statusName, String note, Caller moderator) {
        CommentStatus target = status(statusName);
        if (target == CommentStatus.REPORTED) {
            throw ApiProblem.invalidField("status", "field.comment-status");
        }
        List<Long> wanted = ids.stream().distinct().toList();
        Map<Long, Comment> locked = comments.findAllForChange(wanted);
        wanted.stream().filter(id -> !locked.containsKey(id)).findFirst().ifPresent(missing -> {
            throw ApiProblem.notFound("not-found.comment-moderation", missing);
        });
        Map<Long, Integer> countChanges = new TreeMap<>();
        for (Long id : wanted) {
            Comment comment = locked.get(id);
            CommentStatus before = comment.getStatus();
            if (before == target) {
                continue;
            }
            comment.moveTo(target);
            int delta = (target == CommentStatus.APPROVED ? 1 : 0) - (before == CommentStatus.APPROVED ? 1 : 0);
            countChanges.merge(comment.getArticleId(), delta, Integer::sum);
            changes.fire(ContentChanged.comment(comment.getId(), comment.getArticleId(),
                    target == CommentStatus.APPROVED ? ContentChanged.Kind.APPROVED : ContentChanged.Kind.HIDDEN));
            log.record(moderator, "status-changed", comment.getId(), comment.getArticleId(), before, target, note);
        }
        countChanges.forEach(comments::adjustArticleCount);
        return wanted.stream().map(locked::get).map(ModeratedComment::of).toList();
    }

    public WordLists wordLists() {
        return new WordLists(words.words("banned"), words.words("suspect"));
    }

    @Transactional
    public WordLists replaceWordLists(WordLists lists, Caller moderator) {
        words.replace("banned", lists.banned().stream().filter(word -> !ModerationWords.comparable(word).isEmpty()).toList());
        words.replace("suspect", lists.suspect().stream().filter(word -> !ModerationWords.comparable(word).isEmpty()).toList());
        log.record(moderator, "word-lists-replaced", null, null, null, null,
                lists.banned().size() + " banned, " + lists.suspect().size() + " suspect");
        return wordLists();
    }

    @Transactional
    public CommentSettings changeSettings(long articleId, CommentSettings settings, Caller moderator) {
        if (settings.moderation() != null && !List.of("pre", "post").contains(settings.moderation())) {
            throw ApiProblem.invalidField("moderation", "field.moderation-mode");
        }
        Article article = articles.findWithSection(articleId)
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
        article.commentSettings(settings.open(), settings.moderation());
        changes.fire(ContentChanged.commentSettings(articleId));
        log.record(moderator, settings.open() ? "comments-opened" : "comments-closed", null, articleId, null, null,
                settings.moderation() == null ? null : "moderation " + settings.moderation());
        return new CommentSettings(article.isCommentsOpen(), article.getModerationMode());
    }

    public List<ModerationActionView> actions(int limit) {
        return log.newest(limit);
    }

    private static CommentStatus status(String name) {
        try {
            return CommentStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.invalidField("status", "field.comment-status");
        }
    }
}
