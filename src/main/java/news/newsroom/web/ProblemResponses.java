package news.newsroom.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the answers every operation can give besides its success, in one place instead of on each
 * method: problem+json for 400/404/405/406/500, 304 for conditional GETs, and the bodiless 413 and 414 of the
 * HTTP layer. {@link StrictRequestSchemas} adds what the service refuses besides (ids below 1, unknown fields). The build runs this filter when
 * it generates openapi.yaml.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** Public reads answered afresh each time: they send no validators, so no 304. */
    /** Paths of rows with a version (articles, staff accounts): a write that loses a race to another is 412. */
    private static final Pattern VERSIONED = Pattern.compile(
            "/api/v1/(articles|staff)/\\{id}(/.*)?");
    private static final java.util.Set<String> UNCACHED = java.util.Set.of("listChanges", "streamChanges");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        StrictRequestSchemas.apply(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean templated = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                APIResponses responses = entry.getValue().getResponses();
                if (responses == null) {
                    continue;
                }
                boolean hasParameters = entry.getValue().getParameters() != null
                        && !entry.getValue().getParameters().isEmpty();
                Operation op = entry.getValue();
                boolean signIn = "signIn".equals(op.getOperationId());
                boolean securedOp = op.getSecurity() != null && !op.getSecurity().isEmpty();
                if (!securedOp && !signIn) {
                    // Public operations: anonymous, or with an integrator key, or (drafts) a staff token.
                    op.setSecurity(new java.util.ArrayList<>(List.of(
                            OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement().addScheme("bearer"),
                            OASFactory.createSecurityRequirement().addScheme("apiKey"))));
                }
                if (signIn) {
                    addIfAbsent(responses, "401", problem("The email or password is wrong (the same answer for both)."));
                    addIfAbsent(responses, "429", problemWithRetryAfter("Too many failed sign-ins for this email or client; see Retry-After."));
                }
                if ("listArticles".equals(op.getOperationId())) {
                    addIfAbsent(responses, "503", problemWithRetryAfter("A search (`q`) waited too long for its turn: more searches"
                            + " were running than the service takes at once (`busy`); or the database cannot be reached"
                            + " just now (`database-unavailable`). Ask again after Retry-After seconds."));
                }
                if ("getOEmbed".equals(op.getOperationId())) {
                    addIfAbsent(responses, "404", problem("`url` is not the page of a published article on the website:"
                            + " another host or page, or an id that no published article has."));
                    addIfAbsent(responses, "501", problem("`format=xml`: oEmbed is answered in JSON only (the oEmbed"
                            + " spec's answer to a format the provider does not serve)."));
                }
                if (entry.getKey() == PathItem.HttpMethod.GET && responses.getAPIResponse("200") != null && !securedOp
                        && !UNCACHED.contains(op.getOperationId())) {
                    addIfAbsent(responses, "304", OASFactory.createAPIResponse().description(
                            "Not modified: the copy named by If-None-Match or If-Modified-Since is current. No body."));
                }
                boolean hasBody = op.getRequestBody() != null;
                boolean secured = securedOp;
                if (hasParameters || hasBody) {
                    addIfAbsent(responses, "400", problem(hasBody
                            ? "The body is malformed or breaks a rule, or a parameter is wrong; `errors` names each field."
                            : "A parameter is malformed or out of range; `errors` names it."));
                }
                if (secured) {
                    addIfAbsent(responses, "401", problem("No valid Bearer token: missing, badly signed, from another issuer, unsigned or expired."));
                    addIfAbsent(responses, "403", problem("The token is valid but its roles do not allow this."));
                } else {
                    addIfAbsent(responses, "401", problem("An X-API-Key or Authorization header was sent but is not valid."));
                    addIfAbsent(responses, "429", problemWithRetryAfter("The X-API-Key has used up its quota; see Retry-After."));
                    // Quarkus' CORS filter refuses a browser page of an origin not in newsroom.http.allowed-origins.
                    addIfAbsent(responses, "403", OASFactory.createAPIResponse().description("Sent by a browser page"
                            + " whose origin is not in the allowed origins (CORS). No body."));
                }
                if (entry.getKey() == PathItem.HttpMethod.PUT || entry.getKey() == PathItem.HttpMethod.PATCH) {
                    if (path.getKey().startsWith("/api/v1/articles/")) {
                        addIfAbsent(responses, "412", problem("If-Match does not name the current version: someone changed it since you read it."));
                        addIfAbsent(responses, "428", problem("If-Match is missing."));
                    }
                }
                if (secured && entry.getKey() != PathItem.HttpMethod.GET && VERSIONED.matcher(path.getKey()).matches()) {
                    addIfAbsent(responses, "412", problem("Another request changed the same article or account at the"
                            + " same moment and this one lost the race; read it again and retry."));
                }
                // Refused by the HTTP layer before the application reads it, so without a problem body.
                addIfAbsent(responses, "414", OASFactory.createAPIResponse()
                        .description("The URL is longer than the server accepts. No body."));
                if (hasBody) {
                    // Refused by the HTTP layer before the application reads it, so without a problem body.
                    addIfAbsent(responses, "413", OASFactory.createAPIResponse()
                            .description("The body is larger than the server accepts (1 MB). No body."));
                    addIfAbsent(responses, "415", problem("The body is not sent as JSON."));
                }
                if (secured && entry.getKey() != PathItem.HttpMethod.GET) {
                    addIfAbsent(responses, "409", problem("Conflicts with the current state: a slug or email already "
                            + "used, something still in use, or an action the article's status does not allow."));
                }
                if (path.getKey().startsWith("/feeds/")) {
                    if (templated) {
                        addIfAbsent(responses, "404", problem("No section, tag or author has that slug."));
                    }
                    addIfAbsent(responses, "406", problem("The Accept header takes neither the feed's own type, nor "
                            + "application/xml or text/xml (RSS, Atom), nor application/json (JSON Feed), nor */*."));
                }
                if (templated) {
                    addIfAbsent(responses, "404", problem("Nothing with that id or slug is published."));
                }
                addIfAbsent(responses, "406", problem("The Accept header asks for something other than JSON."));
                addIfAbsent(responses, "500", problem("An unexpected failure on our side; `detail` names an incident id."));
                addIfAbsent(responses, "503", problem("The database cannot be reached just now (`database-unavailable`);"
                        + " nothing was saved. Ask again after Retry-After seconds.")
                        .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait.")
                                .schema(OASFactory.createSchema().format("int32").type(java.util.List.of(
                                        org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)))));
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, APIResponse response) {
        APIResponse existing = responses.getAPIResponse(status);
        // An error response documented without a body (as generators add them) gets the problem body.
        boolean bodiless = existing != null && !status.startsWith("2") && !status.startsWith("3")
                && (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                        || existing.getContent().getMediaTypes().isEmpty());
        if (existing == null || bodiless) {
            responses.addAPIResponse(status, response);
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    /** A problem answered with a Retry-After header: a 429 or a 503 the client may send again later. */
    private static APIResponse problemWithRetryAfter(String description) {
        return problem(description).addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait.")
                .schema(OASFactory.createSchema().format("int32").type(List.of(Schema.SchemaType.INTEGER))));
    }
}
