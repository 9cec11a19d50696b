package news.newsroom.integration.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.newsroom.cache.PrivateResponses;
import news.newsroom.staff.StaffRole;
import news.newsroom.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
public class WebhookResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String REFUSED = "The URL is refused (`webhook-target-refused`): missing, not an absolute "
            + "http(s) URL, plain http where only https is allowed, with user info or a fragment, longer than 2,000 "
            + "characters, a host that does not resolve, or one that is or resolves to a loopback, private, "
            + "link-local, metadata or other non-public address.";

    private final WebhookService webhooks;
    private final DeliveryService deliveries;

    public WebhookResource(WebhookService webhooks, DeliveryService deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to public changes (admin)",
            description = "Each public change of the kinds named in `events` is then POSTed to `url` as JSON, signed "
                    + "as the Standard Webhooks specification says, and retried with backoff until the receiver "
                    + "answers 2xx. The answer carries the signing secret, shown only this once.")
    @APIResponse(responseCode = "201", description = "Subscribed; `secret` is shown only now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response createWebhook(@Valid @NotNull WebhookInput body, @Context UriInfo uri) {
        WebhookView created = webhooks.create(body);
        return PrivateResponses.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(), created);
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions (admin)",
            description = "Every subscription, newest first, without secrets.")
    @APIResponse(responseCode = "200", description = "All subscriptions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    public Response listWebhooks() {
        return PrivateResponses.ok(webhooks.list());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook subscription (admin)",
            description = "Its URL, events, state and, when deactivated automatically, why.")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public Response getWebhook(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return PrivateResponses.ok(webhooks.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeWebhook", summary = "Change a webhook subscription (admin)",
            description = "Changes the fields sent: URL, events, description, or `active` (pause with false; true "
                    + "resumes, also after an automatic deactivation). Deliveries made while paused wait and are "
                    + "sent on resuming.")
    @APIResponse(responseCode = "200", description = "The subscription as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response changeWebhook(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Valid @NotNull WebhookChange body) {
        return PrivateResponses.ok(webhooks.change(id, body));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription (admin)",
            description = "Nothing more is sent to it; its deliveries and their log go with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response deleteWebhook(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        webhooks.delete(id);
        return PrivateResponses.noContent();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a webhook subscription a new secret (admin)",
            description = "The new secret signs from now on; for 24 hours the old one signs too (both signatures in "
                    + "`webhook-signature`), so the receiver can switch without rejecting a webhook.")
    @APIResponse(responseCode = "200", description = "The subscription with its new `secret`, shown only now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public Response rotateWebhookSecret(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return PrivateResponses.ok(webhooks.rotateSecret(id));
    }

    @POST
    @Path("/{id}/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a test event to a webhook subscription (admin)",
            description = "Sends a `webhook.ping` event at once, signed and sent as every event is, and answers what "
                    + "the receiver made of it. It is not retried; it goes into the deliveries log.")
    @APIResponse(responseCode = "200", description = "The attempt's outcome, whether or not the receiver accepted it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PingResult.class)))
    public Response pingWebhook(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return PrivateResponses.ok(deliveries.ping(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook subscription's deliveries (admin)",
            description = "Every event sent or to send, newest first, with each attempt's time, response status, "
                    + "latency and error.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    public Response listWebhookDeliveries(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Parameter(description = "How many deliveries, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "" + PageRequest.MAX_LIMIT,
                    defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "The `nextCursor` of the previous page.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512))
            @QueryParam("cursor") String cursor) {
        return PrivateResponses.ok(deliveries.page(id, limit == null ? PageRequest.DEFAULT_LIMIT : limit,
                cursor == null || cursor.isEmpty() ? null : cursor));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again (admin)",
            description = "A new delivery of the same event with the same `webhook-id` (so the receiver can tell it "
                    + "has it already), due now and retried like any other.")
    @APIResponse(responseCode = "202", description = "The new delivery, pending.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliverWebhookDelivery(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(deliveries.redeliver(id, deliveryId))
                .header(HttpHeaders.CACHE_CONTROL, PrivateResponses.NO_STORE).build();
    }
}
