package eu.convivio.training.web;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.application.CourseFeedback;
import eu.convivio.training.domain.FeedbackResponse;
import eu.convivio.training.domain.FeedbackSummary;
import eu.convivio.training.domain.SelfAssessmentChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback after a course (anonymous: trainers see aggregates from three responses on) and the
 * learner's self-assessment per learning objective before and after it.
 */
@Path("training/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training feedback", description = "Feedback forms and self-assessment")
public class FeedbackResource {

    @Inject
    private CourseFeedback feedback;

    public record SelfAssessmentRequest(String phase, Map<String, Integer> levels) {
    }

    /** Averages per question (1–5) once {@value FeedbackSummary#MINIMUM} learners have answered; before that only the count. */
    public record SummaryView(int responses, boolean shown, Map<String, Double> averages, List<String> comments) {

        static SummaryView of(FeedbackSummary s) {
            Map<String, Double> averages = new LinkedHashMap<>();
            s.averages().ifPresent(a -> {
                for (int i = 0; i < a.length; i++) {
                    averages.put(FeedbackResponse.Ratings.QUESTIONS.get(i), a[i]);
                }
            });
            return new SummaryView(s.responses(), s.shown(), averages, s.comments());
        }
    }

    public record ChangeView(UUID objectiveId, String objective, int learners, Double before, Double after, Double change) {
        static ChangeView of(SelfAssessmentChange c) {
            return new ChangeView(c.objectiveId(), c.objective(), c.learners(), c.before(), c.after(), c.change());
        }
    }

    @GET
    @Path("mine")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The signed-in learner's completed enrolments and whether feedback was given")
    public List<CourseFeedback.Pending> mine() {
        return feedback.mine();
    }

    @POST
    @Path("enrolments/{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Give feedback on a completed enrolment (once): ratings 1–5 and comments")
    public Response give(@PathParam("id") String id, CourseFeedback.Answer answer) {
        feedback.give(Params.pathId(id, "enrolment"), Params.required(answer));
        return Response.noContent().build();
    }

    @PUT
    @Path("enrolments/{id}/self-assessment")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Store the self-assessment (phase PRE or POST) as levels 1–5 by learning-objective id")
    public Response assess(@PathParam("id") String id, SelfAssessmentRequest request) {
        Params.required(request);
        CourseFeedback.Phase phase;
        try {
            phase = request.phase() == null ? null : CourseFeedback.Phase.valueOf(request.phase().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("phase", "The phase is PRE (before the course) or POST (after it).");
        }
        Map<UUID, Integer> levels = new LinkedHashMap<>();
        if (request.levels() != null) {
            request.levels().forEach((objective, level) -> levels.put(Params.field(objective, "levels"), level));
        }
        feedback.assess(Params.pathId(id, "enrolment"), phase, levels);
        return Response.noContent().build();
    }

    @GET
    @Path("sessions/{id}")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "A session's feedback in aggregate, for the host's trainers and administrators")
    public SummaryView ofSession(@PathParam("id") String id) {
        return SummaryView.of(feedback.ofSession(Params.pathId(id, "session")));
    }

    @GET
    @Path("sessions/{id}/self-assessment")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Average self-assessed change per learning objective over all sessions of the session's course")
    public List<ChangeView> change(@PathParam("id") String id) {
        return feedback.changeOfCourse(Params.pathId(id, "session")).stream().map(ChangeView::of).toList();
    }
}
