package news.newsroom.integration.embed;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import news.newsroom.cache.CacheableResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/oembed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Embeds")
public class OEmbedResource {

    private final EmbedService embeds;
    private final CacheableResponses responses;

    public OEmbedResource(EmbedService embeds, CacheableResponses responses) {
        this.embeds = embeds;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "getOEmbed", summary = "oEmbed of an article page",
            description = "oEmbed 1.0 (https://oembed.com) for an article's address on the website, so that a "
                    + "partner's site (WordPress among them) turns a pasted link into an embedded quotation of the "
                    + "article. The answer is `rich`: HTML with the title linking to the article, its excerpt, byline "
                    + "and outlet, and no script. Article pages announce this endpoint with "
                    + "`<link rel=\"alternate\" type=\"application/json+oembed\" href=\"…/api/v1/oembed?url=…\">`.")
    @APIResponse(responseCode = "200", description = "The oEmbed of the article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OEmbed.class)))
    public Response getOEmbed(
            @Parameter(description = "The article's address on the website, `{site}/articles/{id}/{slug}`: `http` or "
                    + "`https`, the slug percent-encoded, in raw Arabic or left out, with or without a trailing slash; "
                    + "a query or fragment is ignored. At most " + ArticleLinks.MAX_ADDRESS_LENGTH + " characters.",
                    required = true, schema = @Schema(type = SchemaType.STRING, maxLength = ArticleLinks.MAX_ADDRESS_LENGTH),
                    example = "https://newsroom.example/articles/42/%D8%A7%D9%84%D8%A3%D9%84%D9%88%D8%A7%D8%AD")
            @QueryParam(EmbedService.URL_PARAMETER) String url,
            @Parameter(description = "`json` (the default). `xml` is answered 501: only JSON is served.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "xml"}, defaultValue = "json"))
            @QueryParam("format") OEmbedFormat format,
            @Parameter(description = "The widest the embed may be, in pixels.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
            @QueryParam("maxwidth") @Min(1) Integer maxWidth,
            @Parameter(description = "The tallest the embed may be, in pixels.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
            @QueryParam("maxheight") @Min(1) Integer maxHeight,
            @Context Request request) {
        EmbedAnswer<OEmbed> answer = embeds.oEmbed(url, format, maxWidth, maxHeight);
        return responses.ok(request, answer.body(), answer.lastModified(), answer.surrogateKeys());
    }
}
