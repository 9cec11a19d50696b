package news.newsroom.web;

/**
 * The kinds of problem the API answers with. Each has a stable {@code type} URI (clients switch on it)
 * and a status; titles and details come from the {@code messages/problems} bundles in Arabic and English.
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter"),
    MALFORMED_BODY(400, "malformed-body"),
    VALIDATION_FAILED(400, "validation-failed"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    COMMENTS_CLOSED(403, "comments-closed"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    CURSOR_EXPIRED(410, "cursor-expired"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    COMMENT_REFUSED(422, "comment-refused"),
    WEBHOOK_TARGET_REFUSED(422, "webhook-target-refused"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    BAD_REQUEST(400, "bad-request"),
    NOT_IMPLEMENTED(501, "not-implemented"),
    BUSY(503, "busy"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    DATABASE_UNAVAILABLE(503, "database-unavailable"),
    INTERNAL_ERROR(500, "internal-error");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }
}
