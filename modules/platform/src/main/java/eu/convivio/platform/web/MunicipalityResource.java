package eu.convivio.platform.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.TenantAdministration;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Municipalities and regions (public list), and their departments. */
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities", description = "Tenants: municipalities, regions and their departments")
public class MunicipalityResource {

    @Inject
    private TenantAdministration tenants;

    @Context
    private UriInfo uri;

    public record DepartmentRequest(String name) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Every municipality and region (public)")
    public List<Views.MunicipalityView> list() {
        return tenants.municipalities().stream().map(Views.MunicipalityView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One municipality or region (public)")
    public Views.MunicipalityView get(@PathParam("id") UUID id) {
        return Views.MunicipalityView.of(tenants.municipality(id));
    }

    @POST
    @RolesAllowed(Role.Groups.PLATFORM_ADMIN)
    @Operation(summary = "Create a municipality or region")
    public Response create(TenantAdministration.MunicipalityForm form) {
        var m = tenants.create(required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(m.getId().toString()).build())
                .entity(Views.MunicipalityView.of(m)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Groups.PLATFORM_ADMIN)
    @Operation(summary = "Change a municipality; If-Match carries the version that was read")
    public Views.MunicipalityView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         TenantAdministration.MunicipalityForm form) {
        return Views.MunicipalityView.of(tenants.update(id, IfMatch.version(ifMatch), required(form)));
    }

    @GET
    @Path("{id}/departments")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The municipality's departments (members only)")
    public List<Views.DepartmentView> departments(@PathParam("id") UUID id) {
        return tenants.departments(id).stream().map(Views.DepartmentView::of).toList();
    }

    @POST
    @Path("{id}/departments")
    @RolesAllowed(Role.Groups.MUNICIPAL_ADMIN)
    @Operation(summary = "Add a department")
    public Response addDepartment(@PathParam("id") UUID id, DepartmentRequest request) {
        var d = tenants.addDepartment(id, request == null ? null : request.name());
        return Response.status(201).entity(Views.DepartmentView.of(d)).build();
    }

    @PUT
    @Path("{id}/departments/{departmentId}")
    @RolesAllowed(Role.Groups.MUNICIPAL_ADMIN)
    @Operation(summary = "Rename a department; If-Match carries the version that was read")
    public Views.DepartmentView renameDepartment(@PathParam("id") UUID id, @PathParam("departmentId") UUID departmentId,
                                                 @HeaderParam("If-Match") String ifMatch, DepartmentRequest request) {
        var d = tenants.renameDepartment(departmentId, IfMatch.version(ifMatch), request == null ? null : request.name());
        if (!d.getMunicipalityId().equals(id)) {
            throw new Problem.NotFound("No such department.");
        }
        return Views.DepartmentView.of(d);
    }

    @DELETE
    @Path("{id}/departments/{departmentId}")
    @RolesAllowed(Role.Groups.MUNICIPAL_ADMIN)
    @Operation(summary = "Remove a department that no staff belong to")
    public Response removeDepartment(@PathParam("id") UUID id, @PathParam("departmentId") UUID departmentId) {
        tenants.removeDepartment(departmentId);
        return Response.noContent().build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }
}
