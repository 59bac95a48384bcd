package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.Consultation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;

/** The public consultation report, once the window is over (the secretariat sees it before, marked as not yet public). */
@Named
@RequestScoped
public class ReportPage {

    @Inject
    private Consultation consultation;

    private UUID id;
    private Integer version;
    private Consultation.Report report;
    private String notYet;
    private String title;

    @PostConstruct
    void readId() {
        id = ConsultationFeedback.parameter("id");
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version");
        try {
            version = v == null || v.isBlank() ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            version = -1;
        }
    }

    public void load() {
        try {
            title = consultation.status(id).title();
            report = consultation.report(id, version);
        } catch (Problem.Conflict c) {
            // before the window closes: the page says when the report comes
            notYet = c.detail();
        } catch (Problem p) {
            ConsultationFeedback.refuse(p, "/strategy/consultation-report.xhtml?id=" + id);
        }
    }

    public String answerLabel(Consultation.CommentView c) {
        return ConsultationFeedback.text(c.answer() == null ? "answer.NONE" : "answer." + c.answer().name());
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Consultation.Report getReport() {
        return report;
    }

    public boolean isNotYet() {
        return notYet != null;
    }
}
