package eu.convivio.strategy.web;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.application.CoverageReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coverage report of a strategy, for officers, council members and administrators of its municipality. */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy links")
public class CoverageResource {

    @Inject
    private CoverageReport coverage;

    @Inject
    private CurrentUser user;

    @GET
    @Path("{id}/coverage")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.COUNCIL, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Serious needs (severity 4–5) with no measure, measures with no offered service, "
            + "measures whose required courses nobody of the responsible department completed")
    public CoverageReport.Report report(@PathParam("id") String id, @QueryParam("lang") String language) {
        return coverage.report(Ids.path(id, "strategy"), language != null && !language.isBlank() ? language : user.preferredLanguage());
    }
}
