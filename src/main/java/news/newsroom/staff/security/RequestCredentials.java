package news.newsroom.staff.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import news.newsroom.ratelimit.Allowance;
import news.newsroom.staff.ApiKey;
import news.newsroom.staff.ApiKeyQuota;
import news.newsroom.staff.ApiKeyService;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Credentials a client sends are checked on every request, public ones included: a bad, expired or revoked
 * token or API key is a 401, never silently treated as anonymous (which would hide a broken integration).
 * Every request with a valid API key counts against the key's quota and carries the RateLimit-* headers; past
 * the quota it is a 429 with Retry-After.
 */
public class RequestCredentials {

    public static final String API_KEY_HEADER = "X-API-Key";
    /** Request property holding the id of the integrator's API key, for rate limits. */
    public static final String API_KEY_ID = "newsroom.api-key-id";
    /** Request property holding the key's {@link Quota} after this request was counted. */
    private static final String QUOTA = "newsroom.api-key-quota";

    /** RFC 6750: the scheme (any case), one space, and a token68. */
    private static final Pattern BEARER = Pattern.compile("(?i:bearer) [A-Za-z0-9._~+/-]+=*");

    private final ApiKeyService apiKeys;
    private final ApiKeyQuota quotas;
    private final CurrentStaff currentStaff;

    public RequestCredentials(ApiKeyService apiKeys, ApiKeyQuota quotas, CurrentStaff currentStaff) {
        this.apiKeys = apiKeys;
        this.quotas = quotas;
        this.currentStaff = currentStaff;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        String key = request.getHeaderString(API_KEY_HEADER);
        if (key != null) {
            ApiKey active = apiKeys.findActive(key.strip())
                    .orElseThrow(() -> ApiProblem.of(ProblemType.UNAUTHORIZED, "unauthorized.api-key")
                            .withHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey"));
            request.setProperty(API_KEY_ID, active.getId());
            Quota quota = new Quota(quotas.limitOf(active), quotas.take(active));
            request.setProperty(QUOTA, quota);
            if (!quota.allowance().allowed()) {
                long wait = quota.allowance().retryAfterSeconds();
                throw ApiProblem.of(ProblemType.TOO_MANY_REQUESTS, "too-many-requests.api-key", wait)
                        .withHeader("Retry-After", String.valueOf(wait));
            }
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            // Any other scheme (Basic...) or a malformed Bearer would be ignored by the token reader, and the
            // request served as anonymous: a client that believes it is signed in must hear that it is not.
            if (!BEARER.matcher(authorization).matches()) {
                throw ApiProblem.of(ProblemType.UNAUTHORIZED, "unauthorized.scheme")
                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            // Resolving the caller authenticates the token now; a bad one fails with 401 here.
            currentStaff.find();
        }
    }

    /** Tells an integrator where its key stands, on every answer to a keyed request (refusals included). */
    @ServerResponseFilter
    public void quotaHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(QUOTA) instanceof Quota quota) {
            response.getHeaders().putSingle("RateLimit-Limit", String.valueOf(quota.limit()));
            response.getHeaders().putSingle("RateLimit-Remaining", String.valueOf(quota.allowance().remaining()));
            response.getHeaders().putSingle("RateLimit-Reset", String.valueOf(quota.allowance().resetSeconds()));
        }
    }

    private record Quota(int limit, Allowance allowance) {
    }
}
