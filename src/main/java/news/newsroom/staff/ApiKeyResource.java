package news.newsroom.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.newsroom.cache.PrivateResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import news.newsroom.staff.security.CurrentStaff;

@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
public class ApiKeyResource {

    private final ApiKeyService keys;
    private final CurrentStaff currentStaff;

    public ApiKeyResource(ApiKeyService keys, CurrentStaff currentStaff) {
        this.keys = keys;
        this.currentStaff = currentStaff;
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List integrator API keys (admin)",
            description = "Keys are listed by prefix; the whole key is never shown again after creation.")
    @APIResponse(responseCode = "200", description = "All keys, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ApiKeyView.class)))
    public Response listApiKeys() {
        return PrivateResponses.ok(keys.list());
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an integrator API key (admin)",
            description = "The answer carries the whole key once. Integrators send it as `X-API-Key`.")
    @APIResponse(responseCode = "201", description = "Created; `key` is shown only now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    public Response createApiKey(@Valid @NotNull ApiKeyInput body, @Context UriInfo uri) {
        ApiKeyView created = keys.create(body, currentStaff.require());
        return PrivateResponses.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key (admin)",
            description = "A revoked key is refused with 401 from then on.")
    @APIResponse(responseCode = "200", description = "The revoked key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    public Response revokeApiKey(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return PrivateResponses.ok(keys.revoke(id));
    }
}
