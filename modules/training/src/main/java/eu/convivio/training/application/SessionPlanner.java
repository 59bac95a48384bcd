package eu.convivio.training.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.DayPlan;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.SessionPlan;
import eu.convivio.training.domain.TrainerChoice;
import eu.convivio.training.infrastructure.TrainingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Planning and running sessions: trainers of the host municipality plan a session of a course,
 * open it for enrolment, change it (learners are told), close it after the last day (completion
 * is evaluated) or cancel it (everyone enrolled is told).
 */
@ApplicationScoped
@Transactional
public class SessionPlanner {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TrainingRoles roles;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    @Inject
    private StaffDirectory staff;

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private Notices notices;

    @Inject
    private AttendanceRegister register;

    /** Sessions the user may see; only those not yet over when {@code upcoming}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CourseSession> sessions(UUID courseId, boolean upcoming, int page, int size) {
        access.requireSignedIn();
        int offset = Page.offset(page, size);
        var q = new TrainingQueries(em);
        Set<UUID> memberOf = user.municipalities();
        return new Page<>(q.sessions(memberOf, user.isPlatformAdmin(), courseId, upcoming, offset, size), page, size,
                q.countSessions(memberOf, user.isPlatformAdmin(), courseId, upcoming));
    }

    /** A session the user may see; another municipality's session that admits no outsiders is 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseSession session(UUID id) {
        access.requireSignedIn();
        CourseSession s = id == null ? null : em.find(CourseSession.class, id);
        if (s == null || !roles.canRead(s)) {
            throw new Problem.NotFound("No such session.");
        }
        return s;
    }

    /** Sessions the signed-in trainer runs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseSession> mySessions() {
        return new TrainingQueries(em).sessionsOfTrainer(roles.me());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean runnable(CourseSession s) {
        return roles.canRun(s);
    }

    public CourseSession plan(SessionForm form) {
        if (form == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        if (form.courseId() == null) {
            throw new Problem.Invalid("courseId", "Say which course the session is of.");
        }
        Course course = catalogue.course(form.courseId());
        UUID host = form.municipalityId() != null ? form.municipalityId() : user.selectedMunicipality()
                .filter(user.municipalities(Role.TRAINER)::contains)
                .or(() -> user.municipalities(Role.TRAINER).stream().findFirst())
                .orElseThrow(() -> new Problem.Forbidden("Only trainers plan sessions."));
        access.require(host, Role.TRAINER);
        SessionPlan plan = check(form, host, Set.of(), course);
        CourseSession s = new CourseSession(UUID.randomUUID(), course, host, plan, UUID::randomUUID);
        em.persist(s);
        em.flush();
        return s;
    }

    /** Changes a session read at {@code version}; enrolled learners are told, freed seats filled. */
    public CourseSession replan(UUID id, long version, SessionForm form) {
        CourseSession s = locked(id);
        roles.requireRun(s);
        s.expectVersion(version);
        if (form == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        Course course = em.find(Course.class, s.getCourseId());
        List<Enrolment> enrolments = new TrainingQueries(em).enrolments(s.getId());
        SessionPlan plan = check(form, s.getMunicipalityId(), s.getTrainers(), course);
        Set<LocalDate> before = new HashSet<>(s.plan().days().stream().map(DayPlan::day).toList());
        Set<LocalDate> after = new HashSet<>(plan.days().stream().map(DayPlan::day).toList());
        if (!after.containsAll(before) && register.anyMarked(s)) {
            throw new Problem.Invalid("days", "Attendance is already marked: days can be added or moved in time, not removed.");
        }
        boolean changedForLearners = !s.plan().days().equals(plan.days()) || !same(s.getVenue(), plan.venue())
                || !same(s.getOnlineLink(), plan.onlineLink());
        List<Enrolment> promoted = s.replan(plan, enrolments, UUID::randomUUID);
        notices.promoted(s, promoted);
        if (changedForLearners) {
            enrolments.stream().filter(e -> e.getStatus().isLive() && !promoted.contains(e))
                    .forEach(e -> notices.tell(e.getAccountId(), TrainingNotice.Kind.SESSION_CHANGED, s, e));
        }
        em.flush();
        return s;
    }

    public CourseSession open(UUID id, Long version) {
        CourseSession s = locked(id);
        roles.requireRun(s);
        if (version != null) {
            s.expectVersion(version);
        }
        Course course = em.find(Course.class, s.getCourseId());
        if (!course.isPublished()) {
            throw new Problem.Conflict("Publish the course before opening its sessions for enrolment.");
        }
        s.open();
        em.flush();
        return s;
    }

    /** Closes the session after its last day: open requests are withdrawn, completion evaluated. */
    public CourseSession complete(UUID id, Long version) {
        CourseSession s = locked(id);
        roles.requireRun(s);
        if (version != null) {
            s.expectVersion(version);
        }
        List<Enrolment> enrolments = new TrainingQueries(em).enrolments(s.getId());
        Instant now = Instant.now();
        List<Enrolment> withdrawn = s.complete(enrolments, LocalDate.now(zone(s.getMunicipalityId())), now);
        withdrawn.forEach(e -> notices.tell(e.getAccountId(), TrainingNotice.Kind.ENROLMENT_CANCELLED, s, e));
        register.evaluateAll(s, enrolments, now);
        em.flush();
        return s;
    }

    public CourseSession cancel(UUID id, Long version, String reason) {
        CourseSession s = locked(id);
        roles.requireRun(s);
        if (version != null) {
            s.expectVersion(version);
        }
        List<Enrolment> enrolments = new TrainingQueries(em).enrolments(s.getId());
        List<Enrolment> cancelled = s.cancelSession(reason, enrolments, Instant.now());
        cancelled.forEach(e -> notices.tell(e.getAccountId(), TrainingNotice.Kind.SESSION_CANCELLED, s, e));
        em.flush();
        return s;
    }

    /**
     * The session, locked for the rest of the transaction. Locked before anything of it is read,
     * so that what is read next (its enrolments) is what the previous writer committed.
     */
    CourseSession locked(UUID id) {
        access.requireSignedIn();
        return new TrainingQueries(em).lockSession(id).filter(roles::canRead)
                .orElseThrow(() -> new Problem.NotFound("No such session."));
    }

    /** The host's time zone, in which days, times and deadlines are meant. */
    public ZoneId zone(UUID municipalityId) {
        return directory.municipality(municipalityId).map(MunicipalitySummary::timeZone).map(ZoneId::of)
                .orElseThrow(() -> new Problem.NotFound("No such municipality."));
    }

    private static boolean same(String a, String b) {
        return (a == null || a.isBlank()) ? (b == null || b.isBlank()) : a.strip().equals(b == null ? null : b.strip());
    }

    /**
     * Who may be named a trainer of a session of the course hosted by the municipality: its active
     * trainers and the course's own trainers (who may come from the municipality that wrote the
     * course), by name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> trainerChoices(UUID host, Course course) {
        java.util.Map<UUID, StaffMember> choices = new java.util.LinkedHashMap<>();
        staff.holders(host, Role.TRAINER).stream().filter(StaffMember::active).forEach(m -> choices.put(m.accountId(), m));
        staff.members(course.getTrainers()).values().stream().filter(StaffMember::active)
                .forEach(m -> choices.putIfAbsent(m.accountId(), m));
        return choices.values().stream().sorted(java.util.Comparator.comparing(StaffMember::displayName)).toList();
    }

    /** The municipality a new session of the user's is hosted by (the one chosen, or the first where they train). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<UUID> defaultHost() {
        return user.selectedMunicipality().filter(user.municipalities(Role.TRAINER)::contains)
                .or(() -> user.municipalities(Role.TRAINER).stream().findFirst());
    }

    /**
     * @param current the session's trainers now (none for a new session): they keep their place even
     *                after leaving the role, so that a change of venue does not fail over them
     */
    private SessionPlan check(SessionForm form, UUID host, Set<UUID> current, Course course) {
        ZoneId zone = zone(host);
        List<Problem.FieldError> errors = new ArrayList<>();
        Forms f = new Forms(errors);
        List<DayPlan> days = new ArrayList<>();
        List<SessionForm.DayForm> dayForms = form.days() == null ? List.of() : form.days();
        for (SessionForm.DayForm d : dayForms) {
            if (d == null) {
                continue;
            }
            LocalDate date = f.date("days", d.date());
            LocalTime start = f.time("days", d.startsAt());
            LocalTime end = f.time("days", d.endsAt());
            if (date != null && start != null && end != null) {
                days.add(new DayPlan(date, start, end));
            }
        }
        if (dayForms.isEmpty()) {
            f.error("days", "Give at least one day.");
        }
        String venue = f.text("venue", form.venue(), 500, false);
        String link = f.text("onlineLink", form.onlineLink(), 2000, false);
        if (link != null && !Forms.LINK.matcher(link).matches()) {
            f.error("onlineLink", "The online link is a web address starting with http:// or https://.");
        }
        if (form.capacity() == null) {
            f.error("capacity", "Give the number of seats.");
        }
        Instant opens = f.instant("enrolmentOpens", form.enrolmentOpens(), zone);
        Instant closes = f.instant("enrolmentCloses", form.enrolmentCloses(), zone);
        Instant deadline = f.instant("cancellationDeadline", form.cancellationDeadline(), zone);
        Approval approval = form.approval() == null || form.approval().isBlank() ? course.getApproval()
                : f.choice("approval", form.approval(), Approval.class);
        Set<UUID> trainers = new HashSet<>(form.trainers() == null ? List.of() : form.trainers());
        trainers.remove(null);
        var found = staff.members(trainers.stream().filter(t -> !current.contains(t) && !course.getTrainers().contains(t)).toList());
        if (!TrainerChoice.allowed(trainers, current, course.getTrainers(), t -> CourseCatalogue.trainsIn(found.get(t), host))) {
            f.error("trainers", "A session's trainer is one of the course's trainers or an active account with the trainer role in the host municipality.");
        }
        if (trainers.isEmpty()) {
            trainers.addAll(course.getTrainers());
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        // the domain checks the rest (order of days and times, capacity range, window) and names the fields
        return new SessionPlan(days, venue, link, form.capacity(), trainers, opens, closes, deadline,
                Boolean.TRUE.equals(form.openToOtherMunicipalities()), approval);
    }
}
