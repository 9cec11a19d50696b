package news.newsroom.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client-facing failure: thrown by services and resources, answered as {@code application/problem+json}
 * by {@link ProblemMappers}. Carries message keys, not text, so the answer follows {@code Accept-Language}.
 */
public final class ApiProblem extends RuntimeException {

    /** One offending input: the field or parameter name and a message key with its arguments. */
    public record FieldIssue(String field, String messageKey, Object... args) {
    }

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final transient List<FieldIssue> fieldIssues;
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(ProblemType type, String detailKey, List<FieldIssue> fieldIssues, Object... args) {
        // No stack trace: this is an expected answer, not a fault, and it is never logged.
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.fieldIssues = List.copyOf(fieldIssues);
    }

    public static ApiProblem notFound(String detailKey, Object... args) {
        return new ApiProblem(ProblemType.NOT_FOUND, detailKey, List.of(), args);
    }

    /** A query or path parameter that cannot be used; the field is named in {@code errors}. */
    public static ApiProblem invalidParameter(String field, String messageKey, Object... args) {
        return new ApiProblem(ProblemType.INVALID_PARAMETER, "invalid-parameter.detail",
                List.of(new FieldIssue(field, messageKey, args)), field);
    }

    public static ApiProblem conflict(String detailKey, Object... args) {
        return new ApiProblem(ProblemType.CONFLICT, detailKey, List.of(), args);
    }

    public static ApiProblem of(ProblemType type, String detailKey, Object... args) {
        return new ApiProblem(type, detailKey, List.of(), args);
    }

    /** A request body that fails the rules; each issue names its field. */
    public static ApiProblem validation(List<FieldIssue> issues) {
        return new ApiProblem(ProblemType.VALIDATION_FAILED, "validation-failed.detail", issues);
    }

    public static ApiProblem invalidField(String field, String messageKey, Object... args) {
        return validation(List.of(new FieldIssue(field, messageKey, args)));
    }

    /** Adds a response header (Retry-After, WWW-Authenticate...). */
    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldIssue> fieldIssues() {
        return fieldIssues;
    }
}
