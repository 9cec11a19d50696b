package news.newsroom.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.PageRequest;
import news.newsroom.cache.PrivateResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
public class StaffResource {

    private final StaffService staff;

    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    @GET
    @Operation(operationId = "listStaff", summary = "List staff accounts (admin)",
            description = "Accounts by name, with roles, the linked author profile and whether the account is active. Cursor paging as on every list.")
    @APIResponse(responseCode = "200", description = "One page of accounts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffPage.class)))
    public Response listStaff(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @QueryParam("cursor") String cursor) {
        return PrivateResponses.ok(staff.list(PageRequest.of(limit, cursor, null)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStaffMember", summary = "Get one staff account (admin)",
            description = "One account with its roles, linked author profile and whether it is active; never its password hash.")
    @APIResponse(responseCode = "200", description = "The account.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    public Response getStaffMember(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        long staffId = id;
        return PrivateResponses.ok(staff.find(staffId).orElseThrow(() -> ApiProblem.notFound("not-found.staff", staffId)));
    }

    @POST
    @Operation(operationId = "createStaffMember", summary = "Create a staff account (admin)",
            description = "Roles among admin, editor, author, moderator. Link an author profile so the member's "
                    + "articles are bylined to it by default.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "409", description = "A staff account with this email already exists.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createStaffMember(@Valid @NotNull StaffInput body, @Context UriInfo uri) {
        StaffView created = staff.create(body);
        return PrivateResponses.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(), created);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "changeStaffMember", summary = "Change roles, name, author link, or deactivate (admin)",
            description = "A merge: fields left out stay as they are. Deactivating an account ends its tokens at once.")
    @APIResponse(responseCode = "200", description = "The account after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "409", description = "The last active admin cannot lose the admin role or be deactivated.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response changeStaffMember(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Valid @NotNull StaffChange body) {
        return PrivateResponses.ok(staff.change(id, body));
    }

    @POST
    @Path("/{id}/password-reset")
    @Operation(operationId = "resetStaffPassword", summary = "Reset a member's password (admin)",
            description = "Sets a new random password and answers it once.")
    @APIResponse(responseCode = "200", description = "The temporary password.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemporaryPassword.class)))
    public Response resetStaffPassword(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return PrivateResponses.ok(staff.resetPassword(id));
    }
}
