package news.newsroom.article;

import io.quarkus.security.UnauthorizedException;
import java.util.Optional;
import news.newsroom.staff.Caller;
import news.newsroom.staff.StaffRole;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * The {@code status} filter of the article list, and who may use it: the one role rule of the list that depends
 * on a parameter's value. Without it the list shows published articles to anyone. With it the caller must be
 * staff; {@code deleted} is for admins; an author sees only articles bylined to them.
 */
record StatusFilter(ArticleStatus status, boolean deleted, Long visibleToAuthorId) {

    static final StatusFilter PUBLISHED = new StatusFilter(ArticleStatus.PUBLISHED, false, null);

    static StatusFilter of(ArticleListStatus status, Optional<Caller> caller) {
        if (status == null) {
            return PUBLISHED;
        }
        Caller staff = caller.orElseThrow(UnauthorizedException::new);
        boolean deleted = status == ArticleListStatus.DELETED;
        if (deleted && !staff.has(StaffRole.ADMIN)) {
            throw ApiProblem.of(ProblemType.FORBIDDEN, "forbidden.role");
        }
        boolean seesEverything = staff.isEditorial() || staff.has(StaffRole.MODERATOR);
        // -1 matches no author: an author account without a profile has no articles of its own.
        Long ownOnly = seesEverything ? null : staff.authorId() == null ? -1L : staff.authorId();
        return new StatusFilter(deleted ? ArticleStatus.PUBLISHED : status.status(), deleted, ownOnly);
    }
}
