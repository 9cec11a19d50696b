package news.newsroom.staff.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import java.util.stream.Collectors;
import news.newsroom.staff.StaffRepository;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides once per request what a token's bearer may do. A token stays valid until it expires, so the account
 * it names is read from the database: an unknown or deactivated account is refused at once, and the identity's
 * roles are the account's current ones, which makes {@code @RolesAllowed} the one place where roles are judged.
 * What the services need to know about the caller travels as identity attributes (see {@link CurrentStaff}).
 *
 * <p>Authentication is lazy ({@code quarkus.http.auth.proactive=false}): it runs when the REST layer first asks
 * for the identity, so a refusal thrown here is answered by the problem+json mappers like any other error.
 */
@ApplicationScoped
public class StaffIdentityAugmentor implements SecurityIdentityAugmentor {

    static final String STAFF_ID = "newsroom.staff-id";
    static final String DISPLAY_NAME = "newsroom.staff-display-name";
    static final String AUTHOR_ID = "newsroom.staff-author-id";

    private final StaffRepository staff;

    public StaffIdentityAugmentor(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withCurrentAccount(identity, token));
    }

    /**
     * The identity of the account the token names. The read may run on a worker thread outside the request,
     * where the database session needs a request context of its own.
     */
    @ActivateRequestContext
    SecurityIdentity withCurrentAccount(SecurityIdentity identity, JsonWebToken token) {
        long id;
        try {
            id = Long.parseLong(token.getSubject());
        } catch (NumberFormatException notOurToken) {
            throw refused("unauthorized.invalid-token");
        }
        StaffUser user = staff.findWithAuthor(id).orElseThrow(() -> refused("unauthorized.invalid-token"));
        if (!user.isActive()) {
            throw refused("unauthorized.inactive");
        }
        Set<String> current = user.getRoles().stream().map(StaffRole::wireName).collect(Collectors.toSet());
        // A token issued before a demotion still claims the role it lost: refused, so that the member signs in
        // again and sees what they may do now, rather than meeting unexplained 403s.
        if (!current.containsAll(token.getGroups())) {
            throw refused("unauthorized.stale-roles");
        }
        // A password reset or change and a deactivation raise the account's version: older tokens end at once.
        if (versionOf(token) != user.getTokenVersion()) {
            throw refused("unauthorized.revoked");
        }
        QuarkusSecurityIdentity.Builder augmented = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(current)
                .addAttribute(STAFF_ID, user.getId())
                .addAttribute(DISPLAY_NAME, user.getDisplayName());
        if (user.getAuthor() != null) {
            augmented.addAttribute(AUTHOR_ID, user.getAuthor().getId());
        }
        return augmented.build();
    }

    /** Tokens issued before versions existed carry none, and count as the first version. */
    private static long versionOf(JsonWebToken token) {
        Object claim = token.getClaim(TokenIssuer.TOKEN_VERSION);
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim == null) {
            return 0;
        }
        throw refused("unauthorized.invalid-token");
    }

    private static ApiProblem refused(String key) {
        return ApiProblem.of(ProblemType.UNAUTHORIZED, key)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }
}
