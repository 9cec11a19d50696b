package news.newsroom.staff.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import news.newsroom.staff.Caller;
import news.newsroom.staff.StaffRole;

/**
 * Who is calling, as the services need to know them: read from the identity that {@link StaffIdentityAugmentor}
 * built from the account when the request was authenticated, so no second query and the same current roles
 * that {@code @RolesAllowed} judged.
 */
@ApplicationScoped
public class CurrentStaff {

    private final SecurityIdentity identity;

    public CurrentStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller, or empty for an anonymous request. A bad token fails here with 401, if not before. */
    public Optional<Caller> find() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Long id = identity.getAttribute(StaffIdentityAugmentor.STAFF_ID);
        if (id == null) {
            return Optional.empty();
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        identity.getRoles().forEach(role -> roles.add(StaffRole.fromWire(role)));
        return Optional.of(new Caller(id, identity.getAttribute(StaffIdentityAugmentor.DISPLAY_NAME), roles,
                identity.getAttribute(StaffIdentityAugmentor.AUTHOR_ID)));
    }

    /** The caller; 401 when anonymous. */
    public Caller require() {
        return find().orElseThrow(UnauthorizedException::new);
    }
}
