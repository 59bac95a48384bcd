package eu.convivio.strategy.web;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.application.MeasureLinking;
import eu.convivio.strategy.domain.LinkKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Links of a measure (by its id across versions, the lineage) to needs, catalogue services and
 * training courses. Reading follows the strategy (links to needs for members of the municipality
 * only); linking and unlinking take a council member of the strategy's municipality.
 */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy links", description = "What a measure addresses, who delivers it and what training it requires")
public class MeasureLinkResource {

    @Inject
    private MeasureLinking linking;

    @Inject
    private CurrentUser user;

    /** {@code kind} NEED, SERVICE or COURSE; {@code targetId} the need's, service's or course's id. */
    public record LinkRequest(String kind, String targetId) {
    }

    @GET
    @Path("{id}/measures/{measure}/links")
    @PermitAll
    @Operation(summary = "The measure's links by kind, with its open review flags (members)")
    public MeasureLinking.LinkSet links(@PathParam("id") String id, @PathParam("measure") String measure,
                                        @QueryParam("lang") String language) {
        return linking.links(Ids.path(id, "strategy"), Ids.path(measure, "measure"), language(language));
    }

    @POST
    @Path("{id}/measures/{measure}/links")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Link the measure to a need of the municipality, an offered catalogue service or a published course")
    public Response link(@PathParam("id") String id, @PathParam("measure") String measure, LinkRequest body) {
        LinkRequest r = Ids.body(body);
        LinkKind kind = Ids.choice(LinkKind.class, r.kind(), "kind", "The kind is need, service or course.");
        MeasureLinking.LinkView link = linking.link(Ids.path(id, "strategy"), Ids.path(measure, "measure"), kind,
                Ids.field(r.targetId(), "targetId"), language(null));
        return Response.status(Response.Status.CREATED).entity(link).build();
    }

    @DELETE
    @Path("{id}/measures/{measure}/links/{link}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove a link")
    public Response unlink(@PathParam("id") String id, @PathParam("measure") String measure, @PathParam("link") String link) {
        linking.unlink(Ids.path(id, "strategy"), Ids.path(measure, "measure"), Ids.path(link, "link"));
        return Response.noContent().build();
    }

    private String language(String asked) {
        return asked != null && !asked.isBlank() ? asked : user.preferredLanguage();
    }
}
