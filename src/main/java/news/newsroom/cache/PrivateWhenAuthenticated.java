package news.newsroom.cache;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A response to a request that carried credentials may hold what only that caller may see (drafts, emails),
 * so no cache may store it, whatever the endpoint would send the public.
 */
public class PrivateWhenAuthenticated {

    @ServerResponseFilter
    public void keepPrivate(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PrivateResponses.NO_STORE);
            response.getHeaders().remove(CacheableResponses.SURROGATE_KEY);
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }
}
