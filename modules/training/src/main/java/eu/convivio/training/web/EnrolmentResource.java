package eu.convivio.training.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Role;
import eu.convivio.training.application.AttendanceRegister;
import eu.convivio.training.application.EnrolmentDesk;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.web.TrainingViews.EnrolmentView;
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

import java.util.List;

/**
 * One enrolment: its learner, the session's trainers and the learner's manager see it; the
 * approver (manager or trainer, per session) approves or declines; the learner (until the
 * deadline) or a trainer cancels. A freed seat goes to the first waiting learner at once.
 */
@Path("training/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training enrolments", description = "Staff training: approval, decline, cancellation")
public class EnrolmentResource {

    @Inject
    private EnrolmentDesk desk;

    @Inject
    private AttendanceRegister register;

    public record DeclineRequest(String note) {
    }

    public record AssessmentRequest(Boolean passed) {
    }

    @GET
    @Path("mine")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The signed-in user's enrolments, newest first")
    public List<EnrolmentView> mine() {
        return desk.mine().stream().map(e -> EnrolmentView.of(e, desk.waitlistRank(e), null)).toList();
    }

    @GET
    @Path("awaiting-decision")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Requests waiting for the user's decision, as manager (municipal admin) or trainer")
    public List<EnrolmentView> awaiting() {
        List<Enrolment> awaiting = desk.awaitingMyDecision();
        var people = desk.people(awaiting.stream().map(Enrolment::getAccountId).toList());
        return awaiting.stream().map(e -> EnrolmentView.of(e, 0, SessionResource.name(people, e.getAccountId()))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "One enrolment: for its learner, the session's trainers and the learner's manager")
    public Response get(@PathParam("id") String id) {
        return withTag(desk.enrolment(Params.pathId(id, "enrolment")));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Approve a requested enrolment (the learner's manager or a trainer, per session); If-Match optional")
    public Response approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(desk.approve(Params.pathId(id, "enrolment"), IfMatch.optional(ifMatch)));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Decline a requested or waitlisted enrolment, with an optional note; If-Match optional")
    public Response decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, DeclineRequest request) {
        return withTag(desk.decline(Params.pathId(id, "enrolment"), IfMatch.optional(ifMatch), request == null ? null : request.note()));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Cancel: the learner until the session's cancellation deadline, a trainer at any time; If-Match optional")
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(desk.cancel(Params.pathId(id, "enrolment"), IfMatch.optional(ifMatch)));
    }

    @PUT
    @Path("{id}/assessment")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Record whether the learner passed the final assessment (passed: true, false or null)")
    public Response assessment(@PathParam("id") String id, AssessmentRequest request) {
        return withTag(register.recordAssessment(Params.pathId(id, "enrolment"), Params.required(request).passed()));
    }

    private Response withTag(Enrolment e) {
        return Tagged.answer(Response.ok(), EnrolmentView.of(e, desk.waitlistRank(e), null), e.getVersion());
    }
}
