package eu.convivio.training.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.application.CourseCatalogue;
import eu.convivio.training.application.EnrolmentDesk;
import eu.convivio.training.application.Page;
import eu.convivio.training.application.SessionPlanner;
import eu.convivio.training.application.TrainingRoles;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.EnrolmentStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The training landing page. Learners see their enrolments (with cancel), the sessions they can
 * join (with enrol); approvers the requests waiting for them; trainers their sessions and the
 * course catalogue.
 */
@Named
@RequestScoped
public class TrainingHome {

    static final int PAGE_SIZE = 20;

    @Inject
    private CurrentUser user;

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private SessionPlanner planner;

    @Inject
    private EnrolmentDesk desk;

    @Inject
    private TrainingRoles roles;

    private List<Enrolment> mine;
    private Page<CourseSession> upcoming;
    private List<Enrolment> awaiting;
    private List<CourseSession> trainerSessions;
    private Page<Course> courses;
    private final Map<UUID, CourseSession> sessions = new HashMap<>();
    private Map<UUID, Course> courseById;
    private Map<UUID, StaffMember> people;
    private int sessionPage = 1;
    private int coursePage = 1;

    /** Sends signed-out visitors to sign in. */
    public void load() {
        TrainingFeedback.signInFirst(user.isAuthenticated(), "/training/index.xhtml");
    }

    /**
     * Reads everything the page shows once per request, on first use: also on a postback, where
     * the tables must be there again before their buttons can be decoded.
     */
    private void read() {
        if (mine != null) {
            return;
        }
        sessionPage = Math.max(1, number(TrainingFeedback.param("sessions"), 1));
        coursePage = Math.max(1, number(TrainingFeedback.param("courses"), 1));
        mine = desk.mine();
        upcoming = planner.sessions(null, true, sessionPage, PAGE_SIZE);
        awaiting = desk.awaitingMyDecision();
        trainerSessions = isTrainer() ? planner.mySessions() : List.of();
        courses = catalogue.courses(null, coursePage, PAGE_SIZE);
        Set<UUID> sessionIds = new HashSet<>();
        mine.forEach(e -> sessionIds.add(e.getSessionId()));
        awaiting.forEach(e -> sessionIds.add(e.getSessionId()));
        upcoming.items().forEach(s -> sessions.put(s.getId(), s));
        trainerSessions.forEach(s -> sessions.put(s.getId(), s));
        sessionIds.removeAll(sessions.keySet());
        for (UUID id : sessionIds) {
            sessions.put(id, planner.session(id));
        }
        Set<UUID> courseIds = new HashSet<>();
        sessions.values().forEach(s -> courseIds.add(s.getCourseId()));
        courseById = catalogue.byId(courseIds);
        people = desk.people(awaiting.stream().map(Enrolment::getAccountId).toList());
    }

    private static int number(String s, int absent) {
        try {
            return s == null ? absent : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    public boolean isTrainer() {
        return user.isPlatformAdmin() || !user.municipalities(Role.TRAINER).isEmpty();
    }

    public List<Enrolment> getMine() {
        read();
        return mine;
    }

    public Page<CourseSession> getUpcoming() {
        read();
        return upcoming;
    }

    public List<Enrolment> getAwaiting() {
        read();
        return awaiting;
    }

    public List<CourseSession> getTrainerSessions() {
        read();
        return trainerSessions;
    }

    public Page<Course> getCourses() {
        read();
        return courses;
    }

    /** Whether the user may edit the course (the catalogue also lists other cities' published courses). */
    public boolean editable(Course course) {
        return roles.canEdit(course);
    }

    public CourseSession session(UUID id) {
        read();
        return sessions.get(id);
    }

    public Course course(UUID sessionId) {
        CourseSession s = sessions.get(sessionId);
        return s == null ? null : courseById.get(s.getCourseId());
    }

    public String person(UUID accountId) {
        StaffMember m = people.get(accountId);
        return m == null ? "" : m.displayName();
    }

    public int rank(Enrolment e) {
        return desk.waitlistRank(e);
    }

    /** Whether the user has a live enrolment in the session already. */
    public boolean enrolled(CourseSession s) {
        return mine.stream().anyMatch(e -> e.getSessionId().equals(s.getId()) && e.getStatus().isLive());
    }

    public boolean cancellable(Enrolment e) {
        CourseSession s = sessions.get(e.getSessionId());
        return s != null && !s.getStatus().isOver() && e.getStatus().isLive() && e.getStatus() != EnrolmentStatus.COMPLETED;
    }

    public int getSessionPage() {
        return sessionPage;
    }

    public int getCoursePage() {
        return coursePage;
    }

    public String enrol(String sessionId) {
        try {
            Enrolment e = desk.request(UUID.fromString(sessionId));
            TrainingFeedback.success("enrolment.done." + e.getStatus().name().toLowerCase(java.util.Locale.ROOT));
        } catch (Problem p) {
            TrainingFeedback.problem(p, Map.of());
            return null;
        }
        return "/training/index.xhtml?faces-redirect=true";
    }

    public String cancel(String enrolmentId) {
        try {
            desk.cancel(UUID.fromString(enrolmentId), null);
            TrainingFeedback.success("enrolment.cancelled");
        } catch (Problem p) {
            TrainingFeedback.problem(p, Map.of());
            return null;
        }
        return "/training/index.xhtml?faces-redirect=true";
    }

    public String approve(String enrolmentId) {
        try {
            desk.approve(UUID.fromString(enrolmentId), null);
            TrainingFeedback.success("enrolment.approved");
        } catch (Problem p) {
            TrainingFeedback.problem(p, Map.of());
            return null;
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    public String decline(String enrolmentId) {
        try {
            desk.decline(UUID.fromString(enrolmentId), null, null);
            TrainingFeedback.success("enrolment.declined");
        } catch (Problem p) {
            TrainingFeedback.problem(p, Map.of());
            return null;
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
