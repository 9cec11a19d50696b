package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import news.newsroom.web.ServerSecret;

/**
 * Stands in for a reader's address: a keyed hash (HMAC with the server secret) recognises the same client for
 * rate limits, bursts and earlier rejections, while the address itself is never stored. Which address is the
 * client's (X-Forwarded-For behind trusted proxies) is Quarkus' {@code quarkus.http.proxy.*} configuration.
 */
@ApplicationScoped
public class ClientIdentity {

    private final ServerSecret secret;

    public ClientIdentity(ServerSecret secret) {
        this.secret = secret;
    }

    public String hashOf(String address) {
        return HexFormat.of().formatHex(secret.hmac("client-address", String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
    }
}
