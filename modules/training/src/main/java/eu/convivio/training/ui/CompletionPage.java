package eu.convivio.training.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.application.AttendanceRegister;
import eu.convivio.training.application.CourseCatalogue;
import eu.convivio.training.application.EnrolmentDesk;
import eu.convivio.training.application.SessionPlanner;
import eu.convivio.training.domain.AttendanceStatus;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The completion overview of a session: per learner the marks of every day, the share attended,
 * no-shows, the final assessment and whether they completed. Trainers record assessments here.
 */
@Named
@RequestScoped
public class CompletionPage {

    @Inject
    private CurrentUser user;

    @Inject
    private SessionPlanner planner;

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private AttendanceRegister register;

    @Inject
    private EnrolmentDesk desk;

    private UUID sessionId;
    private CourseSession session;
    private Course course;
    private List<AttendanceRegister.Line> lines;
    private Map<UUID, StaffMember> people;

    @PostConstruct
    void readId() {
        sessionId = TrainingFeedback.parse(TrainingFeedback.param("session"));
    }

    public void load() {
        TrainingFeedback.signedInAndRead(user.isAuthenticated(), "/training/completion.xhtml?session=" + sessionId, this::read);
    }

    private void read() {
        if (session != null) {
            return;
        }
        session = planner.session(sessionId);
        course = catalogue.course(session.getCourseId());
        lines = register.sheet(sessionId);
        people = desk.people(lines.stream().map(l -> l.enrolment().getAccountId()).toList());
    }

    public String passed(String enrolment, boolean passed) {
        try {
            register.recordAssessment(UUID.fromString(enrolment), passed);
        } catch (Problem p) {
            TrainingFeedback.problem(p, Map.of());
            return null;
        }
        TrainingFeedback.success("completion.assessmentSaved");
        return "/training/completion.xhtml?faces-redirect=true&session=" + sessionId;
    }

    public String mark(AttendanceRegister.Line line, UUID day) {
        AttendanceStatus s = line.marks().get(day);
        return s == null ? "–" : TrainingFeedback.text("attendance.value." + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    public CourseSession getSession() {
        read();
        return session;
    }

    public Course getCourse() {
        read();
        return course;
    }

    public List<AttendanceRegister.Line> getLines() {
        read();
        return lines;
    }

    public long getCompleted() {
        return getLines().stream().filter(l -> l.enrolment().getStatus() == eu.convivio.training.domain.EnrolmentStatus.COMPLETED).count();
    }

    public long getNoShows() {
        return getLines().stream().filter(AttendanceRegister.Line::noShow).count();
    }

    public String person(UUID account) {
        StaffMember m = people.get(account);
        return m == null ? "" : m.displayName();
    }

    public UUID getSessionId() {
        return sessionId;
    }
}
