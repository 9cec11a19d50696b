package news.newsroom.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import news.newsroom.NewsroomConfig;

/**
 * Who may read {@code /q/metrics}: with {@code newsroom.http.metrics-token} set, only a scraper sending it as a
 * Bearer token (Prometheus' {@code authorization} setting). Without one, production does not serve metrics at
 * all and dev and test serve them openly. The metrics name routes, counts and timings an attacker has no use for
 * on the public port, and reading them costs the node work.
 */
@ApplicationScoped
public class MetricsAccess {

    static final String PATH = "/q/metrics";

    private final Optional<byte[]> token;
    private final boolean openWithoutToken;
    private final String problemTypes;
    private final ObjectMapper json;

    public MetricsAccess(NewsroomConfig config, ObjectMapper json) {
        this(config.http().metricsToken(), LaunchMode.current() != LaunchMode.NORMAL, config.siteBaseUrl(), json);
    }

    MetricsAccess(Optional<String> token, boolean openWithoutToken, String siteBaseUrl, ObjectMapper json) {
        this.token = token.filter(value -> !value.isBlank()).map(value -> value.getBytes(StandardCharsets.UTF_8));
        this.openWithoutToken = openWithoutToken;
        this.problemTypes = siteBaseUrl.replaceAll("/+$", "") + "/problems/";
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 900);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (path == null || !(path.equals(PATH) || path.startsWith(PATH + "/"))) {
            context.next();
            return;
        }
        Verdict verdict = judge(context.request().getHeader("Authorization"));
        if (verdict == Verdict.ALLOWED) {
            context.next();
            return;
        }
        ProblemType type = verdict == Verdict.HIDDEN ? ProblemType.NOT_FOUND : ProblemType.UNAUTHORIZED;
        String detailKey = verdict == Verdict.HIDDEN ? "not-found.route" : "unauthorized.metrics";
        String accepted = context.request().getHeader("Accept-Language");
        Language language = accepted != null && accepted.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN : Language.AR;
        Problem problem = new Problem(problemTypes + type.slug(), ProblemMessages.text(language, type.slug() + ".title"),
                type.status(), ProblemMessages.text(language, detailKey), path, null);
        if (type == ProblemType.UNAUTHORIZED) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        try {
            context.response().setStatusCode(type.status())
                    .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                    .putHeader("Content-Language", language.tag())
                    .putHeader("Cache-Control", "no-store")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    enum Verdict {
        ALLOWED, UNAUTHORIZED, HIDDEN
    }

    Verdict judge(String authorization) {
        if (token.isEmpty()) {
            return openWithoutToken ? Verdict.ALLOWED : Verdict.HIDDEN;
        }
        String prefix = "bearer ";
        if (authorization == null || authorization.length() <= prefix.length()
                || !authorization.substring(0, prefix.length()).equalsIgnoreCase(prefix)) {
            return Verdict.UNAUTHORIZED;
        }
        byte[] given = authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get()) ? Verdict.ALLOWED : Verdict.UNAUTHORIZED;
    }
}
