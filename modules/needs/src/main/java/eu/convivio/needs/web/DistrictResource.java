package eu.convivio.needs.web;

import eu.convivio.needs.application.Districts;
import eu.convivio.needs.application.RegisterAccess;
import eu.convivio.needs.domain.District;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Districts of a municipality (reference data of the needs register). */
@Path("needs/districts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs register", description = "Needs assessments, needs and districts of a municipality")
public class DistrictResource {

    @Inject
    private Districts districts;

    @Inject
    private RegisterAccess access;

    @Context
    private UriInfo uri;

    public record DistrictRequest(UUID municipalityId, Long version, String name, String code, String boundary) {
        Districts.DistrictContent content() {
            return new Districts.DistrictContent(name, code, boundary);
        }
    }

    /** A district as the API shows it; {@code boundary} is GeoJSON text or null. */
    public record DistrictView(UUID id, UUID municipalityId, String name, String code, String boundary,
                               Instant lastModified, long version) {
        static DistrictView of(District d) {
            return new DistrictView(d.getId(), d.getMunicipalityId(), d.getName(), d.getCode(), d.getBoundary(),
                    d.getLastModified(), d.getVersion());
        }
    }

    @GET
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The districts of a municipality (default: the one you work in), by name")
    public List<DistrictView> list(@QueryParam("municipalityId") String municipalityId) {
        UUID municipality = Parameters.uuid("municipalityId", municipalityId);
        return districts.of(municipality != null ? municipality : access.defaultMunicipality(false))
                .stream().map(DistrictView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "One district")
    public Response get(@PathParam("id") String id) {
        return tagged(districts.district(Parameters.pathId(id, "district")), Response.ok());
    }

    @POST
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Add a district (name and code unique in the municipality, optional GeoJSON boundary)")
    public Response create(DistrictRequest request) {
        District d = districts.create(Parameters.required(request).municipalityId(), request.content());
        return tagged(d, Response.created(uri.getAbsolutePathBuilder().path(d.getId().toString()).build()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Change a district; If-Match (or version in the body) carries the version that was read")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, DistrictRequest request) {
        Parameters.required(request);
        long version = IfMatch.version(ifMatch, request.version());
        return tagged(districts.update(Parameters.pathId(id, "district"), version, request.content()), Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove a district no need or assessment refers to; If-Match required")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        districts.delete(Parameters.pathId(id, "district"), IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    private static Response tagged(District d, Response.ResponseBuilder builder) {
        return builder.entity(DistrictView.of(d)).tag(new EntityTag(Long.toString(d.getVersion()))).build();
    }
}
