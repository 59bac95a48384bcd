package eu.convivio.strategy.web;

import eu.convivio.platform.api.Role;
import eu.convivio.strategy.application.Monitoring;
import eu.convivio.strategy.application.ReviewFlags;
import eu.convivio.strategy.domain.Codes;
import eu.convivio.strategy.domain.IndicatorValue;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.ProgressReport;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Monitoring of an adopted strategy: the public dashboard, progress reports on measures and
 * measured indicator values (officers and council members of the strategy's municipality), and
 * the measures flagged for review (members read, the council clears).
 */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy monitoring", description = "Measure progress and indicator values of adopted strategies")
public class MonitoringResource {

    @Inject
    private Monitoring monitoring;

    @Inject
    private ReviewFlags flags;

    /** {@code status} PLANNED, IN_PROGRESS, DONE, DELAYED or DROPPED; {@code progress} 0–100; {@code reportedOn} ISO date. */
    public record ProgressRequest(String reportedOn, String status, Integer progress, String note) {
    }

    /** {@code measuredOn} ISO date; {@code value} a number; {@code source} where the figure comes from. */
    public record ValueRequest(String measuredOn, BigDecimal value, String source, String note) {
    }

    public record ClearRequest(String note) {
    }

    @GET
    @Path("{id}/monitoring")
    @PermitAll
    @Operation(summary = "The dashboard of the latest adopted version: each measure's status, each indicator against baseline and target")
    public Monitoring.Dashboard dashboard(@PathParam("id") String id) {
        return monitoring.dashboard(Ids.path(id, "strategy"));
    }

    @POST
    @Path("{id}/monitoring/measures/{measure}/progress")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Report a measure's progress (a new dated report; earlier ones stay)")
    public Response progress(@PathParam("id") String id, @PathParam("measure") String measure, ProgressRequest body) {
        ProgressRequest r = Ids.body(body);
        MeasureStatus status = Ids.choice(MeasureStatus.class, r.status(), "status",
                "The status is one of " + Codes.choices(MeasureStatus.class) + ".");
        var draft = new ProgressReport.Draft(date(r.reportedOn(), "reportedOn"), status, r.progress(), r.note());
        return Response.status(Response.Status.CREATED)
                .entity(monitoring.recordProgress(Ids.path(id, "strategy"), Ids.path(measure, "measure"), draft)).build();
    }

    @POST
    @Path("{id}/monitoring/indicators/{indicator}/values")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Record a measured value of an indicator, with its date and source")
    public Response value(@PathParam("id") String id, @PathParam("indicator") String indicator, ValueRequest body) {
        ValueRequest r = Ids.body(body);
        var draft = new IndicatorValue.Draft(date(r.measuredOn(), "measuredOn"), r.value(), r.source(), r.note());
        return Response.status(Response.Status.CREATED)
                .entity(monitoring.recordValue(Ids.path(id, "strategy"), Ids.path(indicator, "indicator"), draft)).build();
    }

    @GET
    @Path("{id}/monitoring/review-flags")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Measures flagged for review (a linked service withdrawn, a linked need closed); members of the municipality")
    public List<ReviewFlags.FlagView> reviewFlags(@PathParam("id") String id) {
        return flags.openFlags(Ids.path(id, "strategy"));
    }

    @POST
    @Path("{id}/monitoring/review-flags/{flag}/clear")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Clear a review flag once the measure was reviewed, with an optional note")
    public Response clear(@PathParam("id") String id, @PathParam("flag") String flag, ClearRequest body) {
        flags.clear(Ids.path(id, "strategy"), Ids.path(flag, "review flag"), body == null ? null : body.note());
        return Response.noContent().build();
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new eu.convivio.platform.api.Problem.Invalid(field, "A date is written as YYYY-MM-DD: \"" + text + "\" is not.");
        }
    }
}
