package eu.convivio.training.application;

import eu.convivio.platform.api.Problem;
import eu.convivio.training.domain.Attendance;
import eu.convivio.training.domain.AttendanceStatus;
import eu.convivio.training.domain.CompletionRule;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.EnrolmentStatus;
import eu.convivio.training.domain.SessionDay;
import eu.convivio.training.infrastructure.TrainingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attendance and completion: the session's trainers mark each confirmed learner per day; when the
 * session is closed (and on any later correction) each learner's completion is computed from the
 * course's rule and those who met it are completed and told (certificates follow from that notice).
 */
@ApplicationScoped
@Transactional
public class AttendanceRegister {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TrainingRoles roles;

    @Inject
    private SessionPlanner planner;

    @Inject
    private Notices notices;

    /** One mark: a learner (by enrolment) on a day. */
    public record Mark(UUID enrolmentId, UUID dayId, String status) {
    }

    /**
     * A learner's line on the sheet and in the completion overview.
     *
     * @param marks    by session day id; a day not yet marked is absent from the map
     * @param share    days attended (present or late) over the session's days
     * @param noShow   marked on at least one day and attended none
     * @param ruleMet  whether the completion rule is met with the marks so far
     */
    public record Line(Enrolment enrolment, Map<UUID, AttendanceStatus> marks, BigDecimal share, boolean noShow,
                       boolean ruleMet) {
    }

    /** The attendance sheet of a session: every confirmed or completed learner, for its trainers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> sheet(UUID sessionId) {
        CourseSession s = planner.session(sessionId);
        roles.requireRun(s);
        return lines(s);
    }

    private List<Line> lines(CourseSession s) {
        Course course = em.find(Course.class, s.getCourseId());
        var q = new TrainingQueries(em);
        Map<UUID, Map<UUID, AttendanceStatus>> byEnrolment = new HashMap<>();
        for (Attendance a : q.attendance(s.getId())) {
            byEnrolment.computeIfAbsent(a.getEnrolmentId(), k -> new HashMap<>()).put(a.getSessionDayId(), a.getStatus());
        }
        List<Line> lines = new ArrayList<>();
        for (Enrolment e : q.enrolments(s.getId())) {
            if (!e.isAttending()) {
                continue;
            }
            Map<UUID, AttendanceStatus> marks = byEnrolment.getOrDefault(e.getId(), Map.of());
            BigDecimal share = CompletionRule.attendedShare(marks.values(), s.getDays().size());
            boolean noShow = !marks.isEmpty() && marks.values().stream().noneMatch(AttendanceStatus::attended);
            boolean met = course.getCompletionRule().isMet(marks.values(), s.getDays().size(), e.getFinalAssessmentPassed());
            lines.add(new Line(e, Map.copyOf(marks), share, noShow, met));
        }
        return lines;
    }

    /** Marks learners on one day; every mark is checked before any is stored. */
    public List<Line> mark(UUID sessionId, List<Mark> marks) {
        UUID trainer = roles.me();
        CourseSession s = planner.locked(sessionId);
        roles.requireRun(s);
        if (marks == null || marks.isEmpty()) {
            throw new Problem.Invalid("marks", "Send at least one mark.");
        }
        var q = new TrainingQueries(em);
        Map<UUID, Enrolment> enrolments = new HashMap<>();
        q.enrolments(s.getId()).forEach(e -> enrolments.put(e.getId(), e));
        List<Problem.FieldError> errors = new ArrayList<>();
        Forms f = new Forms(errors);
        List<Object[]> checked = new ArrayList<>();
        for (Mark m : marks) {
            if (m == null) {
                continue;
            }
            Enrolment e = m.enrolmentId() == null ? null : enrolments.get(m.enrolmentId());
            if (e == null) {
                f.error("enrolmentId", "Not an enrolment of this session: " + m.enrolmentId() + ".");
                continue;
            }
            if (m.dayId() == null || s.getDays().stream().noneMatch(d -> d.getId().equals(m.dayId()))) {
                f.error("dayId", "Not a day of this session: " + m.dayId() + ".");
                continue;
            }
            AttendanceStatus status = f.choice("status", m.status(), AttendanceStatus.class);
            if (status != null) {
                checked.add(new Object[]{e, m.dayId(), status});
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        Instant now = Instant.now();
        Course course = em.find(Course.class, s.getCourseId());
        for (Object[] c : checked) {
            Enrolment e = (Enrolment) c[0];
            UUID day = (UUID) c[1];
            Attendance existing = q.attendance(e.getId(), day).orElse(null);
            Attendance a = s.mark(existing, UUID::randomUUID, e, day, (AttendanceStatus) c[2], trainer, now);
            if (existing == null) {
                em.persist(a);
            }
        }
        em.flush();
        // a correction after the session was closed may complete a learner now
        for (Object[] c : checked) {
            evaluate(s, course, (Enrolment) c[0], now);
        }
        em.flush();
        return lines(s);
    }

    /** Records whether the learner passed the course's final assessment. */
    public Enrolment recordAssessment(UUID enrolmentId, Boolean passed) {
        roles.me();
        var q = new TrainingQueries(em);
        UUID sessionId = enrolmentId == null ? null : q.sessionOf(enrolmentId).orElse(null);
        if (sessionId == null) {
            throw new Problem.NotFound("No such enrolment.");
        }
        CourseSession s = planner.locked(sessionId);
        roles.requireRun(s);
        Enrolment e = q.enrolments(sessionId).stream().filter(x -> x.getId().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new Problem.NotFound("No such enrolment."));
        Instant now = Instant.now();
        e.recordAssessment(passed, now);
        em.flush();
        evaluate(s, em.find(Course.class, s.getCourseId()), e, now);
        em.flush();
        return e;
    }

    /** Evaluates the completion rule for every confirmed learner of a session just closed. */
    void evaluateAll(CourseSession s, List<Enrolment> enrolments, Instant now) {
        Course course = em.find(Course.class, s.getCourseId());
        for (Enrolment e : enrolments) {
            evaluate(s, course, e, now);
        }
    }

    private void evaluate(CourseSession s, Course course, Enrolment e, Instant now) {
        if (e.getStatus() != EnrolmentStatus.CONFIRMED) {
            return;
        }
        List<AttendanceStatus> marked = new TrainingQueries(em).attendance(s.getId()).stream()
                .filter(a -> a.getEnrolmentId().equals(e.getId())).map(Attendance::getStatus).toList();
        if (s.evaluate(course, e, marked, now)) {
            notices.tell(e.getAccountId(), TrainingNotice.Kind.COMPLETED, s, e);
        }
    }

    boolean anyMarked(CourseSession s) {
        return !new TrainingQueries(em).attendance(s.getId()).isEmpty();
    }

    /** The session's days, for column headings. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionDay> days(UUID sessionId) {
        return planner.session(sessionId).getDays();
    }
}
