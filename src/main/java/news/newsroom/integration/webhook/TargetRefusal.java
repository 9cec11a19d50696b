package news.newsroom.integration.webhook;

import java.util.List;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;

/**
 * Why a webhook URL is refused. Each reason is a message in {@code messages/problems_{ar,en}.properties}
 * ({@code webhook-target-refused.<key>}), given both as the problem's detail and as the message of the field
 * {@code url}.
 */
public enum TargetRefusal {
    NOT_A_URL("not-a-url"),
    TOO_LONG("too-long"),
    SCHEME("scheme"),
    SCHEME_OR_HTTP("scheme-or-http"),
    USER_INFO("user-info"),
    FRAGMENT("fragment"),
    NO_HOST("no-host"),
    UNRESOLVED("unresolved"),
    LOOPBACK("loopback"),
    UNSPECIFIED("unspecified"),
    PRIVATE("private"),
    SHARED("shared"),
    LINK_LOCAL("link-local"),
    METADATA("metadata"),
    MULTICAST("multicast"),
    BROADCAST("broadcast"),
    RESERVED("reserved");

    /** The field of a subscription that holds the URL. */
    public static final String FIELD = "url";

    private final String key;

    TargetRefusal(String key) {
        this.key = key;
    }

    /** The message key, e.g. {@code webhook-target-refused.loopback}. */
    public String messageKey() {
        return ProblemType.WEBHOOK_TARGET_REFUSED.slug() + "." + key;
    }

    /** The 422 answer, naming {@code url} as the field. */
    public ApiProblem problem(Object... args) {
        return new ApiProblem(ProblemType.WEBHOOK_TARGET_REFUSED, messageKey(),
                List.of(new ApiProblem.FieldIssue(FIELD, messageKey(), args)), args);
    }
}
