package news.newsroom.article.editorial;

import news.newsroom.staff.Caller;
import news.newsroom.staff.StaffRole;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleStatus;

/**
 * Who may do what with an article. Admins and editors run the desk; authors write and change their own
 * drafts and submit them for review; moderators only read.
 */
public final class ArticlePolicy {

    private ArticlePolicy() {
    }

    public static boolean mayWrite(Caller caller) {
        return caller.isEditorial() || caller.has(StaffRole.AUTHOR);
    }

    public static boolean owns(Caller caller, Article article) {
        return caller.authorId() != null
                && article.getAuthors().stream().anyMatch(author -> author.getId().equals(caller.authorId()));
    }

    /** Staff read anything the desk has; authors see published work and their own articles only. */
    public static boolean mayRead(Caller caller, Article article) {
        if (article.isDeleted()) {
            return caller.has(StaffRole.ADMIN);
        }
        return caller.isEditorial() || caller.has(StaffRole.MODERATOR) || article.isPublic() || owns(caller, article);
    }

    public static void requireEdit(Caller caller, Article article) {
        if (caller.isEditorial()) {
            return;
        }
        if (!caller.has(StaffRole.AUTHOR)) {
            throw forbidden("forbidden.role");
        }
        if (!owns(caller, article) || article.getStatus() != ArticleStatus.DRAFT) {
            throw forbidden("forbidden.not-own-draft");
        }
    }

    public static void requireDesk(Caller caller) {
        if (!caller.isEditorial()) {
            throw forbidden("forbidden.role");
        }
    }

    public static void requireAdmin(Caller caller) {
        if (!caller.has(StaffRole.ADMIN)) {
            throw forbidden("forbidden.role");
        }
    }

    public static ApiProblem forbidden(String key) {
        return ApiProblem.of(ProblemType.FORBIDDEN, key);
    }
}
