package news.newsroom.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The bare host leads people to the API's documentation. */
@Path("/")
public class SwaggerRedirect {

    @GET
    @Operation(hidden = true)
    public Response root() {
        // A relative Location (RFC 9110 allows it): an absolute one would be built on the request's Host header.
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, "/q/swagger-ui/").build();
    }
}
