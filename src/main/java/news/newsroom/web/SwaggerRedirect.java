package news.newsroom.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The bare host leads people to the API's documentation. */
@Path("/")
public class SwaggerRedirect {

    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.seeOther(URI.create("/q/swagger-ui/")).build();
    }
}
