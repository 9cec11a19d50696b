package news.newsroom.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts the requests the service turned away to protect itself, wherever the refusal was decided: {@code
 * newsroom.requests.refused} with {@code status} 429 (a rate limit or quota: {@code limit} says which) or 503
 * (busy, or the database unreachable). Counted here at the edge, by status and route, so the limiters need not
 * know about metrics.
 */
public class Refusals {

    private final MeterRegistry registry;

    public Refusals(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status == 429 || status == 503) {
            Counter.builder("newsroom.requests.refused")
                    .description("Requests refused by a rate limit (429) or for lack of capacity or database (503)")
                    .tag("status", Integer.toString(status))
                    .tag("limit", limitOf(request.getUriInfo().getPath(), status))
                    .register(registry)
                    .increment();
        }
    }

    /** Which limit a refusal comes from, named by its route: a small, fixed set of tag values. */
    static String limitOf(String path, int status) {
        if (status == 503) {
            return "none";
        }
        if (path.endsWith("/auth/token")) {
            return "sign-in";
        }
        if (path.contains("/comments")) {
            return "comments";
        }
        return "api-key";
    }
}
