package news.newsroom.integration.changes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers of the live stream that must be on the response before its first event: nginx and similar proxies buffer
 * responses unless told not to, which would hold events back until a buffer fills.
 */
@ApplicationScoped
public class ChangeStreamHeaders {

    static final String PATH = "/api/v1/changes/stream";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (PATH.equals(context.normalizedPath())) {
                context.response().putHeader("X-Accel-Buffering", "no");
                context.response().putHeader("Cache-Control", "no-cache");
            }
            context.next();
        }, 10);
    }
}
