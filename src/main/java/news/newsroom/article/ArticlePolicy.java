package news.newsroom.article;

import news.newsroom.staff.Caller;
import news.newsroom.staff.StaffRole;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * Who may do what with an article. Admins and editors run the desk; authors write and change their own
 * drafts and submit them for review; moderators only read.
 */
final class ArticlePolicy {

    private ArticlePolicy() {
    }

    static boolean mayWrite(Caller caller) {
        return caller.isEditorial() || caller.has(StaffRole.AUTHOR);
    }

    static boolean owns(Caller caller, Article article) {
        return caller.authorId() != null
                && article.getAuthors().stream().anyMatch(author -> author.getId().equals(caller.authorId()));
    }

    /** Staff read anything the desk has; authors see published work and their own articles only. */
    static boolean mayRead(Caller caller, Article article) {
        if (article.isDeleted()) {
            return caller.has(StaffRole.ADMIN);
        }
        return caller.isEditorial() || caller.has(StaffRole.MODERATOR) || article.isPublic() || owns(caller, article);
    }

    static void requireEdit(Caller caller, Article article) {
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

    static void requireDesk(Caller caller) {
        if (!caller.isEditorial()) {
            throw forbidden("forbidden.role");
        }
    }

    static void requireAdmin(Caller caller) {
        if (!caller.has(StaffRole.ADMIN)) {
            throw forbidden("forbidden.role");
        }
    }

    static ApiProblem forbidden(String key) {
        return ApiProblem.of(ProblemType.FORBIDDEN, key);
    }
}
