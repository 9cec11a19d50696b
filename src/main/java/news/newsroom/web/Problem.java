package news.newsroom.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details. `detail` and `errors[].message` follow Accept-Language (ar, en; default ar).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem; switch on this, not on the text.",
                example = "https://newsroom.example/problems/not-found", required = true)
        String type,
        @Schema(description = "Short summary of the kind of problem.", example = "غير موجود", required = true)
        String title,
        @Schema(description = "HTTP status code.", example = "404", required = true)
        int status,
        @Schema(description = "What went wrong in this request, for a human.", example = "لا يوجد مقال بالمعرّف 42.")
        String detail,
        @Schema(description = "The request path.", example = "/api/v1/articles/42")
        String instance,
        @Schema(description = "One entry per offending field or parameter.")
        List<FieldError> errors,
        @Schema(description = "The request's id, as in its X-Request-Id header and the service's logs: quote it when"
                + " reporting a problem.", maxLength = 128, example = "3f1c2d9e-8a41-4b7e-9a57-0c6f1d2e4b10")
        String requestId) {

    /** The MDC key under which the request filter puts the request id (see observability/RequestIds). */
    public static final String REQUEST_ID_KEY = "requestId";

    /** A problem about the request being answered: its id is the one in the logging context. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, currentRequestId());
    }

    private static String currentRequestId() {
        Object id = org.jboss.logging.MDC.get(REQUEST_ID_KEY);
        return id == null ? null : id.toString();
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Name of the parameter or JSON field.", example = "limit", required = true)
            String field,
            @Schema(description = "What is wrong with it.", example = "يجب أن يكون عدداً صحيحاً بين 1 و100.", required = true)
            String message) {
    }
}
