package news.newsroom.article;

import news.newsroom.staff.Caller;
import news.newsroom.staff.StaffRole;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * Which articles a caller may touch, once {@code @RolesAllowed} has let them in: admins and editors run the desk
 * and may change any article; an author changes only their own drafts, and reads published work and their own
 * articles. What a role may do at all is decided by {@code @RolesAllowed} alone.
 */
public final class ArticlePolicy {

    private ArticlePolicy() {
    }

    public static boolean owns(Caller caller, Article article) {
        return caller.authorId() != null
                && article.getAuthors().stream().anyMatch(author -> author.getId().equals(caller.authorId()));
    }

    /** Staff read anything the desk has; an author sees published work and their own articles only. */
    public static boolean mayRead(Caller caller, Article article) {
        return caller.isEditorial() || caller.has(StaffRole.MODERATOR) || article.isPublic() || owns(caller, article);
    }

    /** The desk changes any article; an author only a draft of their own. */
    public static void requireEdit(Caller caller, Article article) {
        if (caller.isEditorial()) {
            return;
        }
        if (!owns(caller, article) || article.getStatus() != ArticleStatus.DRAFT) {
            throw forbidden("forbidden.not-own-draft");
        }
    }

    private static ApiProblem forbidden(String key) {
        return ApiProblem.of(ProblemType.FORBIDDEN, key);
    }
}
