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
import eu.convivio.training.domain.SessionDay;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The attendance sheet of one session day: every confirmed learner with present, late, excused or
 * absent. Only the session's trainers save it; it prints as a clean sheet (print CSS).
 */
@Named
@RequestScoped
public class AttendancePage {

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
    private UUID dayId;
    private CourseSession session;
    private Course course;
    private SessionDay day;
    private List<AttendanceRegister.Line> lines;
    private Map<UUID, StaffMember> people;
    /** The marks on the form, by enrolment id (text, as the radio buttons send them). */
    private final Map<String, String> marks = new HashMap<>();

    @PostConstruct
    void readIds() {
        sessionId = TrainingFeedback.parse(TrainingFeedback.param("session"));
        dayId = TrainingFeedback.parse(TrainingFeedback.param("day"));
    }

    public void load() {
        TrainingFeedback.signedInAndRead(user.isAuthenticated(), "/training/attendance.xhtml?session=" + sessionId, this::read);
    }

    private void read() {
        if (session != null) {
            return;
        }
        session = planner.session(sessionId);
        course = catalogue.course(session.getCourseId());
        lines = register.sheet(sessionId);
        List<SessionDay> days = session.getDays();
        LocalDate today = LocalDate.now(planner.zone(session.getMunicipalityId()));
        day = days.stream().filter(d -> d.getId().equals(dayId)).findFirst()
                .or(() -> days.stream().filter(d -> !d.getDay().isBefore(today)).findFirst())
                .orElse(days.get(days.size() - 1));
        people = desk.people(lines.stream().map(l -> l.enrolment().getAccountId()).toList());
        for (AttendanceRegister.Line l : lines) {
            AttendanceStatus s = l.marks().get(day.getId());
            marks.putIfAbsent(l.enrolment().getId().toString(), s == null ? null : s.name());
        }
    }

    public String save() {
        read();
        List<AttendanceRegister.Mark> sent = new ArrayList<>();
        marks.forEach((enrolment, status) -> {
            if (status != null && !status.isBlank()) {
                sent.add(new AttendanceRegister.Mark(UUID.fromString(enrolment), day.getId(), status));
            }
        });
        try {
            if (sent.isEmpty()) {
                throw new Problem.Invalid("marks", TrainingFeedback.text("attendance.nothing"));
            }
            register.mark(sessionId, sent);
        } catch (Problem p) {
            TrainingFeedback.problem(p, Map.of());
            return null;
        }
        TrainingFeedback.success("attendance.saved", TrainingFeedback.date(day.getDay()));
        return "/training/attendance.xhtml?faces-redirect=true&session=" + sessionId + "&day=" + day.getId();
    }

    public List<AttendanceStatus> getStatuses() {
        return List.of(AttendanceStatus.values());
    }

    public CourseSession getSession() {
        read();
        return session;
    }

    public Course getCourse() {
        read();
        return course;
    }

    public SessionDay getDay() {
        read();
        return day;
    }

    public List<AttendanceRegister.Line> getLines() {
        read();
        return lines;
    }

    public Map<String, String> getMarks() {
        read();
        return marks;
    }

    public boolean isMarker() {
        return user.accountId().map(a -> getSession().isTrainer(a)).orElse(false);
    }

    public String person(UUID account) {
        StaffMember m = people.get(account);
        return m == null ? "" : m.displayName();
    }

    public UUID getSessionId() {
        return sessionId;
    }
}
