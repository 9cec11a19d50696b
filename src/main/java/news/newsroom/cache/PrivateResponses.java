package news.newsroom.cache;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers to authenticated requests: never stored by browsers or shared caches. */
public final class PrivateResponses {

    public static final String NO_STORE = "private, no-store";

    private PrivateResponses() {
    }

    public static Response ok(Object body) {
        return Response.ok(body).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    public static Response ok(Object body, EntityTag etag) {
        return Response.ok(body).tag(etag).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    public static Response created(URI location, Object body) {
        return Response.created(location).entity(body).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    public static Response created(URI location, Object body, EntityTag etag) {
        return Response.created(location).entity(body).tag(etag).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    public static Response noContent() {
        return Response.noContent().header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }
}
