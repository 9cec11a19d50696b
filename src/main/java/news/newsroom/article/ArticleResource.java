package news.newsroom.article;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.newsroom.staff.Caller;
import news.newsroom.staff.security.CurrentStaff;
import news.newsroom.web.ApiProblem;
import news.newsroom.cache.CacheableResponses;
import news.newsroom.web.PageRequest;
import news.newsroom.cache.PrivateResponses;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleService articles;
    private final ArticleListService lists;
    private final CurrentStaff currentStaff;
    private final CacheableResponses responses;

    public ArticleResource(ArticleService articles, ArticleListService lists, CurrentStaff currentStaff,
            CacheableResponses responses) {
        this.articles = articles;
        this.lists = lists;
        this.currentStaff = currentStaff;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List or search published articles",
            description = "Published articles, newest first by default, as summaries (no body). Filters combine. "
                    + "With `q` this is the archive search: Arabic words match with or without tashkeel, any "
                    + "alef or hamza form, ة or ه, ى or ي, and with their prefixes and suffixes (و ف ب ك ل ال, "
                    + "plurals, pronouns); best matches first (title over excerpt over body, exact words over "
                    + "other forms, newer over older), each with a `highlight`. "
                    + "Walk the list with `cursor` (from `nextCursor` or the `Link: rel=\"next\"` header): a deep "
                    + "page costs what the first does and no article is skipped or repeated while new ones are "
                    + "published. `page` gives random access instead.")
    @APIResponse(responseCode = "200", description = "One page of article summaries.",
            headers = @Header(name = "Link", description = "`<...>; rel=\"next\"` when a next page exists.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    public Response listArticles(
            @BeanParam ArticleListRequest filters,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Opaque cursor from the previous page's `nextCursor`. Not with `page`.")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "1-based page number for random access. Not with `cursor`. With `q`, pages reach"
                    + " the first 1,000 hits (page × limit at most 1,000; deeper is a 400): the cursor goes further.")
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @Context Request request, @Context UriInfo uri) {
        PageRequest pageRequest = PageRequest.of(limit, cursor, page);
        Versioned<ArticlePage> list = lists.list(filters, pageRequest, currentStaff.find());
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.ARTICLE_LISTS));
        list.body().items().forEach(item -> keys.add(SurrogateKeys.article(item.id())));
        return responses.okPage(request, uri, list.body(), list.body().nextCursor(), list.lastModified(), keys);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getArticle", summary = "Get a published article by id",
            description = "The whole article: body as `blocks` and as `html`, dates in Gregorian and Hijri. "
                    + "Drafts, scheduled and archived articles are 404 to the public; staff with a Bearer token read "
                    + "any article they may see, and its `ETag` is what `If-Match` needs to change it.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response getArticle(
            @Parameter(description = "Article id.", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"),
                    example = "42")
            @PathParam("id") long articleId,
            @Context Request request) {
        Optional<Caller> staff = currentStaff.find();
        if (staff.isPresent()) {
            ArticleService.Found article = articles.findForStaff(articleId, staff.get())
                    .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
            return PrivateResponses.ok(article.article(), article.etag());
        }
        ArticleService.Found article = articles.findPublished(articleId)
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
        return responses.ok(request, article.article(), article.etag(), article.lastModified(), detailKeys(article.article()));
    }

    @GET
    @Path("/by-slug/{slug}")
    @Operation(operationId = "getArticleBySlug", summary = "Get a published article by slug",
            description = "Arabic slugs are sent percent-encoded (UTF-8), e.g. `/api/v1/articles/by-slug/"
                    + "%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87`. A slug the article used to have answers 301 with "
                    + "`Location` pointing at the current one.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "301", description = "The slug is an old one; follow `Location`.",
            headers = @Header(name = "Location", description = "The article under its current slug.",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response getArticleBySlug(
            @Parameter(description = "Article slug (percent-encoded UTF-8).", example = "الألواح-الشمسية-تغير-وجه-الأسطح-في-حمص")
            @PathParam("slug") String slug,
            @Context Request request, @Context UriInfo uri) {
        ArticleService.SlugLookup found = articles.findPublishedBySlug(slug)
                .orElseThrow(() -> ApiProblem.notFound("not-found.article-slug", slug));
        if (found.currentSlug() != null) {
            // Relative, so that the Host header (which a client chooses) never reaches a cacheable redirect.
            String current = UriBuilder.fromPath("/").path(ArticleResource.class).path("by-slug").path("{slug}")
                    .build(found.currentSlug()).getRawPath();
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .header(HttpHeaders.LOCATION, current)
                    .header("Cache-Control", "public, max-age=3600")
                    .build();
        }
        return responses.ok(request, found.article().article(), found.article().etag(), found.article().lastModified(),
                detailKeys(found.article().article()));
    }

    @GET
    @Path("/{id}/related")
    @Operation(operationId = "listRelatedArticles", summary = "Articles related to one article",
            description = "Up to 6 published articles: those sharing the most tags first, then from the same section, newest first.")
    @APIResponse(responseCode = "200", description = "Related article summaries (not paged).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleSummary.class)))
    public Response listRelatedArticles(
            @Parameter(description = "Article id.", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"),
                    example = "42")
            @PathParam("id") long articleId,
            @Context Request request) {
        Versioned<List<ArticleSummary>> related = articles.findRelated(articleId)
                .orElseThrow(() -> ApiProblem.notFound("not-found.article", articleId));
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.article(articleId)));
        related.body().forEach(item -> keys.add(SurrogateKeys.article(item.id())));
        return responses.ok(request, related.body(), related.lastModified(), keys);
    }

    private static List<String> detailKeys(ArticleDetail article) {
        List<String> keys = new ArrayList<>();
        keys.add(SurrogateKeys.article(article.id()));
        keys.add(SurrogateKeys.section(article.section().slug()));
        article.authors().forEach(author -> keys.add(SurrogateKeys.author(author.slug())));
        article.tags().forEach(tag -> keys.add(SurrogateKeys.tag(tag.slug())));
        return keys;
    }
}
