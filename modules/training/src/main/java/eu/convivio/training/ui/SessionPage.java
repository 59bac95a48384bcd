package eu.convivio.training.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.application.CourseCatalogue;
import eu.convivio.training.application.EnrolmentDesk;
import eu.convivio.training.application.SessionForm;
import eu.convivio.training.application.SessionPlanner;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.DayPlan;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.EnrolmentStatus;
import eu.convivio.training.domain.SessionStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The session planner: plan a new session of a course, change it, open it, close it or cancel it;
 * see seats and the waitlist and decide on requests. Learners see the session and enrol here too.
 * Days are one per line, {@code 2026-12-10 09:00-16:00}; moments are in the host's local time.
 */
@Named
@RequestScoped
public class SessionPage {

    private static final String FORM = "plan:";
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("days", FORM + "days"), Map.entry("venue", FORM + "venue"), Map.entry("onlineLink", FORM + "link"),
            Map.entry("capacity", FORM + "capacity"), Map.entry("enrolmentOpens", FORM + "opens"),
            Map.entry("enrolmentCloses", FORM + "closes"), Map.entry("cancellationDeadline", FORM + "deadline"),
            Map.entry("approval", FORM + "approval"), Map.entry("trainers", FORM + "trainers"),
            Map.entry("reason", "actions:reason"));
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    private CurrentUser user;

    @Inject
    private SessionPlanner planner;

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private EnrolmentDesk desk;

    private UUID id;
    private UUID courseId;
    private CourseSession session;
    private Course course;
    private List<Enrolment> enrolments;
    private Map<UUID, StaffMember> people;
    private long version;
    private String days;
    private String venue;
    private String link;
    private Integer capacity;
    private String opens;
    private String closes;
    private String deadline;
    private boolean exchange;
    private String approval;
    private List<String> trainers = new ArrayList<>();
    private String reason;

    @PostConstruct
    void readIds() {
        id = TrainingFeedback.parse(TrainingFeedback.param("id"));
        courseId = TrainingFeedback.parse(TrainingFeedback.param("course"));
    }

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        String path = "/training/session.xhtml" + (id != null ? "?id=" + id : courseId != null ? "?course=" + courseId : "");
        if (TrainingFeedback.signInFirst(user.isAuthenticated(), path)) {
            return;
        }
        try {
            read();
        } catch (Problem.NotFound e) {
            TrainingFeedback.sendError(404);
            return;
        }
        if (id == null && course == null) {
            TrainingFeedback.sendError(404);
            return;
        }
        if (id == null && !catalogue.editable(course) && !isTrainer()) {
            TrainingFeedback.sendError(403);
            return;
        }
        if (context.isPostback()) {
            return;
        }
        if (session != null) {
            fill(session);
        } else {
            capacity = 20;
            approval = course.getApproval().name();
            trainers = new ArrayList<>(course.getTrainers().stream().map(UUID::toString).toList());
            ZoneId zone = zone();
            LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS);
            opens = now.format(LOCAL);
            closes = now.plusDays(14).format(LOCAL);
            deadline = now.plusDays(14).format(LOCAL);
            days = now.toLocalDate().plusDays(21) + " 09:00-16:00";
        }
    }

    private void read() {
        if (course != null || session != null) {
            return;
        }
        if (id != null) {
            session = planner.session(id);
            course = catalogue.course(session.getCourseId());
            enrolments = desk.enrolments(id);
            people = desk.people(enrolments.stream().map(Enrolment::getAccountId).toList());
        } else if (courseId != null) {
            course = catalogue.course(courseId);
            enrolments = List.of();
            people = Map.of();
        }
    }

    private ZoneId zone() {
        UUID host = session != null ? session.getMunicipalityId()
                : user.selectedMunicipality().filter(user.municipalities(eu.convivio.platform.api.Role.TRAINER)::contains)
                .or(() -> user.municipalities(eu.convivio.platform.api.Role.TRAINER).stream().findFirst())
                .orElse(course.getMunicipalityId());
        return planner.zone(host);
    }

    private void fill(CourseSession s) {
        ZoneId zone = zone();
        version = s.getVersion();
        days = String.join("\n", s.plan().days().stream().map(SessionPage::line).toList());
        venue = s.getVenue();
        link = s.getOnlineLink();
        capacity = s.getCapacity();
        opens = local(s.getEnrolmentOpens(), zone);
        closes = local(s.getEnrolmentCloses(), zone);
        deadline = local(s.getCancellationDeadline(), zone);
        exchange = s.isOpenToOtherMunicipalities();
        approval = s.getApproval().name();
        trainers = new ArrayList<>(s.getTrainers().stream().map(UUID::toString).toList());
    }

    private static String line(DayPlan d) {
        return d.day() + " " + d.startsAt() + "-" + d.endsAt();
    }

    private static String local(Instant i, ZoneId zone) {
        return LocalDateTime.ofInstant(i, zone).format(LOCAL);
    }

    /** The days textarea as the form's days: a line that does not parse is sent on as it is, to be named. */
    private List<SessionForm.DayForm> dayForms() {
        List<SessionForm.DayForm> forms = new ArrayList<>();
        for (String line : days == null ? new String[0] : days.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s+", 2);
            String[] times = parts.length > 1 ? parts[1].split("\\s*[-–]\\s*", 2) : new String[0];
            forms.add(new SessionForm.DayForm(parts[0], times.length > 0 ? times[0] : null, times.length > 1 ? times[1] : null));
        }
        return forms;
    }

    public String save() {
        read();
        // a value that is not an id is sent on as one that names nobody, to be refused beside the field
        List<UUID> chosen = trainers.stream().map(t -> {
            UUID parsed = TrainingFeedback.parse(t);
            return parsed != null ? parsed : new UUID(0, 0);
        }).distinct().toList();
        if (chosen.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage(FORM + "trainers", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, TrainingFeedback.text("invalid.trainers.none"), null));
            eu.convivio.platform.api.Pages.markInvalid(FORM + "trainers");
            return null;
        }
        SessionForm form = new SessionForm(course.getId(), null, dayForms(), venue, link, capacity, chosen,
                opens, closes, deadline, exchange, approval);
        CourseSession saved;
        try {
            saved = session == null ? planner.plan(form) : planner.replan(id, version, form);
        } catch (Problem p) {
            TrainingFeedback.problem(p, INPUTS);
            return null;
        }
        TrainingFeedback.success("session.saved");
        return "/training/session.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public String open() {
        return act(() -> planner.open(id, null), "session.opened");
    }

    public String complete() {
        return act(() -> planner.complete(id, null), "session.completed");
    }

    public String cancelSession() {
        return act(() -> planner.cancel(id, null, reason), "session.cancelled");
    }

    public String enrol() {
        return act(() -> desk.request(id), "enrolment.requested");
    }

    public String approve(String enrolment) {
        return act(() -> desk.approve(UUID.fromString(enrolment), null), "enrolment.approved");
    }

    public String decline(String enrolment) {
        return act(() -> desk.decline(UUID.fromString(enrolment), null, null), "enrolment.declined");
    }

    public String cancel(String enrolment) {
        return act(() -> desk.cancel(UUID.fromString(enrolment), null), "enrolment.cancelled");
    }

    private String act(Runnable action, String successKey) {
        try {
            action.run();
        } catch (Problem p) {
            TrainingFeedback.problem(p, INPUTS);
            return null;
        }
        TrainingFeedback.success(successKey);
        return "/training/session.xhtml?faces-redirect=true&id=" + id;
    }

    private boolean isTrainer() {
        return user.isPlatformAdmin() || !user.municipalities(eu.convivio.platform.api.Role.TRAINER).isEmpty();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isRunnable() {
        read();
        return session == null ? isTrainer() : planner.runnable(session);
    }

    public boolean isEditable() {
        return isRunnable() && (session == null || !session.getStatus().isOver());
    }

    public CourseSession getSession() {
        read();
        return session;
    }

    public Course getCourse() {
        read();
        return course;
    }

    /** Seat holders and other decided enrolments, in request order. */
    public List<Enrolment> getEnrolments() {
        read();
        return enrolments.stream().filter(e -> e.getStatus() != EnrolmentStatus.WAITLISTED).toList();
    }

    /** The waitlist, first in line first. */
    public List<Enrolment> getWaitlist() {
        read();
        return enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::getWaitlistPosition)).toList();
    }

    public long getSeatsTaken() {
        read();
        return CourseSession.seatsHeld(enrolments);
    }

    public Enrolment getMine() {
        read();
        return user.accountId().flatMap(a -> enrolments.stream().filter(e -> e.getAccountId().equals(a) && e.getStatus().isLive()).findFirst())
                .orElse(null);
    }

    public boolean decidable(Enrolment e) {
        return e.getStatus() == EnrolmentStatus.REQUESTED && desk.decidable(session, e);
    }

    public boolean cancellable(Enrolment e) {
        return !session.getStatus().isOver() && e.getStatus().isLive() && e.getStatus() != EnrolmentStatus.COMPLETED;
    }

    public String person(UUID account) {
        StaffMember m = people.get(account);
        return m == null ? "" : m.displayName();
    }

    public String requestedAt(Enrolment e) {
        return LocalDateTime.ofInstant(e.getRequestedAt(), zone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public int rank(Enrolment e) {
        return desk.waitlistRank(e);
    }

    public boolean isScheduled() {
        return session != null && session.getStatus() == SessionStatus.SCHEDULED;
    }

    /** Who may teach the session: the course's trainers and the host's, and those named now. */
    public List<StaffMember> getTrainerChoices() {
        read();
        UUID host = session != null ? session.getMunicipalityId() : planner.defaultHost().orElse(course.getMunicipalityId());
        Map<UUID, StaffMember> choices = new java.util.LinkedHashMap<>();
        planner.trainerChoices(host, course).forEach(m -> choices.put(m.accountId(), m));
        if (session != null) {
            desk.people(session.getTrainers().stream().filter(t -> !choices.containsKey(t)).toList()).forEach(choices::put);
        }
        return List.copyOf(choices.values());
    }

    /** The session's trainers by name, as the summary shows them. */
    public String getTrainerNames() {
        read();
        return String.join(", ", desk.people(List.copyOf(session.getTrainers())).values().stream()
                .map(StaffMember::displayName).sorted().toList());
    }

    public List<String> getTrainers() {
        return trainers;
    }

    public void setTrainers(List<String> trainers) {
        this.trainers = trainers;
    }

    public List<Approval> getApprovals() {
        return Arrays.asList(Approval.values());
    }

    public UUID getId() {
        return id;
    }

    public UUID getCourseId() {
        return courseId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public boolean isExchange() {
        return exchange;
    }

    public void setExchange(boolean exchange) {
        this.exchange = exchange;
    }

    public String getApproval() {
        return approval;
    }

    public void setApproval(String approval) {
        this.approval = approval;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
