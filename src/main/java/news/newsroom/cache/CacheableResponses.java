package news.newsroom.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import news.newsroom.NewsroomConfig;

/**
 * Answers public GETs so that browsers, apps and a CDN can cache them: a weak ETag over the JSON bytes,
 * Last-Modified, Cache-Control, and a Surrogate-Key naming what the response depends on, with 304 for
 * {@code If-None-Match} / {@code If-Modified-Since}.
 */
@ApplicationScoped
public class CacheableResponses {

    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final ObjectMapper objectMapper;
    private final String cacheControl;
    private final ResponseCache cache;
    private final CacheTicket ticket;

    public CacheableResponses(ObjectMapper objectMapper, NewsroomConfig config, ResponseCache cache,
            CacheTicket ticket) {
        this.objectMapper = objectMapper;
        this.cacheControl = withStaleIfError(config.http().publicCacheControl(), config.http().staleIfError());
        this.cache = cache;
        this.ticket = ticket;
    }

    /**
     * 200 with {@code body} as JSON, or 304 when the client's copy is current.
     *
     * @param lastModified when the newest thing in the body changed; null when unknown (no Last-Modified)
     * @param surrogateKeys what the body depends on, e.g. {@code article-42}, {@code section-politics}
     */
    public Response ok(Request request, Object body, Instant lastModified, Collection<String> surrogateKeys) {
        byte[] json = toJson(body);
        // Weak: the bytes on the wire may differ when the server compresses them.
        return ok(request, json, JSON_UTF8, new EntityTag(digest(json), true), lastModified, surrogateKeys, null);
    }

    /** {@link #ok} with a tag the caller computed from the state behind the body (articles: see ArticleTag). */
    public Response ok(Request request, Object body, EntityTag etag, Instant lastModified,
            Collection<String> surrogateKeys) {
        return ok(request, toJson(body), JSON_UTF8, etag, lastModified, surrogateKeys, null);
    }

    /** {@link #ok} with {@code body} as JSON of another media type (JSON-LD, oEmbed, JSON Feed). */
    public Response ok(Request request, Object body, String mediaType, Instant lastModified,
            Collection<String> surrogateKeys) {
        return written(request, toJson(body), mediaType, lastModified, surrogateKeys);
    }

    /** 200 with a body already written in {@code mediaType} (a feed, a sitemap), or 304; cached like the others. */
    public Response written(Request request, byte[] body, String mediaType, Instant lastModified,
            Collection<String> surrogateKeys) {
        return ok(request, body, mediaType, new EntityTag(digest(body), true), lastModified, surrogateKeys, null);
    }

    private Response ok(Request request, byte[] body, String mediaType, EntityTag etag, Instant lastModified,
            Collection<String> surrogateKeys, String link) {
        Date modified = lastModified == null ? null : Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        ResponseCache.Entry entry = new ResponseCache.Entry(body, mediaType, etag, modified, cacheControl,
                surrogateKeys.isEmpty() ? null : String.join(" ", surrogateKeys), link, Set.copyOf(surrogateKeys));
        if (ticket.issued()) {
            cache.remember(ticket.uri(), ticket.generation(), entry);
        }
        Response.ResponseBuilder notModified = modified == null
                ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(modified, etag);
        return entry.headersOn(notModified != null ? notModified : Response.ok(body, mediaType)).build();
    }

    /** {@link #ok} for a list page, adding a {@code Link: <...>; rel="next"} header when a next page exists. */
    public Response okPage(Request request, UriInfo uri, Object body, String nextCursor, Instant lastModified,
            Collection<String> surrogateKeys) {
        String link = null;
        if (nextCursor != null) {
            URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("page")
                    .replaceQueryParam("cursor", nextCursor)
                    .build();
            // A reference relative to the request, never an address built on its Host header: the entry is cached
            // and served to every reader, so a forged Host must not reach it.
            link = "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"";
        }
        byte[] json = toJson(body);
        return ok(request, json, JSON_UTF8, new EntityTag(digest(json), true), lastModified, surrogateKeys, link);
    }

    /**
     * The configured Cache-Control with {@code stale-if-error} (RFC 5861) as long as this node keeps serving stale
     * copies itself, unless the configured value already says how long.
     */
    static String withStaleIfError(String cacheControl, java.time.Duration staleIfError) {
        if (cacheControl.contains("stale-if-error") || cacheControl.contains("no-store")) {
            return cacheControl;
        }
        return cacheControl + ", stale-if-error=" + staleIfError.toSeconds();
    }

    private byte[] toJson(Object body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response DTO could not be written as JSON", e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
