package news.newsroom.staff.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalLong;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import news.newsroom.staff.StaffRepository;
import news.newsroom.staff.StaffUser;

/**
 * Sign-in. A wrong email and a wrong password get the same answer after the same work (one bcrypt
 * verification), and repeated failures for an email or a client address are refused for a while.
 */
@ApplicationScoped
public class AuthService {

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;

    public AuthService(StaffRepository staff, PasswordHasher hasher, TokenIssuer tokens, LoginThrottle throttle) {
        this.staff = staff;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    public AccessToken signIn(Credentials credentials, String client) {
        String email = StaffUser.normalizeEmail(credentials.email());
        OptionalLong wait = throttle.waitBeforeAttempt(email, client);
        if (wait.isPresent()) {
            throw ApiProblem.of(ProblemType.TOO_MANY_REQUESTS, "too-many-requests.login", wait.getAsLong())
                    .withHeader("Retry-After", String.valueOf(wait.getAsLong()));
        }
        Optional<StaffUser> user = staff.findByEmail(email);
        boolean valid;
        if (user.isPresent()) {
            valid = hasher.matches(credentials.password(), user.get().getPasswordHash()) && user.get().isActive();
        } else {
            hasher.spendVerificationTime(credentials.password());
            valid = false;
        }
        if (!valid) {
            throttle.recordFailure(email, client);
            throw ApiProblem.of(ProblemType.UNAUTHORIZED, "unauthorized.credentials");
        }
        return tokens.issue(user.get());
    }
}
