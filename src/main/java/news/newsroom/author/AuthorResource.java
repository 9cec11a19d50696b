package news.newsroom.author;

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

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorResource {

    private final AuthorService authors;
    private final CacheableResponses responses;

    public AuthorResource(AuthorService authors, CacheableResponses responses) {
        this.authors = authors;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors",
            description = "Authors by name, with the number of published articles each has written.")
    @APIResponse(responseCode = "200", description = "One page of authors.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorPage.class)))
    public Response listAuthors(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.") @QueryParam("cursor") String cursor,
            @Parameter(description = "1-based page number, instead of a cursor.")
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @Context Request request, @Context UriInfo uri) {
        Versioned<AuthorPage> list = authors.list(PageRequest.of(limit, cursor, page));
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.AUTHORS));
        list.body().items().forEach(author -> keys.add(SurrogateKeys.author(author.slug())));
        return responses.okPage(request, uri, list.body(), list.body().nextCursor(), list.lastModified(), keys);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAuthor", summary = "Get one author by slug",
            description = "Send an Arabic slug percent-encoded as UTF-8, e.g. the slug `لينا-خوري` as `/api/v1/authors/%D9%84%D9%8A%D9%86%D8%A7-%D8%AE%D9%88%D8%B1%D9%8A`.")
    @APIResponse(responseCode = "200", description = "The author.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorView.class)))
    public Response getAuthor(
            @Parameter(description = "Author slug.", example = "lina-khoury") @PathParam("slug") String slug,
            @Context Request request) {
        Versioned<AuthorView> author = authors.find(slug).orElseThrow(() -> ApiProblem.notFound("not-found.author", slug));
        return responses.ok(request, author.body(), author.lastModified(), List.of(SurrogateKeys.AUTHORS, SurrogateKeys.author(author.body().slug())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createAuthor", summary = "Create an author profile (admin, editor)",
            description = "The slug is made from the name unless given; Arabic slugs are kept in Arabic and sent percent-encoded in URLs.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorView.class)))
    public Response createAuthor(@Valid @NotNull AuthorInput body, @Context UriInfo uri) {
        AuthorView created = authors.create(body);
        return PrivateResponses.created(uri.getAbsolutePathBuilder().path(created.slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceAuthor", summary = "Change an author profile (admin, editor)",
            description = "Renaming an author changes the ETag of every article bylined to them.")
    @APIResponse(responseCode = "200", description = "The author after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorView.class)))
    public Response replaceAuthor(@PathParam("slug") String slug, @Valid @NotNull AuthorInput body) {
        return PrivateResponses.ok(authors.replace(slug, body));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.EDITOR_ROLE})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteAuthor", summary = "Delete an author profile (admin, editor)", description = "Refused with 409 while the author still has bylines.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response deleteAuthor(@PathParam("slug") String slug) {
        authors.delete(slug);
        return PrivateResponses.noContent();
    }
}
