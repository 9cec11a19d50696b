package news.newsroom.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows whether rate limits are shared through Redis or counted per node. Always UP: without Redis every node
 * still limits requests on its own and serves everything, so a load balancer must keep sending it traffic.
 */
@Readiness
@ApplicationScoped
public class SharedLimitsHealth implements HealthCheck {

    private final SharedCounters counters;

    public SharedLimitsHealth(SharedCounters counters) {
        this.counters = counters;
    }

    @Override
    public HealthCheckResponse call() {
        boolean shared = counters.available();
        return HealthCheckResponse.named("Rate limits")
                .withData("redis", shared ? "up" : "down")
                .withData("limits", shared ? "shared" : "per-node")
                .up()
                .build();
    }
}
