package news.newsroom.comment;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.newsroom.web.ApiProblem;
import news.newsroom.cache.CacheableResponses;
import news.newsroom.web.PageRequest;
import news.newsroom.cache.PrivateResponses;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class ArticleCommentResource {

    /** The order of a thread list. */
    public enum Order { OLDEST, NEWEST }

    private final CommentService comments;
    private final CommentThreads threads;
    private final CommentRateLimiter limiter;
    private final ClientIdentity clients;
    private final CacheableResponses responses;

    public ArticleCommentResource(CommentService comments, CommentThreads threads, CommentRateLimiter limiter,
            ClientIdentity clients, CacheableResponses responses) {
        this.comments = comments;
        this.threads = threads;
        this.limiter = limiter;
        this.clients = clients;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listComments", summary = "Approved comments of an article, threaded",
            description = "Top-level comments with their approved replies nested (two levels). Pages are of threads.")
    @APIResponse(responseCode = "200", description = "One page of threads.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPage.class)))
    public Response listComments(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long articleId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"oldest", "newest"}, defaultValue = "oldest"))
            @QueryParam("sort") Order sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @QueryParam("cursor") String cursor,
            @Context Request request, @Context UriInfo uri) {
        boolean newest = sort == Order.NEWEST;
        Versioned<CommentPage> page = threads.list(articleId, newest, PageRequest.of(limit, cursor, null));
        return responses.okPage(request, uri, page.body(), page.body().nextCursor(), page.lastModified(),
                List.of(SurrogateKeys.comments(articleId), SurrogateKeys.article(articleId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postComment", summary = "Post a comment",
            description = "Needs a solved challenge. Limits per client: 5 a minute, 30 an hour (429 with Retry-After and "
                    + "RateLimit-* headers). Depending on moderation, the new comment is `approved` or `pending`. "
                    + "Send an `Idempotency-Key` to make a retry return the first result instead of a second comment; reusing a "
                    + "key for a different comment is a 422.")
    @APIResponse(responseCode = "201", description = "Received; `status` says whether it is shown yet.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "403", description = "Comments are closed on this article.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "422", description = "The comment contains a banned word, or the Idempotency-Key was "
            + "already used for another request (another article or other fields).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Too many comments from this client.",
            headers = {@Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
                @Header(name = "RateLimit-Limit", schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
                @Header(name = "RateLimit-Remaining", schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
                @Header(name = "RateLimit-Reset", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))},
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response postComment(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long articleId,
            @Parameter(description = "Any unique string per comment, e.g. a UUID; a retry with the same key returns the first result.")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull CommentInput body,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ApiProblem.invalidParameter("Idempotency-Key", "field.too-long", 100);
        }
        String client = clients.hashOf(http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
        limiter.take(client);
        CommentService.Posted posted = comments.post(articleId, body, client, idempotencyKey);
        Response.ResponseBuilder created = Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/articles/{id}/comments").build(articleId))
                .entity(posted.comment()).header("Cache-Control", PrivateResponses.NO_STORE);
        if (posted.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }
}
