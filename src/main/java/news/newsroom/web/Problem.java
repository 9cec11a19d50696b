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
        List<FieldError> errors) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Name of the parameter or JSON field.", example = "limit", required = true)
            String field,
            @Schema(description = "What is wrong with it.", example = "يجب أن يكون عدداً صحيحاً بين 1 و100.", required = true)
            String message) {
    }
}
