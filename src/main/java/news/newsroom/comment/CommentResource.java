package news.newsroom.comment;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import news.newsroom.cache.PrivateResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentResource {

    private final CommentReports reports;
    private final CommentChallenge challenge;
    private final ClientIdentity clients;

    public CommentResource(CommentReports reports, CommentChallenge challenge, ClientIdentity clients) {
        this.reports = reports;
        this.challenge = challenge;
        this.clients = clients;
    }

    @GET
    @Path("/challenge")
    @Operation(operationId = "getCommentChallenge", summary = "Get the question that guards the comment form",
            description = "An Arabic arithmetic question («اكتب ناتج 2 + 9») and a signed token. Post the token and the "
                    + "answer with the comment within 10 minutes; each token works once.")
    @APIResponse(responseCode = "200", description = "A fresh challenge.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeView.class)))
    public Response getCommentChallenge() {
        CommentChallenge.Issued issued = challenge.issue();
        return PrivateResponses.ok(new ChallengeView(issued.token(), issued.question(), issued.expiresAt()));
    }

    @POST
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportComment", summary = "Report a comment to the moderators",
            description = "After 3 reports from different readers the comment leaves the page and returns to the queue.")
    @APIResponse(responseCode = "202", description = "Report received.")
    public Response reportComment(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Valid @NotNull ReportInput body, @Context HttpServerRequest http) {
        String client = clients.hashOf(http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
        reports.report(id, body.reason(), client);
        return Response.accepted().header("Cache-Control", PrivateResponses.NO_STORE).build();
    }
}
