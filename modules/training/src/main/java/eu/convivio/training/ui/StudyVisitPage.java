package eu.convivio.training.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.training.application.StudyVisits;
import eu.convivio.training.domain.StudyVisitReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A study visit's report: written by its trainers, published by the host to the good-practice library. */
@Named
@RequestScoped
public class StudyVisitPage {

    private static final Map<String, String> INPUTS = Map.of("title", "report:title", "summary", "report:summary",
            "practices", "report:practices", "lessons", "report:lessons");

    @Inject
    private CurrentUser user;

    @Inject
    private StudyVisits visits;

    private String session;
    private StudyVisitReport report;
    private boolean reportRead;
    private boolean allowed;
    private String title;
    private String summary;
    private String practices;
    private String lessons;
    private Long version;

    @PostConstruct
    void readId() {
        session = RecordsFeedback.parameter("session");
    }

    public void load() {
        if (RecordsFeedback.signInFirst(user.isAuthenticated())) {
            return;
        }
        UUID id = RecordsFeedback.parse(session);
        try {
            Optional<StudyVisitReport> found = id == null ? Optional.empty() : visits.report(id);
            allowed = id != null;
            found.ifPresent(r -> {
                report = r;
                title = r.getTitle();
                summary = r.getSummary();
                practices = r.getPractices();
                lessons = r.getLessons();
                version = r.getVersion();
            });
        } catch (Problem.NotFound e) {
            RecordsFeedback.sendError(404);
        } catch (Problem.Forbidden e) {
            RecordsFeedback.sendError(403);
        } catch (Problem.Conflict e) {
            RecordsFeedback.problem(e, Map.of());
        }
        if (!allowed && !jakarta.faces.context.FacesContext.getCurrentInstance().getResponseComplete()) {
            RecordsFeedback.sendError(404);
        }
    }

    public String save() {
        try {
            visits.write(RecordsFeedback.parse(session), version, new StudyVisitReport.Text(title, summary, practices, lessons));
            RecordsFeedback.success("visit.saved");
            return redirect();
        } catch (Problem p) {
            RecordsFeedback.problem(p, INPUTS);
            return null;
        }
    }

    public String publish() {
        try {
            StudyVisitReport published = visits.publish(RecordsFeedback.parse(session), version);
            RecordsFeedback.success("visit.published");
            return "/catalogue/practice.xhtml?faces-redirect=true&id=" + published.getPracticeId();
        } catch (Problem p) {
            RecordsFeedback.problem(p, Map.of());
            return null;
        }
    }

    private String redirect() {
        return "/training/study-visit.xhtml?faces-redirect=true&session=" + session;
    }

    /**
     * The report as stored. Read here too, not only when the page is opened: on a post-back the
     * view action does not run, and the publish button (rendered only for a stored report) must
     * exist for its click to be taken.
     */
    public StudyVisitReport getReport() {
        if (report == null && !reportRead) {
            reportRead = true;
            UUID id = RecordsFeedback.parse(session);
            try {
                report = id == null ? null : visits.report(id).orElse(null);
            } catch (Problem p) {
                report = null;
            }
        }
        return report;
    }

    public String getSession() {
        return session;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPractices() {
        return practices;
    }

    public void setPractices(String practices) {
        this.practices = practices;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }
}
