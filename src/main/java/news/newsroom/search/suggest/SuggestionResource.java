package news.newsroom.search.suggest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import news.newsroom.cache.CacheableResponses;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final CacheableResponses responses;

    public SuggestionResource(SuggestionService suggestions, CacheableResponses responses) {
        this.suggestions = suggestions;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "suggestTitles", summary = "Suggest article titles as the reader types",
            description = "Up to 10 published titles for the text typed so far, cheap enough to call on every "
                    + "keystroke. Titles where a word begins with the typed text (after Arabic folding: tashkeel, "
                    + "alef and hamza forms, ة/ه, ى/ي) come first, newest first; then titles holding it inside a "
                    + "word (from 3 letters), newest first; then titles close to it despite a typo (from 5 letters), "
                    + "closest first. Two letters "
                    + "suggest from the newest titles only. Fewer than 2 letters (or no `q`) give an empty list. "
                    + "Search the archive with `GET /api/v1/articles?q=`.")
    @APIResponse(responseCode = "200", description = "The suggestions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionList.class)))
    public Response suggestTitles(
            @Parameter(description = "What the reader has typed so far, up to 100 characters.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @QueryParam("q") String q,
            @Context Request request) {
        Versioned<SuggestionList> found = suggestions.suggest(q);
        return responses.ok(request, found.body(), found.lastModified(), List.of(SurrogateKeys.TITLES));
    }
}
