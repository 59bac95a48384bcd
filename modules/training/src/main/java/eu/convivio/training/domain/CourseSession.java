package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One run of a course, hosted by a municipality on one or more days. The session decides about
 * seats: it sees all of its enrolments (the application locks the session row first, so two
 * requests never decide on the same free seat), confirms or holds a seat while there is one,
 * puts the rest on the waitlist in request order and promotes the first waiting learner when a
 * seat frees.
 */
@Entity
@Table(schema = "training", name = "course_session")
@Audited
public class CourseSession implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private UUID courseId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "venue")
    private String venue;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "enrolment_opens", nullable = false)
    private Instant enrolmentOpens;

    @Column(name = "enrolment_closes", nullable = false)
    private Instant enrolmentCloses;

    @Column(name = "cancellation_deadline", nullable = false)
    private Instant cancellationDeadline;

    @Column(name = "open_to_other_municipalities", nullable = false)
    private boolean openToOtherMunicipalities;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval", nullable = false)
    private Approval approval;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.now();

    @Version
    private long version;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("day")
    private List<SessionDay> days = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "training", name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "account_id", nullable = false)
    private Set<UUID> trainers = new HashSet<>();

    protected CourseSession() {
    }

    /** A new session of the course, scheduled but not yet open for enrolment. */
    public CourseSession(UUID id, Course course, UUID hostMunicipalityId, SessionPlan plan, Supplier<UUID> ids) {
        course.requirePlannable();
        this.id = id;
        this.courseId = course.getId();
        this.municipalityId = hostMunicipalityId;
        replan(plan, List.of(), ids);
    }

    /**
     * Changes dates, place, capacity and rules. A smaller capacity must still hold every seat
     * already given; a larger one promotes waiting learners (returned, to be told).
     */
    public List<Enrolment> replan(SessionPlan plan, List<Enrolment> enrolments, Supplier<UUID> ids) {
        if (status.isOver()) {
            throw new Problem.Conflict("This session is " + status.name().toLowerCase() + " and can no longer be changed.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (plan.days().isEmpty()) {
            errors.add(new Problem.FieldError("days", "Give at least one day."));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (DayPlan day : plan.days()) {
            if (!seen.add(day.day())) {
                errors.add(new Problem.FieldError("days", "The day " + day.day() + " is given twice."));
            }
            if (!day.startsAt().isBefore(day.endsAt())) {
                errors.add(new Problem.FieldError("days", "On " + day.day() + " the end must come after the start."));
            }
        }
        if (blank(plan.venue()) && blank(plan.onlineLink())) {
            errors.add(new Problem.FieldError("venue", "Give a venue or an online link."));
        }
        if (plan.capacity() < 1 || plan.capacity() > 1000) {
            errors.add(new Problem.FieldError("capacity", "Capacity is between 1 and 1000 seats."));
        }
        long held = enrolments.stream().filter(e -> e.getStatus().holdsSeat()).count();
        if (plan.capacity() >= 1 && plan.capacity() < held) {
            errors.add(new Problem.FieldError("capacity", held + " seats are already given; capacity cannot be lower."));
        }
        if (plan.enrolmentOpens() == null || plan.enrolmentCloses() == null || !plan.enrolmentOpens().isBefore(plan.enrolmentCloses())) {
            errors.add(new Problem.FieldError("enrolmentCloses", "Enrolment must close after it opens."));
        }
        if (plan.cancellationDeadline() == null) {
            errors.add(new Problem.FieldError("cancellationDeadline", "Give the last moment a learner may cancel."));
        }
        if (plan.trainers().isEmpty()) {
            errors.add(new Problem.FieldError("trainers", "Name at least one trainer."));
        }
        if (plan.approval() == null) {
            errors.add(new Problem.FieldError("approval", "Say who approves enrolment requests."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        Map<LocalDate, SessionDay> existing = new HashMap<>();
        days.forEach(d -> existing.put(d.getDay(), d));
        List<SessionDay> planned = new ArrayList<>();
        for (DayPlan day : plan.days().stream().sorted(Comparator.comparing(DayPlan::day)).toList()) {
            SessionDay kept = existing.remove(day.day());
            if (kept == null) {
                kept = new SessionDay(ids.get(), this, day);
            } else {
                kept.reschedule(day);
            }
            planned.add(kept);
        }
        days.clear();
        days.addAll(planned);
        venue = blank(plan.venue()) ? null : plan.venue().strip();
        onlineLink = blank(plan.onlineLink()) ? null : plan.onlineLink().strip();
        capacity = plan.capacity();
        trainers.clear();
        trainers.addAll(plan.trainers());
        enrolmentOpens = plan.enrolmentOpens();
        enrolmentCloses = plan.enrolmentCloses();
        cancellationDeadline = plan.cancellationDeadline();
        openToOtherMunicipalities = plan.openToOtherMunicipalities();
        approval = plan.approval();
        lastModified = Instant.now();
        List<Enrolment> promoted = fillFreeSeats(enrolments, lastModified);
        refreshFullness(enrolments);
        return promoted;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Opens the session for enrolment requests (within its enrolment window). */
    public void open() {
        if (status != SessionStatus.SCHEDULED) {
            throw new Problem.Conflict("Only a scheduled session can be opened; this one is " + status.name().toLowerCase() + ".");
        }
        status = SessionStatus.OPEN;
        lastModified = Instant.now();
    }

    /** Whether staff of the municipality may see and join the session. */
    public boolean admits(UUID learnerMunicipalityId) {
        return municipalityId.equals(learnerMunicipalityId) || openToOtherMunicipalities;
    }

    /**
     * A learner asks for a place. With a free seat the enrolment is confirmed (automatic approval)
     * or holds the seat as requested; without, it joins the end of the waitlist.
     */
    public Enrolment request(UUID enrolmentId, Course course, Learner learner, List<Enrolment> enrolments, Instant now) {
        if (!admits(learner.municipalityId())) {
            throw new Problem.NotFound("No such session.");
        }
        if (!status.takesRequests()) {
            throw new Problem.Conflict("This session is " + status.name().toLowerCase() + " and takes no enrolment requests.");
        }
        if (now.isBefore(enrolmentOpens)) {
            throw new Problem.Conflict("Enrolment opens on " + enrolmentOpens + ".");
        }
        if (!now.isBefore(enrolmentCloses)) {
            throw new Problem.Conflict("Enrolment closed on " + enrolmentCloses + ".");
        }
        if (enrolments.stream().anyMatch(e -> e.getAccountId().equals(learner.accountId()) && e.getStatus().isLive())) {
            throw new Problem.Conflict("You are already enrolled in this session.");
        }
        Set<UUID> missing = new HashSet<>(course.getPrerequisites());
        missing.removeAll(learner.completedCourses());
        if (!missing.isEmpty()) {
            throw new Problem.Conflict("Complete the prerequisite courses first (" + missing.size() + " missing).");
        }
        Enrolment enrolment = new Enrolment(enrolmentId, id, learner, now);
        if (seatsHeld(enrolments) < capacity) {
            enrolment.seat(approval, now);
        } else {
            enrolment.waitlist(nextWaitlistPosition(enrolments), now);
        }
        List<Enrolment> all = new ArrayList<>(enrolments);
        all.add(enrolment);
        refreshFullness(all);
        return enrolment;
    }

    /**
     * Withdraws an enrolment. The learner may do so until the cancellation deadline, a trainer
     * of the session at any time before it is over. A freed seat goes to the first waiting
     * learner, who is returned (to be told).
     */
    public Optional<Enrolment> cancel(Enrolment enrolment, boolean byLearner, List<Enrolment> enrolments, Instant now) {
        requireOwn(enrolment);
        if (status.isOver()) {
            throw new Problem.Conflict("This session is " + status.name().toLowerCase() + "; enrolments no longer change.");
        }
        if (byLearner && enrolment.getStatus() != EnrolmentStatus.WAITLISTED && now.isAfter(cancellationDeadline)) {
            throw new Problem.Conflict("The cancellation deadline (" + cancellationDeadline + ") has passed; ask the trainer.");
        }
        boolean freed = enrolment.cancel(now);
        return freed ? promoteNext(enrolments, now) : Optional.empty();
    }

    /** The approver declines; a freed seat goes to the first waiting learner (returned). */
    public Optional<Enrolment> decline(Enrolment enrolment, UUID approver, String note, List<Enrolment> enrolments, Instant now) {
        requireOwn(enrolment);
        if (status.isOver()) {
            throw new Problem.Conflict("This session is " + status.name().toLowerCase() + "; enrolments no longer change.");
        }
        boolean freed = enrolment.decline(approver, note, now);
        return freed ? promoteNext(enrolments, now) : Optional.empty();
    }

    private void requireOwn(Enrolment enrolment) {
        if (!enrolment.getSessionId().equals(id)) {
            throw new IllegalArgumentException("enrolment " + enrolment.getId() + " is not in session " + id);
        }
    }

    private Optional<Enrolment> promoteNext(List<Enrolment> enrolments, Instant now) {
        List<Enrolment> promoted = fillFreeSeats(enrolments, now);
        refreshFullness(enrolments);
        return promoted.stream().findFirst();
    }

    /** Gives free seats to waiting learners, first in line first. */
    private List<Enrolment> fillFreeSeats(List<Enrolment> enrolments, Instant now) {
        List<Enrolment> waiting = enrolments.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::getWaitlistPosition))
                .toList();
        List<Enrolment> promoted = new ArrayList<>();
        long free = capacity - seatsHeld(enrolments);
        for (Enrolment next : waiting) {
            if (free <= 0) {
                break;
            }
            next.seat(approval, now);
            promoted.add(next);
            free--;
        }
        return promoted;
    }

    private void refreshFullness(List<Enrolment> enrolments) {
        if (!status.takesRequests()) {
            return;
        }
        status = seatsHeld(enrolments) >= capacity ? SessionStatus.FULL : SessionStatus.OPEN;
    }

    public static long seatsHeld(List<Enrolment> enrolments) {
        return enrolments.stream().filter(e -> e.getStatus().holdsSeat()).count();
    }

    private static int nextWaitlistPosition(List<Enrolment> enrolments) {
        return enrolments.stream()
                .map(Enrolment::getWaitlistPosition)
                .filter(p -> p != null)
                .max(Integer::compare)
                .orElse(0) + 1;
    }

    /** Where in the waitlist the enrolment stands now (1 = next to be promoted), or 0 when not waiting. */
    public static int waitlistRank(Enrolment enrolment, List<Enrolment> enrolments) {
        if (enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
            return 0;
        }
        return 1 + (int) enrolments.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED && e.getWaitlistPosition() < enrolment.getWaitlistPosition())
                .count();
    }

    /**
     * A trainer of the session marks a learner's attendance on a day. The first mark starts the
     * session (running). After the session is completed a correction may still complete the learner.
     */
    public Attendance mark(Attendance existing, Supplier<UUID> ids, Enrolment enrolment, UUID dayId,
                           AttendanceStatus mark, UUID trainer, Instant now) {
        requireOwn(enrolment);
        if (status == SessionStatus.CANCELLED) {
            throw new Problem.Conflict("This session was cancelled.");
        }
        if (!trainers.contains(trainer)) {
            throw new Problem.Forbidden("Only a trainer of this session marks attendance.");
        }
        if (!enrolment.isAttending()) {
            throw new Problem.Invalid("enrolmentId", "Attendance is marked only for confirmed learners.");
        }
        if (days.stream().noneMatch(d -> d.getId().equals(dayId))) {
            throw new Problem.Invalid("dayId", "The day is not one of this session's days.");
        }
        Attendance attendance = existing != null ? existing : new Attendance(ids.get(), enrolment.getId(), dayId);
        attendance.mark(mark, trainer, now);
        if (status.takesRequests() || status == SessionStatus.SCHEDULED) {
            status = SessionStatus.RUNNING;
            lastModified = now;
        }
        return attendance;
    }

    /**
     * Whether the enrolment now meets the course's completion rule; if so (and it is confirmed)
     * it becomes completed. Returns true only when it was completed just now.
     */
    public boolean evaluate(Course course, Enrolment enrolment, List<AttendanceStatus> marked, Instant now) {
        requireOwn(enrolment);
        if (status != SessionStatus.COMPLETED || enrolment.getStatus() != EnrolmentStatus.CONFIRMED) {
            return false;
        }
        if (course.getCompletionRule().isMet(marked, days.size(), enrolment.getFinalAssessmentPassed())) {
            enrolment.complete(now);
            return true;
        }
        return false;
    }

    /**
     * Closes the session after its last day. Requests still waiting for approval and waitlisted
     * learners are cancelled (returned, to be told); completion is then evaluated per learner.
     */
    public List<Enrolment> complete(List<Enrolment> enrolments, LocalDate today, Instant now) {
        if (status.isOver()) {
            throw new Problem.Conflict("This session is already " + status.name().toLowerCase() + ".");
        }
        LocalDate last = days.get(days.size() - 1).getDay();
        if (today.isBefore(last)) {
            throw new Problem.Conflict("The session's last day (" + last + ") has not come yet.");
        }
        status = SessionStatus.COMPLETED;
        lastModified = now;
        return withdrawOpenRequests(enrolments, now);
    }

    /** Cancels the session: every live enrolment is cancelled (returned, to be told). */
    public List<Enrolment> cancelSession(String reason, List<Enrolment> enrolments, Instant now) {
        if (status.isOver()) {
            throw new Problem.Conflict("This session is already " + status.name().toLowerCase() + ".");
        }
        if (blank(reason)) {
            throw new Problem.Invalid("reason", "Say why the session is cancelled; learners are told.");
        }
        status = SessionStatus.CANCELLED;
        cancellationReason = reason.strip();
        lastModified = now;
        List<Enrolment> cancelled = new ArrayList<>();
        for (Enrolment e : enrolments) {
            if (e.getStatus().isLive() && e.getStatus() != EnrolmentStatus.COMPLETED) {
                e.cancel(now);
                cancelled.add(e);
            }
        }
        return cancelled;
    }

    private List<Enrolment> withdrawOpenRequests(List<Enrolment> enrolments, Instant now) {
        List<Enrolment> withdrawn = new ArrayList<>();
        for (Enrolment e : enrolments) {
            if (e.getStatus() == EnrolmentStatus.REQUESTED || e.getStatus() == EnrolmentStatus.WAITLISTED) {
                e.cancel(now);
                withdrawn.add(e);
            }
        }
        return withdrawn;
    }

    /** Refuses an edit made on a version other than the current one. */
    public void expectVersion(long edited) {
        if (edited != version) {
            throw new Problem.Conflict("This session was changed by someone else since you opened it (version "
                    + edited + ", now " + version + "). Reload it and apply your change again.");
        }
    }

    public boolean isTrainer(UUID accountId) {
        return trainers.contains(accountId);
    }

    public UUID getId() {
        return id;
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getCourseId() {
        return courseId;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getEnrolmentOpens() {
        return enrolmentOpens;
    }

    public Instant getEnrolmentCloses() {
        return enrolmentCloses;
    }

    public Instant getCancellationDeadline() {
        return cancellationDeadline;
    }

    public boolean isOpenToOtherMunicipalities() {
        return openToOtherMunicipalities;
    }

    public Approval getApproval() {
        return approval;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }

    public List<SessionDay> getDays() {
        return List.copyOf(days);
    }

    public Set<UUID> getTrainers() {
        return Set.copyOf(trainers);
    }

    public LocalDate getFirstDay() {
        return days.get(0).getDay();
    }

    public LocalDate getLastDay() {
        return days.get(days.size() - 1).getDay();
    }

    public SessionPlan plan() {
        return new SessionPlan(days.stream().map(SessionDay::plan).toList(), venue, onlineLink, capacity, trainers,
                enrolmentOpens, enrolmentCloses, cancellationDeadline, openToOtherMunicipalities, approval);
    }
}
