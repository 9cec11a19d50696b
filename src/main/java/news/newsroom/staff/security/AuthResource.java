package news.newsroom.staff.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class AuthResource {

    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Path("/token")
    @PermitAll
    @Operation(operationId = "signIn", summary = "Sign in and get an access token",
            description = "Exchange a staff member's email and password for a Bearer JWT carrying their roles. A wrong "
                    + "email or password gets the same 401. After repeated failures for one email or one client the "
                    + "answer is 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The access token.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this email or client; wait Retry-After seconds.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response signIn(@Valid @NotNull Credentials body, @Context HttpServerRequest request) {
        AccessToken token = auth.signIn(body, request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
        return Response.ok(token).header("Cache-Control", "no-store").build();
    }
}
