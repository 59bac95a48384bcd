package eu.convivio.training.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.Learner;
import eu.convivio.training.infrastructure.TrainingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Enrolment: a learner asks for a place, the approver decides, the learner or a trainer cancels.
 * Every change to a session's seats first locks the session row, so concurrent requests are
 * decided one after the other and capacity is never exceeded; a freed seat goes to the first
 * waiting learner in the same transaction.
 */
@ApplicationScoped
@Transactional
public class EnrolmentDesk {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TrainingRoles roles;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private StaffDirectory staff;

    @Inject
    private SessionPlanner planner;

    @Inject
    private Notices notices;

    /** The signed-in user asks for a place in the session. */
    public Enrolment request(UUID sessionId) {
        UUID me = roles.me();
        CourseSession s = planner.locked(sessionId);
        Course course = em.find(Course.class, s.getCourseId());
        var q = new TrainingQueries(em);
        Learner learner = learner(me, s, q);
        Enrolment e = s.request(UUID.randomUUID(), course, learner, q.enrolments(s.getId()), Instant.now());
        em.persist(e);
        notices.requested(s, e);
        em.flush();
        return e;
    }

    /**
     * Who the learner is for this session: staff of the host when they work there, otherwise of
     * the municipality they chose in the switcher (or their first one).
     */
    private Learner learner(UUID me, CourseSession s, TrainingQueries q) {
        Set<UUID> memberOf = user.municipalities();
        UUID municipality = memberOf.contains(s.getMunicipalityId()) ? s.getMunicipalityId()
                : user.selectedMunicipality().filter(memberOf::contains)
                .or(() -> memberOf.stream().sorted().findFirst())
                .orElseThrow(() -> new Problem.Forbidden("Only staff of a municipality enrol in training."));
        UUID department = staff.member(me).flatMap(m -> m.departmentIn(municipality)).orElse(null);
        return new Learner(me, municipality, department, q.completedCourses(me));
    }

    /** An enrolment the user may see: their own, or as trainer or manager; otherwise 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment enrolment(UUID id) {
        access.requireSignedIn();
        Enrolment e = id == null ? null : em.find(Enrolment.class, id);
        if (e == null) {
            throw new Problem.NotFound("No such enrolment.");
        }
        CourseSession s = em.find(CourseSession.class, e.getSessionId());
        if (!roles.canRead(s, e)) {
            throw new Problem.NotFound("No such enrolment.");
        }
        return e;
    }

    public Enrolment approve(UUID id, Long version) {
        Seats seats = seats(id);
        requireDecider(seats.session(), seats.enrolment(), version);
        seats.enrolment().approve(roles.me(), Instant.now());
        notices.tell(seats.enrolment().getAccountId(), TrainingNotice.Kind.ENROLMENT_CONFIRMED, seats.session(), seats.enrolment());
        em.flush();
        return seats.enrolment();
    }

    public Enrolment decline(UUID id, Long version, String note) {
        Seats seats = seats(id);
        CourseSession s = seats.session();
        Enrolment e = seats.enrolment();
        requireDecider(s, e, version);
        if (note != null && note.strip().length() > 1000) {
            throw new Problem.Invalid("note", "At most 1000 characters.");
        }
        Optional<Enrolment> promoted = s.decline(e, roles.me(), note == null || note.isBlank() ? null : note.strip(), seats.all(), Instant.now());
        notices.tell(e.getAccountId(), TrainingNotice.Kind.ENROLMENT_DECLINED, s, e);
        promoted.ifPresent(p -> notices.promoted(s, p));
        em.flush();
        return e;
    }

    /** The learner withdraws (until the deadline), or a trainer of the session does for them. */
    public Enrolment cancel(UUID id, Long version) {
        UUID me = roles.me();
        Seats seats = seats(id);
        CourseSession s = seats.session();
        Enrolment e = seats.enrolment();
        boolean own = e.getAccountId().equals(me);
        if (!own && !roles.canRun(s)) {
            throw new Problem.Forbidden("Only the learner or a trainer of the session may cancel an enrolment.");
        }
        if (version != null) {
            e.expectVersion(version);
        }
        Optional<Enrolment> promoted = s.cancel(e, own && !roles.canRun(s), seats.all(), Instant.now());
        notices.tell(e.getAccountId(), TrainingNotice.Kind.ENROLMENT_CANCELLED, s, e);
        promoted.ifPresent(p -> notices.promoted(s, p));
        em.flush();
        return e;
    }

    /** A session locked for a seat decision, all of its enrolments read after the lock, and the one in question. */
    private record Seats(CourseSession session, List<Enrolment> all, Enrolment enrolment) {
    }

    private Seats seats(UUID enrolmentId) {
        access.requireSignedIn();
        var q = new TrainingQueries(em);
        UUID sessionId = enrolmentId == null ? null : q.sessionOf(enrolmentId).orElse(null);
        if (sessionId == null) {
            throw new Problem.NotFound("No such enrolment.");
        }
        CourseSession s = q.lockSession(sessionId).orElseThrow(() -> new Problem.NotFound("No such enrolment."));
        List<Enrolment> all = q.enrolments(sessionId);
        Enrolment e = all.stream().filter(x -> x.getId().equals(enrolmentId)).findFirst()
                .filter(x -> roles.canRead(s, x))
                .orElseThrow(() -> new Problem.NotFound("No such enrolment."));
        return new Seats(s, all, e);
    }

    private void requireDecider(CourseSession s, Enrolment e, Long version) {
        if (!roles.canDecide(s, e)) {
            throw new Problem.Forbidden(s.getApproval() == eu.convivio.training.domain.Approval.MANAGER
                    ? "Only the learner's manager (the municipal administrator) decides this request."
                    : "Only a trainer of the session decides this request.");
        }
        if (version != null) {
            e.expectVersion(version);
        }
    }

    /** All enrolments of a session, for its trainers; a learner sees only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> enrolments(UUID sessionId) {
        CourseSession s = planner.session(sessionId);
        List<Enrolment> all = new TrainingQueries(em).enrolments(s.getId());
        if (roles.canRun(s)) {
            return all;
        }
        List<Enrolment> visible = new ArrayList<>();
        for (Enrolment e : all) {
            if (roles.canRead(s, e)) {
                visible.add(e);
            }
        }
        return visible;
    }

    /** Where a waitlisted enrolment stands in its session's waitlist now (1 = next), 0 when not waiting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int waitlistRank(Enrolment e) {
        if (e.getStatus() != eu.convivio.training.domain.EnrolmentStatus.WAITLISTED) {
            return 0;
        }
        return CourseSession.waitlistRank(e, new TrainingQueries(em).enrolments(e.getSessionId()));
    }

    /** The signed-in learner's enrolments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> mine() {
        return new TrainingQueries(em).enrolmentsOf(roles.me());
    }

    /** Requests waiting for the user's decision: as manager of their municipalities, and as trainer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> awaitingMyDecision() {
        UUID me = roles.me();
        var q = new TrainingQueries(em);
        List<Enrolment> result = new ArrayList<>(q.awaitingManager(user.municipalities(Role.MUNICIPAL_ADMIN)));
        q.awaitingTrainer(me).stream().filter(e -> !result.contains(e)).forEach(result::add);
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean decidable(CourseSession s, Enrolment e) {
        return roles.canDecide(s, e);
    }

    /** Names of the learners, for trainers' and managers' lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<UUID, StaffMember> people(java.util.Collection<UUID> accountIds) {
        return staff.members(accountIds);
    }
}
