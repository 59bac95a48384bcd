package eu.convivio.training.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.FeedbackResponse;
import eu.convivio.training.domain.FeedbackSummary;
import eu.convivio.training.domain.SelfAssessmentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback after a course and the learners' self-assessment before and after it. A learner answers
 * the feedback form once per completed enrolment; the answer is stored without them. Trainers and
 * administrators of the host municipality see averages and comments once three have answered.
 */
@ApplicationScoped
@Transactional
public class CourseFeedback {

    static final Role[] READERS = {Role.TRAINER, Role.MUNICIPAL_ADMIN};
    public enum Phase { PRE, POST }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser user;

    @Inject
    private Access access;

    @Inject
    private SessionFacts facts;

    private Clock clock = Clock.systemUTC();

    public CourseFeedback() {
    }

    /** For persistence tests. */
    CourseFeedback(EntityManager em, CurrentUser user, Access access, SessionFacts facts, Clock clock) {
        this.em = em;
        this.user = user;
        this.access = access;
        this.facts = facts;
        this.clock = clock;
    }

    public record Answer(Integer relevance, Integer trainer, Integer materials, Integer usefulness, String comments) {
    }

    public void give(UUID enrolmentId, Answer answer) {
        SessionFacts.Enrolment enrolment = ownEnrolment(enrolmentId);
        if (!enrolment.completed()) {
            throw new Problem.Conflict("Feedback is given after completing the course.");
        }
        FeedbackResponse.Ratings ratings = check(answer);
        int inserted = em.createNativeQuery("INSERT INTO training.feedback_given (enrolment_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, enrolmentId).executeUpdate();
        if (inserted == 0) {
            throw new Problem.Conflict("You have already given feedback on this course.");
        }
        SessionFacts.Session session = facts.session(enrolment.sessionId()).orElseThrow();
        LocalDate week = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        em.persist(new FeedbackResponse(session.id(), session.courseId(), ratings, answer.comments(), week));
        em.flush();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean given(UUID enrolmentId) {
        return !em.createNativeQuery("SELECT 1 FROM training.feedback_given WHERE enrolment_id = ?1")
                .setParameter(1, enrolmentId).getResultList().isEmpty();
    }

    /** The session's feedback in aggregate, for the host's trainers and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedbackSummary ofSession(UUID sessionId) {
        SessionFacts.Session session = facts.session(sessionId).orElseThrow(() -> new Problem.NotFound("No such session."));
        access.require(session.hostMunicipalityId(), READERS);
        List<FeedbackResponse> responses = em.createQuery(
                        "SELECT r FROM FeedbackResponse r WHERE r.sessionId = :s", FeedbackResponse.class)
                .setParameter("s", sessionId).getResultList();
        return FeedbackSummary.of(responses.stream().map(FeedbackResponse::ratings).toList(),
                responses.stream().map(FeedbackResponse::getComments).toList());
    }

    /** Stores the learner's self-assessment: before the course (any time while enrolled) or after completing it. */
    public void assess(UUID enrolmentId, Phase phase, Map<UUID, Integer> levels) {
        SessionFacts.Enrolment enrolment = ownEnrolment(enrolmentId);
        if (phase == null) {
            throw new Problem.Invalid("phase", "Say whether this is the assessment before (PRE) or after (POST) the course.");
        }
        if (phase == Phase.POST && !enrolment.completed()) {
            throw new Problem.Conflict("The assessment after the course is made once you have completed it.");
        }
        if (phase == Phase.PRE && !List.of("REQUESTED", "CONFIRMED", "WAITLISTED", "COMPLETED").contains(enrolment.status())) {
            throw new Problem.Conflict("This enrolment is no longer active.");
        }
        SessionFacts.Session session = facts.session(enrolment.sessionId()).orElseThrow();
        List<UUID> objectives = facts.objectives(session.courseId()).stream().map(SessionFacts.Objective::id).toList();
        if (levels == null || levels.isEmpty()) {
            throw new Problem.Invalid("levels", "Rate at least one learning objective from 1 to 5.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        levels.forEach((objective, level) -> {
            if (!objectives.contains(objective)) {
                errors.add(new Problem.FieldError("levels", "Objective " + objective + " is not one of this course's."));
            } else if (level == null || level < 1 || level > 5) {
                errors.add(new Problem.FieldError("levels", "Each level is a whole number from 1 to 5."));
            }
        });
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        levels.forEach((objective, level) -> em.createNativeQuery("""
                        INSERT INTO training.self_assessment (enrolment_id, objective_id, phase, level) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (enrolment_id, objective_id, phase) DO UPDATE SET level = excluded.level""")
                .setParameter(1, enrolmentId).setParameter(2, objective).setParameter(3, phase.name())
                .setParameter(4, level.shortValue()).executeUpdate());
    }

    /** The learner's own answers for an enrolment, by phase and objective. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Phase, Map<UUID, Integer>> assessment(UUID enrolmentId) {
        ownEnrolment(enrolmentId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT objective_id::text, phase, level FROM training.self_assessment WHERE enrolment_id = ?1")
                .setParameter(1, enrolmentId).getResultList();
        Map<Phase, Map<UUID, Integer>> answers = new LinkedHashMap<>();
        for (Object[] r : rows) {
            answers.computeIfAbsent(Phase.valueOf((String) r[1]), k -> new LinkedHashMap<>())
                    .put(UUID.fromString((String) r[0]), ((Number) r[2]).intValue());
        }
        return answers;
    }

    /** Average self-assessed change per objective over all sessions of the session's course (shown from three learners on). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SelfAssessmentChange> changeOfCourse(UUID sessionId) {
        SessionFacts.Session session = facts.session(sessionId).orElseThrow(() -> new Problem.NotFound("No such session."));
        access.require(session.hostMunicipalityId(), READERS);
        UUID courseId = session.courseId();
        Map<UUID, String> objectives = new LinkedHashMap<>();
        facts.objectives(courseId).forEach(o -> objectives.put(o.id(), o.text()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT pre.objective_id::text, pre.level, post.level
                FROM training.self_assessment pre
                JOIN training.self_assessment post ON post.enrolment_id = pre.enrolment_id
                     AND post.objective_id = pre.objective_id AND post.phase = 'POST'
                JOIN training.learning_objective o ON o.id = pre.objective_id
                WHERE pre.phase = 'PRE' AND o.course_id = ?1""").setParameter(1, courseId).getResultList();
        return SelfAssessmentChange.of(objectives, rows.stream().map(r -> new SelfAssessmentChange.Pair(
                UUID.fromString((String) r[0]), ((Number) r[1]).intValue(), ((Number) r[2]).intValue())).toList());
    }

    /** The signed-in learner's completed enrolments with whether feedback was given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> mine() {
        UUID me = user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in first."));
        return facts.completedEnrolments(me).stream().map(e -> new Pending(e.id(),
                facts.session(e.sessionId()).map(SessionFacts.Session::courseTitle).orElse(""), given(e.id()))).toList();
    }

    public record Pending(UUID enrolmentId, String courseTitle, boolean feedbackGiven) {
    }

    /** What the learner's form shows for one of their enrolments. */
    public record Form(UUID enrolmentId, String courseTitle, boolean completed, boolean feedbackGiven,
                       List<SessionFacts.Objective> objectives, Map<Phase, Map<UUID, Integer>> assessment) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Form form(UUID enrolmentId) {
        SessionFacts.Enrolment enrolment = ownEnrolment(enrolmentId);
        SessionFacts.Session session = facts.session(enrolment.sessionId()).orElseThrow();
        return new Form(enrolmentId, session.courseTitle(), enrolment.completed(), given(enrolmentId),
                facts.objectives(session.courseId()), assessment(enrolmentId));
    }

    /** The enrolment if it is the signed-in learner's; anybody else's is not found. */
    SessionFacts.Enrolment ownEnrolment(UUID enrolmentId) {
        UUID me = user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in first."));
        return facts.enrolment(enrolmentId).filter(e -> e.learnerId().equals(me))
                .orElseThrow(() -> new Problem.NotFound("No such enrolment."));
    }

    private static FeedbackResponse.Ratings check(Answer answer) {
        if (answer == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        rating(errors, "relevance", answer.relevance());
        rating(errors, "trainer", answer.trainer());
        rating(errors, "materials", answer.materials());
        rating(errors, "usefulness", answer.usefulness());
        if (answer.comments() != null && answer.comments().strip().length() > 4000) {
            errors.add(new Problem.FieldError("comments", "Comments are at most 4000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return new FeedbackResponse.Ratings(answer.relevance(), answer.trainer(), answer.materials(), answer.usefulness());
    }

    private static void rating(List<Problem.FieldError> errors, String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            errors.add(new Problem.FieldError(field, "Give a rating from 1 (poor) to 5 (very good)."));
        }
    }
}
