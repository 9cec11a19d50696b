package news.newsroom.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.newsroom.NewsroomConfig;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 {@code application/problem+json}: client mistakes into 4xx with the
 * field named, anything unexpected into a 500 that names no class and carries no stack trace.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper objectMapper;

    @Inject
    NewsroomConfig config;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, HttpHeaders headers, UriInfo uri) {
        Response response = respond(problem.type(), problem.detailKey(), problem.args(), problem.fieldIssues(),
                headers, uri);
        if (problem.headers().isEmpty()) {
            return response;
        }
        Response.ResponseBuilder builder = Response.fromResponse(response);
        problem.headers().forEach(builder::header);
        return builder.build();
    }

    /** A typed parameter that could not be converted (see ParameterConverters). */
    @ServerExceptionMapper
    public Response invalidParameter(ParameterProblem e, HttpHeaders headers, UriInfo uri) {
        return apiProblem(e.problem(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, "unauthorized.missing", new Object[0],
                List.of(), headers, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, "unauthorized.invalid-token", new Object[0],
                List.of(), headers, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    /** Two writers raced past the If-Match check; the later commit loses, as a stale If-Match would. */
    @ServerExceptionMapper
    public Response staleWrite(jakarta.persistence.OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED, "precondition-failed.race", new Object[0], List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "forbidden.role", new Object[0], List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.NOT_FOUND, "not-found.route", new Object[0], List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        Set<String> allowed = allowedMethods.at(uri.getPath());
        Response response = respond(ProblemType.METHOD_NOT_ALLOWED, "method-not-allowed.detail",
                new Object[] {String.join(", ", allowed)}, List.of(), headers, uri);
        return Response.fromResponse(response).allow(allowed).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type.detail", new Object[0], List.of(),
                headers, uri);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.NOT_ACCEPTABLE, "not-acceptable.detail", new Object[0], List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<ApiProblem.FieldIssue> issues = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            issues.add(issueOf(violation));
        }
        return respond(ProblemType.VALIDATION_FAILED, "validation-failed.detail", new Object[0], issues, headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return apiProblem(malformedBody(e), headers, uri);
    }

    /** Quarkus maps this subtype itself unless an equally specific mapper claims it. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return malformedJson(e, headers, uri);
    }

    /** A 400 for a body Jackson could not read, naming the offending field when there is one. */
    public static ApiProblem malformedBody(JsonProcessingException e) {
        List<ApiProblem.FieldIssue> issues = new ArrayList<>();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String key = "malformed-body.wrong-type";
            if (mapping instanceof StrictJson.UnstorableText) {
                key = "malformed-body.unstorable-text";
            } else if (mapping instanceof StrictJson.InstantOutOfRange) {
                key = "malformed-body.instant-range";
            } else if (mapping instanceof UnrecognizedPropertyException) {
                key = "malformed-body.unknown-field";
            } else if (mapping instanceof InvalidFormatException) {
                key = "malformed-body.wrong-value";
            }
            issues.add(key.endsWith("instant-range")
                    ? new ApiProblem.FieldIssue(field, key, StrictJson.FIRST_YEAR, StrictJson.LAST_YEAR)
                    : new ApiProblem.FieldIssue(field, key));
        }
        return new ApiProblem(ProblemType.MALFORMED_BODY, "malformed-body.detail", issues);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return respond(ProblemType.PAYLOAD_TOO_LARGE, "payload-too-large.detail", new Object[0], List.of(),
                    headers, uri);
        }
        if (status >= 400 && status < 500) {
            if (e.getCause() instanceof JsonProcessingException json) {
                return malformedJson(json, headers, uri);
            }
            return respond(ProblemType.BAD_REQUEST, "bad-request.detail", new Object[0], List.of(), headers, uri,
                    status);
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return apiProblem(DatabaseOutage.problem(e), headers, uri);
        }
        java.util.Optional<ApiProblem> race = DatabaseConflicts.problemFor(e);
        if (race.isPresent()) {
            LOG.infof("A concurrent write won on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
            return apiProblem(race.get(), headers, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s, on %s", incident, uri == null ? "?" : uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, "internal-error.detail", new Object[] {incident}, List.of(),
                headers, uri);
    }

    private Response respond(ProblemType type, String detailKey, Object[] args, List<ApiProblem.FieldIssue> issues,
            HttpHeaders headers, UriInfo uri) {
        return respond(type, detailKey, args, issues, headers, uri, type.status());
    }

    private Response respond(ProblemType type, String detailKey, Object[] args, List<ApiProblem.FieldIssue> issues,
            HttpHeaders headers, UriInfo uri, int status) {
        Language language = Language.preferredBy(headers);
        List<Problem.FieldError> errors = issues.stream()
                .map(issue -> new Problem.FieldError(issue.field(),
                        ProblemMessages.text(language, issue.messageKey(), issue.args())))
                .toList();
        Problem problem = new Problem(
                config.siteBaseUrl() + "/problems/" + type.slug(),
                ProblemMessages.text(language, type.slug() + ".title"),
                status,
                ProblemMessages.text(language, detailKey, args),
                uri == null ? null : uri.getRequestUri().getRawPath(),
                errors);
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        return Response.status(status)
                .type(PROBLEM_JSON + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body)
                .build();
    }

    /**
     * A broken limit (the one definition of which is the DTO's constraint) is told in the caller's language, with
     * the limit; other constraints keep the validator's message.
     */
    private static ApiProblem.FieldIssue issueOf(ConstraintViolation<?> violation) {
        String field = fieldOf(violation);
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof Size size && (value instanceof CharSequence || value instanceof Collection<?>)) {
            boolean text = value instanceof CharSequence;
            int length = text ? ((CharSequence) value).length() : ((Collection<?>) value).size();
            if (length > size.max()) {
                return new ApiProblem.FieldIssue(field, text ? "field.too-long" : "field.too-many", size.max());
            }
            return new ApiProblem.FieldIssue(field, text ? "field.too-short" : "field.too-few", size.min());
        }
        if (constraint instanceof Min min) {
            return new ApiProblem.FieldIssue(field, "field.at-least", min.value());
        }
        if (constraint instanceof Max max) {
            return new ApiProblem.FieldIssue(field, "field.at-most", max.value());
        }
        return new ApiProblem.FieldIssue(field, "validation.message", violation.getMessage());
    }

    /** The JSON field a violation is about: "title", "tags[2]", "blocks[0].level" (method and parameter dropped). */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        int leading = 0;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                leading++;
            } else if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                leading++;
                parameter = node.getName();
            } else {
                break;
            }
        }
        String path = violation.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
        for (int i = 0; i < leading; i++) {
            int dot = path.indexOf('.');
            path = dot < 0 ? "" : path.substring(dot + 1);
        }
        return path.isEmpty() && parameter != null ? parameter : path;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
