package eu.convivio.training.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.training.application.Certificates;
import eu.convivio.training.application.CourseFeedback;
import eu.convivio.training.domain.FeedbackResponse;
import eu.convivio.training.domain.FeedbackSummary;
import eu.convivio.training.domain.SelfAssessmentChange;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session's records for its trainers and the host's administrators: certificates (issue for a
 * completed learner who has none, revoke with a reason), feedback in aggregate and the
 * self-assessed change per learning objective.
 */
@Named
@RequestScoped
public class SessionRecordsPage {

    @Inject
    private CurrentUser user;

    @Inject
    private Certificates certificates;

    @Inject
    private CourseFeedback feedback;

    private String session;
    private Certificates.Overview overview;
    private boolean looked;
    private String reason;
    private String certificate;
    private String enrolment;
    private FeedbackSummary summary;
    private List<SelfAssessmentChange> changes;

    @PostConstruct
    void readId() {
        session = RecordsFeedback.parameter("session");
    }

    public void load() {
        if (RecordsFeedback.signInFirst(user.isAuthenticated())) {
            return;
        }
        if (getOverview() == null) {
            RecordsFeedback.sendError(404);
        }
    }

    public Certificates.Overview getOverview() {
        if (!looked) {
            looked = true;
            UUID id = RecordsFeedback.parse(session);
            try {
                overview = id == null ? null : certificates.overview(id);
            } catch (Problem.NotFound | Problem.Forbidden e) {
                overview = null;
            }
        }
        return overview;
    }

    public FeedbackSummary getFeedback() {
        if (summary == null) {
            summary = feedback.ofSession(getOverview().session().id());
        }
        return summary;
    }

    public List<Double> getAverages() {
        return getFeedback().averages().map(a -> java.util.Arrays.stream(a).boxed().toList()).orElse(List.of());
    }

    public List<String> getQuestions() {
        return FeedbackResponse.Ratings.QUESTIONS;
    }

    public List<SelfAssessmentChange> getChanges() {
        if (changes == null) {
            changes = feedback.changeOfCourse(getOverview().session().id());
        }
        return changes;
    }

    /** Certificates that may still be revoked. */
    public List<eu.convivio.training.domain.Certificate> getValid() {
        return getOverview().certificates().stream().filter(c -> !c.isRevoked()).toList();
    }

    public int getMinimum() {
        return FeedbackSummary.MINIMUM;
    }

    public String revoke() {
        try {
            certificates.revoke(RecordsFeedback.parse(certificate), reason);
            RecordsFeedback.success("session.revoked");
            return redirect();
        } catch (Problem p) {
            RecordsFeedback.problem(p, Map.of("reason", "revoke:reason"));
            return null;
        }
    }

    public String issue() {
        try {
            certificates.issueFor(RecordsFeedback.parse(enrolment));
            RecordsFeedback.success("session.issued");
            return redirect();
        } catch (Problem p) {
            RecordsFeedback.problem(p, Map.of());
            return null;
        }
    }

    private String redirect() {
        return "/training/session-records.xhtml?faces-redirect=true&session=" + session;
    }

    public String getSession() {
        return session;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public String getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(String enrolment) {
        this.enrolment = enrolment;
    }
}
