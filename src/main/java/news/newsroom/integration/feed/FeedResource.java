package news.newsroom.integration.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.cache.CacheableResponses;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import news.newsroom.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feeds: RSS, Atom and JSON Feed of the whole site, of a section (with its subsections), of a tag and of an
 * author, outside {@code /api/v1} where sites serve feeds. Each is cached and answered like every public read.
 */
@Path("/feeds")
@Tag(name = "Feeds")
public class FeedResource {

    private static final String SITE = "The newest published articles of the whole site, newest first. ";
    private static final String SECTION = "The newest published articles of a section and its subsections, newest "
            + "first. ";
    private static final String TAG = "The newest published articles with a tag, newest first. ";
    private static final String AUTHOR = "The newest published articles with an author's byline, newest first. ";
    private static final String ITEMS = "Each item links to the article's page on the website; its id is "
            + "`{site}/articles/{id}`, which edits and slug changes keep, so a reader never shows an article twice. "
            + "Arabic is written as UTF-8, slugs percent-encoded in every URL. ";
    private static final String XML_ACCEPT = "Sent to a client whose `Accept` takes this type, `application/xml`, "
            + "`text/xml` or `*/*`, or that sends none; anything else is a 406.";
    private static final String RSS = "RSS 2.0: `language` `ar`, `atom:link rel=\"self\"`, `lastBuildDate` of the "
            + "newest change; items with `guid` (`isPermaLink=\"false\"`), `pubDate` (RFC 822), `dc:creator` for each "
            + "byline, the section and tags as `category`, the excerpt as `description`, the whole article as "
            + "`content:encoded` with `full=true`, and the featured image as Media RSS `media:content`. " + ITEMS
            + XML_ACCEPT;
    private static final String ATOM = "Atom 1.0 (RFC 4287): `xml:lang=\"ar\"`, `link rel=\"self\"`, `updated` of "
            + "the newest change; entries with `id`, `published` and `updated` (RFC 3339), an `author` with their "
            + "page on the website for each byline, the section and tags as `category`, the excerpt as `summary`, "
            + "the whole article as `content type=\"html\"` with `full=true`, and the featured image as `link "
            + "rel=\"enclosure\"`. " + ITEMS + XML_ACCEPT;
    private static final String JSON_FEED = "JSON Feed 1.1: `language` `ar`, `feed_url`, the outlet as `authors`; "
            + "items with `id`, `date_published` and `date_modified` (RFC 3339), `authors` with their pages on the "
            + "website, the section and tags as `tags`, the excerpt as `summary` and `content_text`, or the whole "
            + "article as `content_html` with `full=true`, and the featured image as `image`. " + ITEMS
            + "Sent to a client whose `Accept` takes `application/feed+json`, `application/json` or `*/*`, or that "
            + "sends none; anything else is a 406.";
    private static final String RSS_DOCUMENT = "An RSS 2.0 document in UTF-8.";
    private static final String ATOM_DOCUMENT = "An Atom 1.0 feed document in UTF-8.";
    private static final String LIMIT = "How many of the newest articles, 1 to 100.";
    private static final String FULL = "`true`: each item carries the whole article as HTML (paragraphs, headings, "
            + "lists, quotes, figures, links; embedded videos as links). `false`: the excerpt only.";
    private static final String SECTION_SLUG = "Section slug, e.g. `economy`.";
    private static final String TAG_SLUG = "Tag slug, e.g. `المياه` (percent-encoded in the URL).";
    private static final String AUTHOR_SLUG = "Author slug, e.g. `lina-khoury`.";

    private final FeedService feeds;
    private final CacheableResponses responses;

    public FeedResource(FeedService feeds, CacheableResponses responses) {
        this.feeds = feeds;
        this.responses = responses;
    }

