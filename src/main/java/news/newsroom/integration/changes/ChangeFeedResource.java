package news.newsroom.integration.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Tag(name = "Changes")
public class ChangeFeedResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String ENTITY = "Only changes to these kinds of item: `article`, `comment`, `section`, "
            + "`author`, `tag`; repeat the parameter or separate with commas. All kinds when left out.";
    private static final String EXPIRED = "The cursor is older than the changes kept (`newsroom.changes.retention`, 30 "
            + "days by default), or from before the change log was reset: start again without `since`.";

    private final ChangeFeedService feed;
    private final ChangeStream stream;

    public ChangeFeedResource(ChangeFeedService feed, ChangeStream stream) {
        this.feed = feed;
        this.stream = stream;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "Public changes since a cursor, for keeping a copy in step",
            description = "Without `since`, the current public set first (each live section, author, tag, published "
                    + "article and approved comment once, as `created`, `published` or `approved`), then every change "
                    + "after it; with `since`, the changes after that cursor, in commit order. An entry with "
                    + "`tombstone: true` says the item left the public set (unpublished, archived, deleted, removed). "
                    + "Apply entries in order, page after page while `more` is true, then keep `nextCursor` and ask "
                    + "again later (or follow `/api/v1/changes/stream`): the copy then holds exactly the public set.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = EXPIRED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response listChanges(
            @Parameter(description = "The `nextCursor` of the last page received; none to start from the public set.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512))
            @QueryParam(ChangeFeedService.SINCE) String since,
            @Parameter(description = "How many entries, 1 to 1000.", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "" + ChangeFeedService.MAX_LIMIT,
                    defaultValue = "" + ChangeFeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(ChangeFeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = ENTITY) @QueryParam("entity") List<String> entity) {
        ChangePage page = feed.page(blankToNull(since), limit == null ? ChangeFeedService.DEFAULT_LIMIT : limit,
                ChangeKinds.parse(entity));
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(page).cacheControl(noCache).build();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamChanges", summary = "Live public changes as Server-Sent Events",
            description = "Each change as it commits, on any node, as an event whose `data` is a `Change` (JSON) and "
                    + "whose `id` is a cursor: on reconnecting, the browser's EventSource sends it back as "
                    + "`Last-Event-ID` and the stream resumes after it, missing nothing (a cursor also works as "
                    + "`since`, and with `GET /api/v1/changes`). Without either, the stream starts from now. A comment "
                    + "line every 15 seconds keeps proxies from closing it; `X-Accel-Buffering: no` tells nginx not to "
                    + "buffer it.")
    @APIResponse(responseCode = "200", description = "The stream: `text/event-stream`, open until the client leaves.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING, description = "Server-Sent Events, one per change.")))
    @APIResponse(responseCode = "410", description = EXPIRED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public void streamChanges(
            @Parameter(description = "The `id` of the last event received; the stream resumes after it.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512))
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "A cursor to start after, when there is no Last-Event-ID.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512))
            @QueryParam(ChangeFeedService.SINCE) String since,
            @Parameter(description = ENTITY) @QueryParam("entity") List<String> entity,
            @Context SseEventSink sink, @Context Sse sse) {
        String resumeAfter = blankToNull(lastEventId) != null ? lastEventId.strip() : blankToNull(since);
        stream.open(resumeAfter, ChangeKinds.parse(entity), sink, sse);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
