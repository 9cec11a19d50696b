package news.newsroom.integration.embed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import news.newsroom.cache.CacheableResponses;
import news.newsroom.web.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{id}/structured-data")
@Produces({StructuredDataResource.JSON_LD, MediaType.APPLICATION_JSON})
@Tag(name = "Embeds")
public class StructuredDataResource {

    static final String JSON_LD = "application/ld+json";

    private final EmbedService embeds;
    private final JsonLdWriter jsonLd;
    private final CacheableResponses responses;

    public StructuredDataResource(EmbedService embeds, JsonLdWriter jsonLd, CacheableResponses responses) {
        this.embeds = embeds;
        this.jsonLd = jsonLd;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "getArticleStructuredData", summary = "schema.org structured data of a published article",
            description = "JSON-LD for the article's page on the website: a schema.org `NewsArticle` (the whole title "
                    + "as `headline`, the byline as `Person`s with their pages, the outlet as publisher with its "
                    + "logo when one is configured, the featured image, section and tags) and the `BreadcrumbList` "
                    + "of its section path. The website fetches it server-side and puts it as it is into "
                    + "a `script` element of type `application/ld+json` in the page's head: `<`, `>` and `&` are written as "
                    + "`\\u003c`-style escapes, so no text can end that element. Drafts, scheduled, archived and "
                    + "deleted articles are 404.")
    @APIResponse(responseCode = "200", description = "The article page's JSON-LD.",
            content = @Content(mediaType = JSON_LD, schema = @Schema(implementation = StructuredData.class)))
    public Response getArticleStructuredData(
            @Parameter(description = "Article id.", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"),
                    example = "42")
            @PathParam("id") long articleId,
            @Context Request request) {
        EmbedAnswer<StructuredData> answer = embeds.structuredData(articleId)
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
        return responses.written(request, jsonLd.write(answer.body()), JSON_LD + ";charset=UTF-8",
                answer.lastModified(), answer.surrogateKeys());
    }
}
