package news.newsroom.staff.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import news.newsroom.staff.ApiKey;
import news.newsroom.staff.ApiKeyService;

/**
 * Credentials a client sends are checked on every request, public ones included: a bad, expired or revoked
 * token or API key is a 401, never silently treated as anonymous (which would hide a broken integration).
 */
public class RequestCredentials {

    public static final String API_KEY_HEADER = "X-API-Key";
    /** Request property holding the id of the integrator's API key, for rate limits. */
    public static final String API_KEY_ID = "newsroom.api-key-id";

    private final ApiKeyService apiKeys;
    private final CurrentStaff currentStaff;

    public RequestCredentials(ApiKeyService apiKeys, CurrentStaff currentStaff) {
        this.apiKeys = apiKeys;
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
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            // Resolving the caller authenticates the token now; a bad one fails with 401 here.
            currentStaff.find();
        }
    }
}
