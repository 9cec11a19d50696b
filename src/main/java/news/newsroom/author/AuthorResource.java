package news.newsroom.author;

import jakarta.ws.rs.GET;
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
import news.newsroom.web.ApiProblem;
import news.newsroom.web.CacheableResponses;
import news.newsroom.web.PageRequest;
import news.newsroom.web.SurrogateKeys;
import news.newsroom.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.") @QueryParam("cursor") String cursor,
            @Parameter(description = "1-based page number, instead of a cursor.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000"))
            @QueryParam("page") String page,
            @Context Request request, @Context UriInfo uri) {
        Versioned<AuthorPage> list = authors.list(PageRequest.of(limit, cursor, page));
        List<String> keys = new ArrayList<>(List.of("authors"));
        list.body().items().forEach(author -> keys.add(SurrogateKeys.author(author.slug())));
        return responses.okPage(request, uri, list.body(), list.body().nextCursor(), list.lastModified(), keys);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAuthor", summary = "Get one author by slug")
    @APIResponse(responseCode = "200", description = "The author.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorView.class)))
    public Response getAuthor(
            @Parameter(description = "Author slug.", example = "lina-khoury") @PathParam("slug") String slug,
            @Context Request request) {
        Versioned<AuthorView> author = authors.find(slug).orElseThrow(() -> ApiProblem.notFound("not-found.author", slug));
        return responses.ok(request, author.body(), author.lastModified(), List.of("authors", SurrogateKeys.author(author.body().slug())));
    }
}