    @GET
    @Path("/rss.xml")
    @Operation(operationId = "getSiteRssFeed", summary = "RSS 2.0 feed of the whole site", description = SITE + RSS)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.RSS_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = RSS_DOCUMENT)))
    public Response getSiteRssFeed(
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, FeedSubject.site(), limit, full, request, uri, headers);
    }

    @GET
    @Path("/atom.xml")
    @Operation(operationId = "getSiteAtomFeed", summary = "Atom 1.0 feed of the whole site", description = SITE + ATOM)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.ATOM_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = ATOM_DOCUMENT)))
    public Response getSiteAtomFeed(
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, FeedSubject.site(), limit, full, request, uri, headers);
    }

    @GET
    @Path("/feed.json")
    @Operation(operationId = "getSiteJsonFeed", summary = "JSON Feed 1.1 of the whole site", description = SITE + JSON_FEED)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.JSON_FEED_TYPE,
                    schema = @Schema(implementation = JsonFeed.class)))
    public Response getSiteJsonFeed(
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON_FEED, FeedSubject.site(), limit, full, request, uri, headers);
    }

    @GET
    @Path("/sections/{slug}/rss.xml")
    @Operation(operationId = "getSectionRssFeed", summary = "RSS 2.0 feed of a section", description = SECTION + RSS)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.RSS_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = RSS_DOCUMENT)))
    public Response getSectionRssFeed(
            @Parameter(description = SECTION_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, FeedSubject.section(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/sections/{slug}/atom.xml")
    @Operation(operationId = "getSectionAtomFeed", summary = "Atom 1.0 feed of a section", description = SECTION + ATOM)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.ATOM_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = ATOM_DOCUMENT)))
    public Response getSectionAtomFeed(
            @Parameter(description = SECTION_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, FeedSubject.section(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/sections/{slug}/feed.json")
    @Operation(operationId = "getSectionJsonFeed", summary = "JSON Feed 1.1 of a section", description = SECTION + JSON_FEED)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.JSON_FEED_TYPE,
                    schema = @Schema(implementation = JsonFeed.class)))
    public Response getSectionJsonFeed(
            @Parameter(description = SECTION_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON_FEED, FeedSubject.section(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/tags/{slug}/rss.xml")
    @Operation(operationId = "getTagRssFeed", summary = "RSS 2.0 feed of a tag", description = TAG + RSS)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.RSS_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = RSS_DOCUMENT)))
    public Response getTagRssFeed(
            @Parameter(description = TAG_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, FeedSubject.tag(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/tags/{slug}/atom.xml")
    @Operation(operationId = "getTagAtomFeed", summary = "Atom 1.0 feed of a tag", description = TAG + ATOM)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.ATOM_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = ATOM_DOCUMENT)))
    public Response getTagAtomFeed(
            @Parameter(description = TAG_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, FeedSubject.tag(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/tags/{slug}/feed.json")
    @Operation(operationId = "getTagJsonFeed", summary = "JSON Feed 1.1 of a tag", description = TAG + JSON_FEED)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.JSON_FEED_TYPE,
                    schema = @Schema(implementation = JsonFeed.class)))
    public Response getTagJsonFeed(
            @Parameter(description = TAG_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON_FEED, FeedSubject.tag(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/authors/{slug}/rss.xml")
    @Operation(operationId = "getAuthorRssFeed", summary = "RSS 2.0 feed of an author", description = AUTHOR + RSS)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.RSS_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = RSS_DOCUMENT)))
    public Response getAuthorRssFeed(
            @Parameter(description = AUTHOR_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, FeedSubject.author(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/authors/{slug}/atom.xml")
    @Operation(operationId = "getAuthorAtomFeed", summary = "Atom 1.0 feed of an author", description = AUTHOR + ATOM)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.ATOM_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = ATOM_DOCUMENT)))
    public Response getAuthorAtomFeed(
            @Parameter(description = AUTHOR_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, FeedSubject.author(slug), limit, full, request, uri, headers);
    }

    @GET
    @Path("/authors/{slug}/feed.json")
    @Operation(operationId = "getAuthorJsonFeed", summary = "JSON Feed 1.1 of an author", description = AUTHOR + JSON_FEED)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = FeedFormat.JSON_FEED_TYPE,
                    schema = @Schema(implementation = JsonFeed.class)))
    public Response getAuthorJsonFeed(
            @Parameter(description = AUTHOR_SLUG) @PathParam("slug") String slug,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + FeedService.MAX_LIMIT, defaultValue = "" + FeedService.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(FeedService.MAX_LIMIT) Integer limit,
            @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @DefaultValue("false") boolean full,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON_FEED, FeedSubject.author(slug), limit, full, request, uri, headers);
    }

    private Response answer(FeedFormat format, FeedSubject subject, Integer limit, boolean full, Request request,
            UriInfo uri, HttpHeaders headers) {
        if (!format.acceptableTo(headers.getHeaderString(HttpHeaders.ACCEPT))) {
            throw ApiProblem.of(ProblemType.NOT_ACCEPTABLE, "not-acceptable.feed", format.acceptedTypes());
        }
        Versioned<Feed> found = feeds.feed(subject, limit == null ? FeedService.DEFAULT_LIMIT : limit, full,
                uri.getRequestUri().toASCIIString()).orElseThrow(() -> notFound(subject));
        Feed feed = found.body();
        List<String> keys = surrogateKeys(subject, feed);
        return switch (format) {
            case RSS -> responses.written(request, RssFeedWriter.write(feed), format.mediaType(), found.lastModified(),
                    keys);
            case ATOM -> responses.written(request, AtomFeedWriter.write(feed), format.mediaType(),
                    found.lastModified(), keys);
            case JSON_FEED -> responses.ok(request, JsonFeed.of(feed), format.mediaType(), found.lastModified(), keys);
        };
    }

    /** Every article list, so publishing, editing or withdrawing any article drops the feed; and what it follows. */
    private static List<String> surrogateKeys(FeedSubject subject, Feed feed) {
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.ARTICLE_LISTS));
        switch (subject.kind()) {
            case SECTION -> keys.add(SurrogateKeys.section(subject.slug()));
            case TAG -> keys.add(SurrogateKeys.tag(subject.slug()));
            case AUTHOR -> keys.add(SurrogateKeys.author(subject.slug()));
            case SITE -> {
            }
        }
        feed.items().forEach(item -> keys.add(SurrogateKeys.article(item.articleId())));
        return keys;
    }

    private static ApiProblem notFound(FeedSubject subject) {
        return switch (subject.kind()) {
            case SECTION -> ApiProblem.notFound("not-found.section", subject.slug());
            case TAG -> ApiProblem.notFound("not-found.tag", subject.slug());
            case AUTHOR -> ApiProblem.notFound("not-found.author", subject.slug());
            case SITE -> throw new IllegalStateException("The site feed is always there");
        };
    }
}
