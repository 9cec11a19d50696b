package news.newsroom.cache;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import news.newsroom.content.ContentGeneration;
import news.newsroom.staff.security.RequestCredentials;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers public GETs (the API, feeds and sitemaps) from the {@link ResponseCache} before any resource runs: 304
 * when the client's copy is current, else the cached bytes. Requests with credentials always reach the resources
 * (they must be checked, and staff see more), as do clients that do not accept the cached type (they get their 406
 * there). While the database cannot be reached, a copy kept from before is served rather than a 503 (see
 * {@link ResponseCache#findStale}).
 */
public class ResponseCacheFilter {

    /** The paths whose public responses are cached: the API, and the feeds and sitemaps built from it. */
    private static final List<String> CACHED_PREFIXES = List.of("/api/", "/feeds/", "/sitemaps/");

    private final ResponseCache cache;
    private final CacheTicket ticket;
    private final ContentGeneration generation;
    private final CacheLookups lookups;

    public ResponseCacheFilter(ResponseCache cache, CacheTicket ticket, ContentGeneration generation,
            CacheLookups lookups) {
        this.cache = cache;
        this.ticket = ticket;
        this.generation = generation;
        this.lookups = lookups;
    }

    @ServerRequestFilter(priority = 900)
    public Optional<Response> answerFromCache(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString(RequestCredentials.API_KEY_HEADER) != null) {
            return Optional.empty();
        }
        java.net.URI requested = request.getUriInfo().getRequestUri();
        String path = requested.getRawPath();
        if (CACHED_PREFIXES.stream().noneMatch(path::startsWith)) {
            return Optional.empty();
        }
        // The whole URI, host included: a cached Link header names the host it was asked on.
        String uri = requested.toString();
        ticket.issue(uri, generation.current());
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        Optional<ResponseCache.Entry> found = cache.find(uri);
        boolean fresh = found.isPresent();
        if (!fresh) {
            found = cache.findStale(uri);
        }
        Optional<Response> answer = found.filter(entry -> accepts(accept, entry.mediaType()))
                .map(entry -> answer(request, entry));
        lookups.record(fresh, answer.isPresent());
        return answer;
    }

    private static Response answer(ContainerRequestContext request, ResponseCache.Entry entry) {
        return entry.headersOn(isCurrent(request, entry)
                ? Response.notModified()
                : Response.ok(entry.body(), entry.mediaType())).build();
    }

    /** RFC 9110: If-None-Match (weak comparison) decides when present; else If-Modified-Since. */
    private static boolean isCurrent(ContainerRequestContext request, ResponseCache.Entry entry) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(entry.etag().getValue())) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || entry.lastModified() == null) {
            return false;
        }
        Date since = parseDate(ifModifiedSince);
        return since != null && !entry.lastModified().after(since);
    }

    private static String opaque(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static Date parseDate(String value) {
        try {
            return Date.from(java.time.ZonedDateTime.parse(value,
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    /**
     * Whether {@code accept} (an Accept header, or none) takes {@code mediaType}, parameters aside. A type with a
     * structured suffix (RFC 6839) is also taken by its generic type, as the resources answer them: feed readers
     * that send only {@code text/xml} get RSS, a client that asks for {@code application/json} gets JSON-LD.
     */
    static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> types = alsoTakenAs(MediaType.valueOf(mediaType));
        for (String range : accept.split(",")) {
            try {
                MediaType acceptable = MediaType.valueOf(range.strip());
                if (!refused(acceptable.getParameters().get("q")) && types.stream().anyMatch(acceptable::isCompatible)) {
                    return true;
                }
            } catch (IllegalArgumentException malformedRange) {
                // A range that cannot be read accepts nothing; the resource answers such a client.
            }
        }
        return false;
    }

    private static List<MediaType> alsoTakenAs(MediaType type) {
        String subtype = type.getSubtype();
        if (subtype.equals("xml") || subtype.endsWith("+xml")) {
            return List.of(type, MediaType.APPLICATION_XML_TYPE, MediaType.TEXT_XML_TYPE);
        }
        if (subtype.endsWith("+json")) {
            return List.of(type, MediaType.APPLICATION_JSON_TYPE);
        }
        return List.of(type);
    }

    /** A quality of zero says "not this" (RFC 9110 12.4.2). */
    private static boolean refused(String quality) {
        try {
            return quality != null && Double.parseDouble(quality) == 0;
        } catch (NumberFormatException notAQuality) {
            return false;
        }
    }
}
