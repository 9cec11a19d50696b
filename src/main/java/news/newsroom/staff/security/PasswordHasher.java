package news.newsroom.staff.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import news.newsroom.web.ApiProblem;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Bcrypt (cost 12) through WildFly Elytron, the library Quarkus itself uses for password identities. A hash
 * made for no account lets a wrong email cost the same time as a wrong password.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int COST = 12;
    /** Bcrypt reads this many bytes of a password and ignores the rest. */
    public static final int MAX_BYTES = 72;

    private final String hashOfNoAccount = hash("no account has this password; it only spends the same time");

    /** The hash of a new password; 422 naming {@code field} when bcrypt would ignore part of it. */
    public String hashNew(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiProblem.invalidField(field, "field.password-bytes", MAX_BYTES);
        }
        return hash(password);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String storedHash) {
        try {
            Password decoded = ModularCrypt.decode(storedHash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            BCryptPassword bcrypt = (BCryptPassword) factory.translate(decoded);
            return factory.verify(bcrypt, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    /** Spends the time of one verification, for a sign-in with an unknown email. */
    public void spendVerificationTime(String password) {
        matches(password, hashOfNoAccount);
    }
}
