package news.newsroom.staff.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.stream.Collectors;
import news.newsroom.NewsroomConfig;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;

/** Signs access tokens (RS256, with the key from {@code smallrye.jwt.sign.key.location}). */
@ApplicationScoped
public class TokenIssuer {

    /** The claim naming the account's token version when the token was issued ({@link StaffUser#getTokenVersion}). */
    public static final String TOKEN_VERSION = "ver";

    private final NewsroomConfig config;

    public TokenIssuer(NewsroomConfig config) {
        this.config = config;
    }

    public AccessToken issue(StaffUser user) {
        long lifetime = config.auth().tokenLifetime().toSeconds();
        String token = Jwt.subject(String.valueOf(user.getId()))
                .upn(user.getEmail())
                .groups(user.getRoles().stream().map(StaffRole::wireName).collect(Collectors.toSet()))
                .claim("name", user.getDisplayName())
                .claim("jti", UUID.randomUUID().toString())
                .claim(TOKEN_VERSION, user.getTokenVersion())
                .expiresIn(lifetime)
                .sign();
        return new AccessToken(token, "Bearer", lifetime);
    }
}
