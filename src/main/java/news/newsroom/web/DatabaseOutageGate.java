package news.newsroom.web;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses requests at once, with the same 503 {@code database-unavailable}, while the database is known to be
 * unreachable (see {@link DatabaseOutage}). Runs after the response cache's filter, so what is
 * cached is still answered; health and metrics are not API requests and are not refused.
 */
public class DatabaseOutageGate {

    @ServerRequestFilter(priority = 1000)
    public void refuseWhileDown() {
        if (DatabaseOutage.knownDown()) {
            throw DatabaseOutage.refusal();
        }
    }
}
