package news.newsroom.tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.staff.StaffRole;
import news.newsroom.web.ApiProblem;
import news.newsroom.cache.CacheableResponses;
import news.newsroom.web.PageRequest;
import news.newsroom.cache.PrivateResponses;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class TagResource {

    private final TagService tags;
    private final CacheableResponses responses;

    public TagResource(TagService tags, CacheableResponses responses) {
        this.tags = tags;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags",
            description = "Tags by name, with the number of published articles carrying each.")
    @APIResponse(responseCode = "200", description = "One page of tags.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class)))
    public Response listTags(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.") @QueryParam("cursor") String cursor,
            @Parameter(description = "1-based page number, instead of a cursor.")
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @Context Request request, @Context UriInfo uri) {
        Versioned<TagPage> list = tags.list(PageRequest.of(limit, cursor, page));
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.TAGS));
        list.body().items().forEach(tag -> keys.add(SurrogateKeys.tag(tag.slug())));
        return responses.okPage(request, uri, list.body(), list.body().nextCursor(), list.lastModified(), keys);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTag", summary = "Get one tag by slug",
            description = "Send an Arabic slug percent-encoded as UTF-8, e.g. the slug `المياه` as `/api/v1/tags/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87`.")
    @APIResponse(responseCode = "200", description = "The tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response getTag(
            @Parameter(description = "Tag slug, percent-encoded when Arabic.", example = "الطاقة-الشمسية") @PathParam("slug") String slug,
            @Context Request request) {
        Versioned<TagView> tag = tags.find(slug).orElseThrow(() -> ApiProblem.notFound("not-found.tag", slug));
        return responses.ok(request, tag.body(), tag.lastModified(), List.of(SurrogateKeys.TAGS, SurrogateKeys.tag(tag.body().slug())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createTag", summary = "Create a tag (admin, editor)",
            description = "The slug is made from the name unless given; Arabic slugs are kept in Arabic and sent percent-encoded in URLs.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response createTag(@Valid @NotNull TagInput body, @Context UriInfo uri) {
        TagView created = tags.create(body);
        return PrivateResponses.created(uri.getAbsolutePathBuilder().path(created.slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceTag", summary = "Change a tag (admin, editor)",
            description = "Renaming a tag changes the ETag of every article carrying it.")
    @APIResponse(responseCode = "200", description = "The tag after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response replaceTag(@PathParam("slug") String slug, @Valid @NotNull TagInput body) {
        return PrivateResponses.ok(tags.replace(slug, body));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteTag", summary = "Delete a tag (admin, editor)", description = "The tag is taken off its articles; the articles stay.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response deleteTag(@PathParam("slug") String slug) {
        tags.delete(slug);
        return PrivateResponses.noContent();
    }
}
