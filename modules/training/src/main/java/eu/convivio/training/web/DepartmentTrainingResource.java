package eu.convivio.training.web;

import eu.convivio.platform.api.Role;
import eu.convivio.training.application.DepartmentTraining;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The training-needs view per department, for the municipality's administrators; JSON or CSV. */
@Path("training/departments")
@RolesAllowed({Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
@Tag(name = "Training needs", description = "Which themes each department's staff have been trained in, and which not")
public class DepartmentTrainingResource {

    @Inject
    private DepartmentTraining training;

    public record DepartmentView(UUID id, String name, int staff, long trained, BigDecimal hours, Set<String> topicsCovered,
                                 List<String> topicsMissing, List<DepartmentTraining.Person> people) {
    }

    public record View(UUID municipalityId, String municipalityName, List<DepartmentView> departments) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per department: themes covered by completed courses, themes missing, hours per person")
    public View view(@QueryParam("municipality") String municipality) {
        DepartmentTraining.View v = training.view(Params.field(municipality, "municipality"));
        return new View(v.municipalityId(), v.municipalityName(), v.departments().stream()
                .map(d -> new DepartmentView(d.id(), d.name(), d.staff().size(), d.trained(), d.hours(), d.covered(),
                        d.gaps(), d.staff())).toList());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same as CSV, one row per person")
    public Response csv(@QueryParam("municipality") String municipality) {
        UUID id = Params.field(municipality, "municipality");
        return Response.ok(training.csv(id, "(no department)"), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"training-needs-" + id + ".csv\"").build();
    }
}
