package eu.convivio.catalogue.web;

import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.LocationRecord;
import eu.convivio.catalogue.application.OrganizationRecord;
import eu.convivio.catalogue.application.ReviewReminders;
import eu.convivio.catalogue.application.ServiceRecord;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Convivio's own API for editing the catalogue (the HSDS API under {@code /api/hsds} only reads).
 * Reading one record is public except for confidential locations; writes need a bearer token and
 * the right to edit the record ({@code EditRule}): 401 signed out, 404 without business with the
 * record's municipalities, 403 with a role there that does not edit. Updates carry the version
 * that was read (If-Match, or {@code version} in the body); an older one gets 409 with the fields
 * changed since.
 */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue editing", description = "Create and change services, organisations and locations; review reminders")
public class CatalogueEditingResource {

    @Inject
    private CatalogueEditing editing;

    @Inject
    private ReviewReminders reminders;

    @Context
    private UriInfo uri;

    /** A status change: services are never deleted, they become defunct. */
    public record StatusChange(String status, Long version) {
    }

    @GET
    @Path("services")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The services the caller may edit; needs_review=true lists only those not assured for 180 days")
    public List<CatalogueEditing.Row> editableServices(@QueryParam("needs_review") boolean needsReview) {
        return editing.editableServices(needsReview);
    }

    @GET
    @Path("organizations")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The organisations the caller may edit")
    public List<CatalogueEditing.Row> editableOrganizations() {
        return editing.editableOrganizations();
    }

    @GET
    @Path("locations")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The locations the caller may edit, confidential ones included")
    public List<CatalogueEditing.Row> editableLocations() {
        return editing.editableLocations();
    }

    @GET
    @Path("services/{id}")
    @PermitAll
    @Operation(summary = "One service with everything its editors change, its version (also as ETag) and needs_review")
    public Response service(@PathParam("id") UUID id) {
        ServiceRecord r = editing.service(id);
        return tagged(r, r.version());
    }

    @POST
    @Path("services")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Create a service (provider editors of its organisation, officers of a municipality it serves)")
    public Response createService(ServiceRecord record) {
        ServiceRecord r = editing.createService(record);
        return created("services", r.id(), r, r.version());
    }

    @PUT
    @Path("services/{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Replace a service; If-Match (or version) carries the version that was read")
    public Response updateService(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ServiceRecord record) {
        ServiceRecord r = editing.updateService(id, IfMatch.optional(ifMatch), record);
        return tagged(r, r.version());
    }

    @PUT
    @Path("services/{id}/status")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Change a service's status (active, inactive, temporarily closed, defunct) instead of deleting it")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, StatusChange change) {
        if (change == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        Long version = IfMatch.optional(ifMatch);
        ServiceRecord r = editing.changeServiceStatus(id, version != null ? version : change.version(), change.status());
        return tagged(r, r.version());
    }

    @GET
    @Path("organizations/{id}")
    @PermitAll
    @Operation(summary = "One organisation with its version (also as ETag)")
    public Response organization(@PathParam("id") UUID id) {
        OrganizationRecord r = editing.organization(id);
        return tagged(r, r.version());
    }

    @POST
    @Path("organizations")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Register an organisation (officers, for their municipality)")
    public Response createOrganization(OrganizationRecord record) {
        OrganizationRecord r = editing.createOrganization(record);
        return created("organizations", r.id(), r, r.version());
    }

    @PUT
    @Path("organizations/{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Replace an organisation; If-Match (or version) carries the version that was read")
    public Response updateOrganization(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, OrganizationRecord record) {
        OrganizationRecord r = editing.updateOrganization(id, IfMatch.optional(ifMatch), record);
        return tagged(r, r.version());
    }

    @GET
    @Path("locations/{id}")
    @PermitAll
    @Operation(summary = "One location; a confidential one only for those who may edit it")
    public Response location(@PathParam("id") UUID id) {
        LocationRecord r = editing.location(id);
        if (r.confidential() && editing.decisionForLocation(id) != eu.convivio.catalogue.application.EditRule.Decision.ALLOWED) {
            // a shelter's whereabouts are not public: for everyone else it does not exist
            throw new Problem.NotFound("No such location.");
        }
        return tagged(r, r.version());
    }

    @POST
    @Path("locations")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Create a location of an organisation one may edit")
    public Response createLocation(LocationRecord record) {
        LocationRecord r = editing.createLocation(record);
        return created("locations", r.id(), r, r.version());
    }

    @PUT
    @Path("locations/{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Replace a location; If-Match (or version) carries the version that was read")
    public Response updateLocation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, LocationRecord record) {
        LocationRecord r = editing.updateLocation(id, IfMatch.optional(ifMatch), record);
        return tagged(r, r.version());
    }

    @GET
    @Path("review-reminders")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The latest daily list of services not assured for 180 days, per organisation one may edit")
    public List<ReviewReminders.Reminder> reviewReminders() {
        return reminders.forEditor();
    }

    private static Response tagged(Object entity, Long version) {
        return Response.ok(entity).tag(new EntityTag(String.valueOf(version))).build();
    }

    private Response created(String collection, UUID id, Object entity, Long version) {
        return Response.created(uri.getBaseUriBuilder().path("catalogue").path(collection).path(id.toString()).build())
                .entity(entity).tag(new EntityTag(String.valueOf(version))).build();
    }
}
