package eu.convivio.catalogue.web;

import eu.convivio.catalogue.application.CityTaxonomies;
import eu.convivio.catalogue.domain.CityTaxonomy;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
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
import jakarta.ws.rs.QueryParam;
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
 * Taxonomies that cities add beside the shared integration themes (the HSDS API publishes them
 * with the rest under {@code /api/hsds/taxonomies}). A save sends the whole taxonomy with its
 * terms and the version that was read (If-Match, or {@code version} in the body).
 */
@Path("catalogue/taxonomies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "City taxonomies", description = "Cities' own taxonomies of services, beside the shared themes")
public class CityTaxonomyResource {

    @Inject
    private CityTaxonomies taxonomies;

    @Context
    private UriInfo uri;

    /** A new taxonomy of a municipality. */
    public record NewTaxonomy(UUID municipality, String name, String description, String language, List<CityTaxonomy.Term> terms) {
    }

    /** The taxonomy as it should be after the save. */
    public record TaxonomyUpdate(Long version, String name, String description, String language, List<CityTaxonomy.Term> terms) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Every city's taxonomy with its terms; municipality= keeps one city's")
    public List<CityTaxonomy> list(@QueryParam("municipality") UUID municipality) {
        return taxonomies.all().stream().filter(t -> municipality == null || t.municipalityId().equals(municipality)).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One city taxonomy with its terms; its version also as ETag")
    public Response one(@PathParam("id") UUID id) {
        return tagged(taxonomies.taxonomy(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Add a taxonomy for a municipality (its officers and municipal administrators)")
    public Response create(NewTaxonomy body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        CityTaxonomy t = taxonomies.create(body.municipality(),
                new CityTaxonomy.Content(body.name(), body.description(), body.language(), body.terms()));
        return Response.created(uri.getBaseUriBuilder().path("catalogue").path("taxonomies").path(t.id().toString()).build())
                .entity(t).tag(new EntityTag(Long.toString(t.version()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Replace a taxonomy and its terms; terms keep their ids, terms left out are removed from services too")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TaxonomyUpdate body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        Long version = IfMatch.optional(ifMatch);
        return tagged(taxonomies.update(id, version != null ? version : body.version(),
                new CityTaxonomy.Content(body.name(), body.description(), body.language(), body.terms())));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Delete a taxonomy with its terms and their uses on services; If-Match carries the version read")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        taxonomies.delete(id, IfMatch.optional(ifMatch));
        return Response.noContent().build();
    }

    private static Response tagged(CityTaxonomy t) {
        return Response.ok(t).tag(new EntityTag(Long.toString(t.version()))).build();
    }
}
