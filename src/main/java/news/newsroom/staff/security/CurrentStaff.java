package news.newsroom.staff.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import news.newsroom.staff.Caller;
import news.newsroom.staff.StaffRepository;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;

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

    private static ApiProblem invalid(String key) {
        return ApiProblem.of(ProblemType.UNAUTHORIZED, key)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }

    private Optional<Caller> lookUp() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.getSubject());
        } catch (NumberFormatException notOurToken) {
            throw invalid("unauthorized.invalid-token");
        }
        StaffUser user = staff.findWithAuthor(id).orElseThrow(() -> invalid("unauthorized.invalid-token"));
        if (!user.isActive()) {
            throw invalid("unauthorized.inactive");
        }
        // Roles checked by @RolesAllowed come from the token: one that claims a role the account no longer has
        // (it was issued before a demotion) is refused, so a change of roles takes effect at once.
        Set<String> current = user.getRoles().stream().map(StaffRole::wireName).collect(Collectors.toSet());
        if (!current.containsAll(token.getGroups())) {
            throw invalid("unauthorized.stale-roles");
        }
        return Optional.of(new Caller(user.getId(), user.getDisplayName(), user.getRoles(),
                user.getAuthor() == null ? null : user.getAuthor().getId()));
    }
}
