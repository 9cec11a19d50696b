package news.newsroom.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import news.newsroom.web.Problem;
import org.jboss.logging.MDC;

/**
 * Gives every request an id that the people on call can follow from a client's report to the log lines: a sane
 * {@code X-Request-Id} sent by the client or a proxy is kept, anything else is replaced by a random UUID. The id
 * is returned in {@code X-Request-Id} on every response (the API's, health, metrics and 304s alike), is in the
 * logging context so each log line of the request carries it, and is in problem+json bodies as {@code requestId}.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Short and plain, so a forged id can neither flood the logs nor break their format. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    /** Before every other route and filter, so even their refusals carry the id. */
    private static final int FIRST = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::identify, FIRST);
    }

    void identify(RoutingContext context) {
        String id = idFor(context.request().getHeader(HEADER));
        // Quarkus keeps the MDC in the request's own Vert.x context, so it follows the request to worker threads.
        MDC.put(Problem.REQUEST_ID_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The client's id when it is sane, else a new one. */
    static String idFor(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
