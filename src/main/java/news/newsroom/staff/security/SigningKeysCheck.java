package news.newsroom.staff.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * In production the token keys must be configured: dev and test get a generated pair, production refuses to
 * start without one and says which settings to set.
 */
@ApplicationScoped
public class SigningKeysCheck {

    void onStart(@Observes StartupEvent event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        boolean verifyKey = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        boolean signKey = config.getOptionalValue("smallrye.jwt.sign.key.location", String.class).isPresent()
                || config.getOptionalValue("smallrye.jwt.sign.key", String.class).isPresent();
        if (!verifyKey || !signKey) {
            throw new IllegalStateException("Staff sign-in needs an RSA key pair in production. Set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION (mp.jwt.verify.publickey.location) to the public key PEM and "
                    + "SMALLRYE_JWT_SIGN_KEY_LOCATION (smallrye.jwt.sign.key.location) to the private key PEM; "
                    + "the README shows how to make a pair with openssl.");
        }
    }
}
