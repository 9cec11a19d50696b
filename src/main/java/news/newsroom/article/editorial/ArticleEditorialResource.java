package news.newsroom.article.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.newsroom.staff.security.CurrentStaff;
import news.newsroom.staff.StaffRole;
import news.newsroom.cache.PrivateResponses;
import news.newsroom.web.ProblemMappers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import news.newsroom.article.ArticleDetail;

/** Writing articles: the editorial tools and importers use these with a staff Bearer token. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = "bearer")
public class ArticleEditorialResource {

    private static final String ID_DESCRIPTION = "Article id.";

    private final ArticleEditor editor;
    private final CurrentStaff currentStaff;
    private final ObjectMapper objectMapper;

    public ArticleEditorialResource(ArticleEditor editor, CurrentStaff currentStaff, ObjectMapper objectMapper) {
        this.editor = editor;
        this.currentStaff = currentStaff;
        this.objectMapper = objectMapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE, StaffRole.AUTHOR_ROLE})
    @Operation(operationId = "createArticle", summary = "Create an article (admin, editor, author)",
            description = "Creates a draft. Editors and admins may create it as `published` with an explicit "
                    + "`publishedAt` to import an archive. The slug is made from the Arabic title unless given.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it and `ETag` guards the next edit.",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response createArticle(@Valid @NotNull ArticleInput body, @Context UriInfo uri) {
        ArticleEditor.Edited created = editor.create(body, currentStaff.require());
        return PrivateResponses.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.article().id())).build(),
                created.article(), created.etag());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE, StaffRole.AUTHOR_ROLE})
    @Operation(operationId = "replaceArticle", summary = "Replace an article (If-Match required)",
            description = "Send the whole article. `If-Match` must carry the article's current ETag: without it the "
                    + "answer is 428, with a stale one 412, so two editors never overwrite each other. Authors may "
                    + "change only their own drafts.")
    @APIResponse(responseCode = "200", description = "The article after the change, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response replaceArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Parameter(description = "The ETag from the last read of this article.", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ArticleInput body) {
        return edited(editor.replace(id, body, ifMatch, currentStaff.require()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE, StaffRole.AUTHOR_ROLE})
    @Operation(operationId = "patchArticle", summary = "Change some fields of an article (If-Match required)",
            description = "A JSON merge patch (RFC 7396) over the fields of ArticleInput: fields sent replace, null "
                    + "clears, others stay. Same If-Match rule and permissions as a replace.")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", description = "The article after the change, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response patchArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Parameter(description = "The ETag from the last read of this article.", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        return edited(editor.patch(id, body, ifMatch, currentStaff.require()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @Operation(operationId = "publishArticle", summary = "Publish now, or schedule (admin, editor)",
            description = "Without a body or `publishAt`, publishes now (a republished article keeps its first "
                    + "publication time). A future `publishAt` schedules it; the scheduler publishes it on time.")
    @APIResponse(responseCode = "200", description = "The article, published or scheduled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response publishArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublishRequest.class))) String body) {
        // Read by hand: a body-less POST (no Content-Type at all) must work as well as {"publishAt": ...}.
        PublishRequest request = null;
        if (body != null && !body.isBlank()) {
            try {
                request = objectMapper.readValue(body, PublishRequest.class);
            } catch (JsonProcessingException malformed) {
                throw ProblemMappers.malformedBody(malformed);
            }
        }
        return edited(editor.publish(id, request == null ? null : request.publishAt(),
                currentStaff.require()));
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @Operation(operationId = "unpublishArticle", summary = "Take an article off the site (admin, editor)",
            description = "A published or scheduled article goes back to draft.")
    @APIResponse(responseCode = "200", description = "The article, now a draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response unpublishArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return edited(editor.unpublish(id, currentStaff.require()));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @Operation(operationId = "archiveArticle", summary = "Archive an article (admin, editor)",
            description = "Kept for the record, off the site.")
    @APIResponse(responseCode = "200", description = "The archived article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response archiveArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return edited(editor.archive(id, currentStaff.require()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE, StaffRole.AUTHOR_ROLE})
    @Operation(operationId = "submitArticle", summary = "Submit a draft for review (its author)",
            description = "Marks the draft as waiting for the desk. Authors may submit only their own drafts.")
    @APIResponse(responseCode = "200", description = "The submitted draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response submitArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return edited(editor.submit(id, currentStaff.require()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @Operation(operationId = "deleteArticle", summary = "Delete an article (admin, editor)",
            description = "Removes it from the site and the desk (404 afterwards); an admin can restore it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response deleteArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        editor.delete(id, currentStaff.require());
        return PrivateResponses.noContent();
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed(StaffRole.ADMIN_ROLE)
    @Operation(operationId = "restoreArticle", summary = "Restore a deleted article as a draft (admin)",
            description = "A deleted article comes back as a draft with its slug, body and revisions; publish it again to put it back on the site.")
    @APIResponse(responseCode = "200", description = "The restored draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response restoreArticle(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return edited(editor.restore(id, currentStaff.require()));
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE, StaffRole.AUTHOR_ROLE, StaffRole.MODERATOR_ROLE})
    @Operation(operationId = "listArticleRevisions", summary = "Every saved version of an article (staff)",
            description = "Newest first: who changed which fields, when, and by which action.")
    @APIResponse(responseCode = "200", description = "The revisions, without their snapshots.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
    public Response listArticleRevisions(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return PrivateResponses.ok(editor.revisions(id, currentStaff.require()));
    }

    @GET
    @Path("/{id}/revisions/{version}")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE, StaffRole.AUTHOR_ROLE, StaffRole.MODERATOR_ROLE})
    @Operation(operationId = "getArticleRevision", summary = "One saved version of an article in full (staff)",
            description = "The article as it was saved in that version: every field, the body as blocks. Versions start at 0 and are listed by listArticleRevisions.")
    @APIResponse(responseCode = "200", description = "The revision with the whole article as it was then.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionView.class)))
    public Response getArticleRevision(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Parameter(description = "Version number, from 0.") @PathParam("version") @Min(0) int version) {
        return PrivateResponses.ok(editor.revision(id, version, currentStaff.require()));
    }

    private static Response edited(ArticleEditor.Edited edited) {
        return PrivateResponses.ok(edited.article(), edited.etag());
    }
}
