package news.newsroom.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that tell browsers how to treat every answer of the service: the API, Swagger UI, the OpenAPI document,
 * feeds, health and errors (404s and 401s included, since they are set just before the headers are sent).
 * The API answers data, never pages: nothing of it may run scripts, load anything or be framed. Swagger UI is
 * the one page, and gets a policy that lets its own scripts and styles run and call the API on this origin.
 * docs/operations.md (Security headers) says why each value was chosen.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String SWAGGER_UI_PATH = "/q/swagger-ui";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    /** Before the REST layer and CORS, so every route, static or not, gets them. */
    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::addOnEnd, 1000);
    }

    private static void addOnEnd(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> add(context.response().headers(), path));
        context.next();
    }

    static void add(MultiMap headers, String path) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Strict-Transport-Security", STRICT_TRANSPORT);
        headers.set("Content-Security-Policy", path != null && path.startsWith(SWAGGER_UI_PATH) ? SWAGGER_UI_POLICY : API_POLICY);
    }
}
