package news.newsroom.integration.webhook;

import java.util.ArrayList;
import java.util.List;
import news.newsroom.integration.changes.ChangeType;
import news.newsroom.integration.changes.PublicSetRepository;
import news.newsroom.web.ApiProblem;

/**
 * The events a subscription names: exact types ({@code article.published}), every type of a kind
 * ({@code article.*}) or every event ({@code *}).
 */
public final class WebhookEvents {

    /** What a ping is called; sent whatever the subscription names. */
    public static final String PING = "webhook.ping";
    public static final String EVERY = "*";

    private WebhookEvents() {
    }

    public static boolean matches(List<String> patterns, String type) {
        for (String pattern : patterns) {
            if (pattern.equals(EVERY) || pattern.equals(type)
                    || pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names as given, each checked.
     *
     * @throws ApiProblem 400 naming {@code events[i]} for each name that is none of the three forms
     */
    public static List<String> checked(List<String> names) {
        List<ApiProblem.FieldIssue> issues = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!known(names.get(i))) {
                issues.add(new ApiProblem.FieldIssue("events[" + i + "]", "field.unknown-event", names.get(i)));
            }
        }
        if (!issues.isEmpty()) {
            throw ApiProblem.validation(issues);
        }
        return names.stream().distinct().toList();
    }

    private static boolean known(String name) {
        if (name.equals(EVERY) || ChangeType.ofWireName(name).isPresent()) {
            return true;
        }
        return name.endsWith(".*") && PublicSetRepository.ENTITIES.contains(name.substring(0, name.length() - 2));
    }
}
