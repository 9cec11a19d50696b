package news.newsroom.integration.sitemap;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import news.newsroom.cache.CacheableResponses;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sitemaps, served on the API host (outside {@code /api/v1}, where search engines look for files) and listing
 * website addresses. Filed under the groups they show rather than each article: a page's thousands of article
 * keys would not fit in a response header, and every change to an article, section, author or tag names
 * {@code articles}.
 */
@Path("/sitemaps")
@Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Tag(name = "Sitemaps")
public class SitemapResource {

    private static final List<String> ARTICLE_KEYS = List.of(SurrogateKeys.ARTICLE_LISTS);
    private static final List<String> SECTION_KEYS = List.of(SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.SECTIONS);
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String NOT_XML = "The Accept header does not take `application/xml`.";

    private final SitemapService sitemaps;
    private final CacheableResponses responses;

    public SitemapResource(SitemapService sitemaps, CacheableResponses responses) {
        this.sitemaps = sitemaps;
        this.responses = responses;
    }

    @GET
    @Path("/news.xml")
    @Operation(operationId = "getNewsSitemap", summary = "Google News sitemap of the last 48 hours",
            description = "The articles published in the last 48 hours, newest first, at most 1,000, each with its "
                    + "website address (`loc`, the slug percent-encoded), `news:publication` (the publisher's name, "
                    + "`newsroom.publisher.name`, and language `ar`), `news:publication_date` (RFC 3339, UTC), "
                    + "`news:title` and `image:image` for the featured image. Submit it to Google Search Console as a "
                    + "news sitemap. An empty `urlset` when nothing was published in 48 hours.")
    @APIResponse(responseCode = "200", description = "The news sitemap.",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING,
                    description = "A sitemap `urlset` (http://www.sitemaps.org/schemas/sitemap/0.9) with the Google "
                            + "News (http://www.google.com/schemas/sitemap-news/0.9) and image "
                            + "(http://www.google.com/schemas/sitemap-image/1.1) extensions, in UTF-8.")))
    @APIResponse(responseCode = "406", description = NOT_XML,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response getNewsSitemap(@Context Request request) {
        return xml(request, sitemaps.news(Instant.now()), ARTICLE_KEYS);
    }

    @GET
    @Path("/index.xml")
    @Operation(operationId = "getSitemapIndex", summary = "Index of the article and section sitemaps",
            description = "A sitemap index listing, on this host, every page of the article sitemap "
                    + "(`/sitemaps/articles-{page}.xml`) that lists at least one published article, then the section "
                    + "sitemap (`/sitemaps/sections.xml`), each with `lastmod`. Submit this address to search "
                    + "engines, or name it in a `Sitemap:` line of the website's robots.txt.")
    @APIResponse(responseCode = "200", description = "The sitemap index.",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING,
                    description = "A `sitemapindex` (http://www.sitemaps.org/schemas/sitemap/0.9) in UTF-8; its "
                            + "`loc`s are absolute addresses on the host the index was asked on.")))
    @APIResponse(responseCode = "406", description = NOT_XML,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response getSitemapIndex(@Context Request request, @Context UriInfo uri) {
        String sections = uri.getBaseUriBuilder().path(SitemapResource.class)
                .path(SitemapResource.class, "getSectionSitemap").build().toString();
        Versioned<byte[]> index = sitemaps.index(page -> uri.getBaseUriBuilder().path(SitemapResource.class)
                .path(SitemapResource.class, "getArticleSitemap").build(page).toString(), sections);
        return xml(request, index, SECTION_KEYS);
    }

    @GET
    @Path("/articles-{page}.xml")
    @Operation(operationId = "getArticleSitemap", summary = "One page of the article sitemap",
            description = "The published articles whose ids lie in `[(page-1)·size+1, page·size]` "
                    + "(`size` is `newsroom.sitemaps.page-size`, 10,000 by default), by id: each with its website "
                    + "address, `lastmod` (when it last changed) and `image:image` for the featured image. Pages are "
                    + "cut by id so an article stays on its page when others are published or withdrawn. A page "
                    + "that lists no published article is a 404; the index lists only the others.")
    @APIResponse(responseCode = "200", description = "One page of the article sitemap.",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING,
                    description = "A sitemap `urlset` (http://www.sitemaps.org/schemas/sitemap/0.9) with the image "
                            + "extension (http://www.google.com/schemas/sitemap-image/1.1), in UTF-8.")))
    @APIResponse(responseCode = "404", description = "No published article has an id in this page.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "406", description = NOT_XML,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response getArticleSitemap(
            @Parameter(description = "The page number, from 1, as the index lists it.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
            @PathParam("page") @Min(1) int page,
            @Context Request request) {
        Versioned<byte[]> sitemap = sitemaps.articlePage(page)
                .orElseThrow(() -> ApiProblem.notFound("not-found.sitemap-page", page));
        return xml(request, sitemap, ARTICLE_KEYS);
    }

    @GET
    @Path("/sections.xml")
    @Operation(operationId = "getSectionSitemap", summary = "Sitemap of the section pages",
            description = "Every section's page on the website (`{site}/sections/{slug}`, the slug percent-encoded), "
                    + "with `lastmod`: when the section, or the newest article in it or its subsections, last changed.")
    @APIResponse(responseCode = "200", description = "The section sitemap.",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING,
                    description = "A sitemap `urlset` (http://www.sitemaps.org/schemas/sitemap/0.9) in UTF-8.")))
    @APIResponse(responseCode = "406", description = NOT_XML,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response getSectionSitemap(@Context Request request) {
        return xml(request, sitemaps.sections(), SECTION_KEYS);
    }

    private Response xml(Request request, Versioned<byte[]> sitemap, List<String> keys) {
        return responses.written(request, sitemap.body(), SitemapXml.MEDIA_TYPE, sitemap.lastModified(), keys);
    }
}
