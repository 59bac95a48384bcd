package eu.convivio.training.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.application.AttendanceRegister;
import eu.convivio.training.application.EnrolmentDesk;
import eu.convivio.training.application.SessionForm;
import eu.convivio.training.application.SessionPlanner;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.web.TrainingViews.AttendanceLineView;
import eu.convivio.training.web.TrainingViews.EnrolmentView;
import eu.convivio.training.web.TrainingViews.PageView;
import eu.convivio.training.web.TrainingViews.SessionView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sessions, their enrolments and attendance over HTTP. A session of another municipality that
 * admits no outsiders answers 404. Trainers of the host plan and run sessions; any signed-in staff
 * member asks for a place; only the session's trainers mark attendance.
 */
@Path("training/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training sessions", description = "Staff training: sessions, enrolment, waitlist and attendance")
public class SessionResource {

    @Inject
    private SessionPlanner planner;

    @Inject
    private EnrolmentDesk desk;

    @Inject
    private AttendanceRegister register;

    @Context
    private UriInfo uri;

    /** A session as a planner sends it; see SessionForm for the formats. */
    public record SessionRequest(Long version, UUID courseId, UUID municipalityId, List<SessionForm.DayForm> days,
                                 String venue, String onlineLink, Integer capacity, List<UUID> trainers,
                                 String enrolmentOpens, String enrolmentCloses, String cancellationDeadline,
                                 Boolean openToOtherMunicipalities, String approval) {

        SessionForm form() {
            return new SessionForm(courseId, municipalityId, days, venue, onlineLink, capacity, trainers, enrolmentOpens,
                    enrolmentCloses, cancellationDeadline, openToOtherMunicipalities, approval);
        }
    }

    public record CancelRequest(String reason) {
    }

    public record AttendanceRequest(List<AttendanceRegister.Mark> marks) {
    }

    @GET
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Sessions the user may see (own municipality and exchange sessions), soonest enrolment deadline first; upcoming=true leaves out completed and cancelled ones")
    public PageView<SessionView> list(@QueryParam("course") String course, @QueryParam("upcoming") String upcoming,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        var result = planner.sessions(Params.queryId("course", course), "true".equalsIgnoreCase(upcoming),
                Params.number("page", page, 1), Params.number("size", size, Params.DEFAULT_SIZE));
        return PageView.of(result, s -> view(s));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "One session; seat counts for those who run it")
    public Response get(@PathParam("id") String id) {
        return withTag(planner.session(Params.pathId(id, "session")), Response.ok());
    }

    @POST
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Plan a session of a course (scheduled, not yet open for enrolment)")
    public Response create(SessionRequest request) {
        CourseSession s = planner.plan(Params.required(request).form());
        return withTag(s, Response.created(uri.getAbsolutePathBuilder().path(s.getId().toString()).build()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Change a session; If-Match (or version) required. Enrolled learners are told; more seats promote waiting learners")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, SessionRequest request) {
        long version = Params.editedVersion(ifMatch, request, SessionRequest::version);
        return withTag(planner.replan(Params.pathId(id, "session"), version, request.form()), Response.ok());
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Open a scheduled session for enrolment requests; If-Match optional")
    public Response open(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(planner.open(Params.pathId(id, "session"), IfMatch.optional(ifMatch)), Response.ok());
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Close the session after its last day: completion is computed for every learner; If-Match optional")
    public Response complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(planner.complete(Params.pathId(id, "session"), IfMatch.optional(ifMatch)), Response.ok());
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Cancel the session with a reason; everyone enrolled is told; If-Match optional")
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CancelRequest request) {
        return withTag(planner.cancel(Params.pathId(id, "session"), IfMatch.optional(ifMatch),
                Params.required(request).reason()), Response.ok());
    }

    @GET
    @Path("{id}/enrolments")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Enrolments of the session: all for its trainers, otherwise only the user's own (and, for a manager, their staff's)")
    public List<EnrolmentView> enrolments(@PathParam("id") String id) {
        List<Enrolment> visible = desk.enrolments(Params.pathId(id, "session"));
        Map<UUID, StaffMember> people = desk.people(visible.stream().map(Enrolment::getAccountId).toList());
        return visible.stream().map(e -> EnrolmentView.of(e, desk.waitlistRank(e), name(people, e.getAccountId()))).toList();
    }

    @POST
    @Path("{id}/enrolments")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Ask for a place for the signed-in user: confirmed, requested (awaiting approval) or waitlisted")
    public Response enrol(@PathParam("id") String id) {
        Enrolment e = desk.request(Params.pathId(id, "session"));
        return Tagged.answer(Response.created(uri.getBaseUriBuilder().path("training/enrolments").path(e.getId().toString()).build()),
                EnrolmentView.of(e, desk.waitlistRank(e), null), e.getVersion());
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "The attendance sheet: every confirmed learner with their marks per day, attended share, no-show and completion")
    public List<AttendanceLineView> attendance(@PathParam("id") String id) {
        return lines(register.sheet(Params.pathId(id, "session")));
    }

    @PUT
    @Path("{id}/attendance")
    @RolesAllowed(Role.Groups.TRAINER)
    @Operation(summary = "Mark attendance (present, late, excused, absent) per learner and day; only the session's trainers")
    public List<AttendanceLineView> mark(@PathParam("id") String id, AttendanceRequest request) {
        return lines(register.mark(Params.pathId(id, "session"), Params.required(request).marks()));
    }

    private List<AttendanceLineView> lines(List<AttendanceRegister.Line> lines) {
        Map<UUID, StaffMember> people = desk.people(lines.stream().map(l -> l.enrolment().getAccountId()).toList());
        return lines.stream().map(l -> AttendanceLineView.of(l, name(people, l.enrolment().getAccountId()))).toList();
    }

    static String name(Map<UUID, StaffMember> people, UUID account) {
        StaffMember m = people.get(account);
        return m == null ? null : m.displayName();
    }

    private SessionView view(CourseSession s) {
        return SessionView.of(s, planner.runnable(s) ? desk.enrolments(s.getId()) : null);
    }

    private Response withTag(CourseSession s, Response.ResponseBuilder builder) {
        return Tagged.answer(builder, view(s), s.getVersion());
    }
}
