package eu.convivio.training.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.application.StudyVisits;
import eu.convivio.training.domain.StudyVisitReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** A study visit's report and its publication to the good-practice library. */
@Path("training/study-visits/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
@Tag(name = "Study visits", description = "What a study visit learned, published as a good practice")
public class StudyVisitResource {

    @Inject
    private StudyVisits visits;

    public record ReportRequest(Long version, String title, String summary, String practices, String lessons) {
    }

    public record ReportView(UUID sessionId, long version, String title, String summary, String practices, String lessons,
                             UUID practiceId, Instant publishedAt) {
        static ReportView of(StudyVisitReport r) {
            return new ReportView(r.getSessionId(), r.getVersion(), r.getTitle(), r.getSummary(), r.getPractices(),
                    r.getLessons(), r.getPracticeId(), r.getPublishedAt());
        }
    }

    @GET
    @Operation(summary = "The report of a study-visit session")
    public Response get(@PathParam("sessionId") String sessionId) {
        StudyVisitReport r = visits.report(Params.pathId(sessionId, "session"))
                .orElseThrow(() -> new Problem.NotFound("No report has been written for this study visit yet."));
        return tagged(r, Response.ok());
    }

    @PUT
    @Operation(summary = "Write or rewrite the report; If-Match (or version) with the version read, except the first time")
    public Response write(@PathParam("sessionId") String sessionId, @HeaderParam("If-Match") String ifMatch,
                          ReportRequest request) {
        Params.required(request);
        Long version = ifMatch == null && request.version() == null ? null : IfMatch.version(ifMatch, request.version());
        return tagged(visits.write(Params.pathId(sessionId, "session"), version,
                new StudyVisitReport.Text(request.title(), request.summary(), request.practices(), request.lessons())),
                Response.ok());
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publish the report to the good-practice library as the host city's practice (once)")
    public Response publish(@PathParam("sessionId") String sessionId, @HeaderParam("If-Match") String ifMatch) {
        return tagged(visits.publish(Params.pathId(sessionId, "session"), IfMatch.optional(ifMatch)), Response.ok());
    }

    private static Response tagged(StudyVisitReport r, Response.ResponseBuilder builder) {
        return Tagged.answer(builder, ReportView.of(r), r.getVersion());
    }
}
