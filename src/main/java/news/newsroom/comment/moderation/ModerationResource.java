package news.newsroom.comment.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import news.newsroom.NewsroomConfig;
import news.newsroom.staff.security.CurrentStaff;
import news.newsroom.staff.StaffRole;
import news.newsroom.comment.CommentStatus;
import news.newsroom.comment.ModerationActionView;
import news.newsroom.web.PageRequest;
import news.newsroom.cache.PrivateResponses;
import news.newsroom.web.DayOrInstant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RolesAllowed({StaffRole.MODERATOR_ROLE, StaffRole.EDITOR_ROLE, StaffRole.ADMIN_ROLE})
@SecurityRequirement(name = "bearer")
public class ModerationResource {

    private final ModerationService moderation;
    private final CurrentStaff currentStaff;
    private final NewsroomConfig config;

    public ModerationResource(ModerationService moderation, CurrentStaff currentStaff, NewsroomConfig config) {
        this.moderation = moderation;
        this.currentStaff = currentStaff;
        this.config = config;
    }

    @GET
    @Path("/comments")
    @Operation(operationId = "listCommentsForModeration", summary = "The moderation queue (moderator, editor, admin)",
            description = "Newest first. Default: pending and reported comments. With the email and the reasons a comment was held.")
    @APIResponse(responseCode = "200", description = "One page of comments.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModerationQueue.class)))
    public Response listCommentsForModeration(
            @Parameter(description = "Repeatable: pending, approved, rejected, spam, reported (default: pending and reported).",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("status") List<CommentStatus> status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("article") Long article,
            @Parameter(description = "Posted at or after (ISO date or instant, in the years 1 to 9999).", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("from") DayOrInstant from,
            @Parameter(description = "Posted before the end of (ISO date) or at (instant), in the years 1 to 9999.", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("to") DayOrInstant to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @QueryParam("cursor") String cursor) {
        return PrivateResponses.ok(moderation.queue(status, article,
                from == null ? null : from.start(config.timeZone()), to == null ? null : to.end(config.timeZone()),
                PageRequest.of(limit, cursor, null)));
    }

    @PATCH
    @Path("/comments/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "moderateComment", summary = "Approve, reject, mark as spam or send back to pending",
            description = "Recorded with who, when and the note. The article's commentCount follows.")
    @APIResponse(responseCode = "200", description = "The comment after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModeratedComment.class)))
    public Response moderateComment(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Valid @NotNull ModerationChange body) {
        return PrivateResponses.ok(moderation.change(id, body.status(), body.note(), currentStaff.require()));
    }

    @POST
    @Path("/comments/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateComments", summary = "One status for many comments",
            description = "All or nothing: an unknown id leaves every comment as it was (404).")
    @APIResponse(responseCode = "200", description = "The comments after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "404", description = "One of the ids is unknown; nothing was changed.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response moderateComments(@Valid @NotNull BulkModeration body) {
        return PrivateResponses.ok(moderation.changeMany(body, currentStaff.require()));
    }

    @GET
    @Path("/words")
    @Operation(operationId = "getModerationWords", summary = "The banned and suspect word lists",
            description = "The words as the moderators entered them, in Arabic; matching folds letter forms and diacritics.")
    @APIResponse(responseCode = "200", description = "Both lists.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WordLists.class)))
    public Response getModerationWords() {
        return PrivateResponses.ok(moderation.wordLists());
    }

    @PUT
    @Path("/words")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceModerationWords", summary = "Replace both word lists",
            description = "Banned words refuse a comment (422); suspect words hold it for review. Words are matched after Arabic normalization (tashkeel, tatweel, letter forms, proclitics).")
    @APIResponse(responseCode = "200", description = "The lists as stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WordLists.class)))
    public Response replaceModerationWords(@Valid @NotNull WordLists body) {
        return PrivateResponses.ok(moderation.replaceWordLists(body, currentStaff.require()));
    }

    @PUT
    @Path("/articles/{id}/comment-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCommentSettings", summary = "Open or close comments on an article, or set its moderation mode",
            description = "`open: false` refuses new comments on the article; `moderation` `pre` holds every new comment for review, `post` shows it at once, null follows the site setting.")
    @APIResponse(responseCode = "200", description = "The settings as stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentSettings.class)))
    public Response changeCommentSettings(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Valid @NotNull CommentSettings body) {
        return PrivateResponses.ok(moderation.changeSettings(id, body, currentStaff.require()));
    }

    @GET
    @Path("/actions")
    @Operation(operationId = "listModerationActions", summary = "The moderation record: who did what, when",
            description = "Newest first.")
    @APIResponse(responseCode = "200", description = "Recorded actions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModerationActionView.class)))
    public Response listModerationActions(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + ModerationService.ACTIONS_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit) {
        return PrivateResponses.ok(moderation.actions(limit == null ? ModerationService.ACTIONS_LIMIT : limit));
    }
}
