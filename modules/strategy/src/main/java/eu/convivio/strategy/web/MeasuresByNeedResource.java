package eu.convivio.strategy.web;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.application.MeasureLinking;
import eu.convivio.strategy.api.MeasureReference;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The other direction of a need's links: the strategy measures that address it. Needs mapping
 * cannot call strategy (strategy depends on it), so its pages link here.
 */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy links")
public class MeasuresByNeedResource {

    @Inject
    private MeasureLinking links;

    @GET
    @Path("measures")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Measures addressing a need (?need=<id>); the need must be visible to the caller (404 otherwise)")
    public List<MeasureReference> addressing(@QueryParam("need") String need) {
        if (need == null || need.isBlank()) {
            throw new Problem.Invalid("need", "Give the need's id: ?need=<id>.");
        }
        return links.addressing(Ids.field(need, "need"));
    }
}
