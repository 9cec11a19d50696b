package news.newsroom.section;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections")
public class SectionResource {

    private final SectionService sections;
    private final CacheableResponses responses;

    public SectionResource(SectionService sections, CacheableResponses responses) {
        this.sections = sections;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listSections", summary = "List sections in tree order",
            description = "All sections, each parent followed by its subsections, with the number of published "
                    + "articles in each (subsections included). Default limit 100, enough for a whole menu.")
    @APIResponse(responseCode = "200", description = "Sections in tree order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionPage.class)))
    public Response listSections(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + SectionService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.") @QueryParam("cursor") String cursor,
            @Context Request request, @Context UriInfo uri) {
        Versioned<SectionPage> page = sections.list(PageRequest.of(limit, cursor, null, SectionService.DEFAULT_LIMIT));
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.SECTIONS));
        page.body().items().forEach(section -> keys.add(SurrogateKeys.section(section.slug())));
        return responses.okPage(request, uri, page.body(), page.body().nextCursor(), page.lastModified(), keys);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getSection", summary = "Get one section by slug",
            description = "Send an Arabic slug percent-encoded as UTF-8, e.g. the slug `طاقة` as `/api/v1/sections/%D8%B7%D8%A7%D9%82%D8%A9`.")
    @APIResponse(responseCode = "200", description = "The section.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    public Response getSection(
            @Parameter(description = "Section slug.", example = "economy") @PathParam("slug") String slug,
            @Context Request request) {
        Versioned<SectionView> section = sections.find(slug)
                .orElseThrow(() -> ApiProblem.notFound("not-found.section", slug));
        return responses.ok(request, section.body(), section.lastModified(),
                List.of(SurrogateKeys.SECTIONS, SurrogateKeys.section(section.body().slug())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createSection", summary = "Create a section (admin, editor)",
            description = "Name a `parentSlug` to nest it. The slug is made from the name unless given; Arabic slugs are kept in Arabic and sent percent-encoded in URLs.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    public Response createSection(@Valid @NotNull SectionInput body, @Context UriInfo uri) {
        SectionView created = sections.create(body);
        return PrivateResponses.created(uri.getAbsolutePathBuilder().path(created.slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceSection", summary = "Change a section (admin, editor)",
            description = "Renaming a section changes the ETag of every article in it. A new parent may not be the section itself or below it.")
    @APIResponse(responseCode = "200", description = "The section after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    public Response replaceSection(@PathParam("slug") String slug, @Valid @NotNull SectionInput body) {
        return PrivateResponses.ok(sections.replace(slug, body));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteSection", summary = "Delete a section (admin, editor)", description = "Refused with 409 while the section still has articles (of any status) or subsections.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response deleteSection(@PathParam("slug") String slug) {
        sections.delete(slug);
        return PrivateResponses.noContent();
    }
}
