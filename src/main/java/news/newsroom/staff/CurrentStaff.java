package news.newsroom.staff;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, looked up once per request. A token stays valid until it expires, so the account is read
 * from the database: a deactivated member is refused at once, and roles are the current ones.
 */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;
    private final StaffRepository staff;
    private Optional<Caller> resolved;

    public CurrentStaff(SecurityIdentity identity, StaffRepository staff) {
        this.identity = identity;
        this.staff = staff;
    }

    /** The caller, or empty for an anonymous request. An invalid token fails before this (401). */
    public Optional<Caller> find() {
        if (resolved == null) {
            resolved = lookUp();
        }
        return resolved;
    }

    /** The caller; 401 when anonymous. */
    public Caller require() {
        return find().orElseThrow(UnauthorizedException::new);
    }

    private Optional<Caller> lookUp() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.getSubject());
        } catch (NumberFormatException notOurToken) {
            throw ApiProblem.of(ProblemType.UNAUTHORIZED, "unauthorized.invalid-token");
        }
        StaffUser user = staff.findWithAuthor(id)
                .orElseThrow(() -> ApiProblem.of(ProblemType.UNAUTHORIZED, "unauthorized.invalid-token"));
        if (!user.isActive()) {
            throw ApiProblem.of(ProblemType.UNAUTHORIZED, "unauthorized.inactive");
        }
        return Optional.of(new Caller(user.getId(), user.getDisplayName(), user.getRoles(),
                user.getAuthor() == null ? null : user.getAuthor().getId()));
    }
}
