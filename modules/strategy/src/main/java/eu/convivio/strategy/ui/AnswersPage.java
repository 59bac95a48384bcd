package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.Consultation;
import eu.convivio.strategy.domain.CommentAnswer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The secretariat's page: every comment on the strategy with a form to answer it (or change the
 * answer). Each form carries the comment's version, so that an answer written while a colleague
 * answered the same comment is refused with theirs shown, not silently overwritten.
 */
@Named
@RequestScoped
public class AnswersPage {

    @Inject
    private Consultation consultation;

    private UUID id;
    private String title;
    private boolean unansweredOnly;
    private List<Consultation.CommentView> comments = List.of();

    @PostConstruct
    void readId() {
        id = ConsultationFeedback.parameter("id");
        unansweredOnly = "true".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("unanswered"));
    }

    private boolean fetched;
    private boolean reportAvailable;
    private Problem refused;

    /** Reads the comments once per request, when first needed (on a postback, before the forms in the list are decoded). */
    private void fetch() {
        if (fetched) {
            return;
        }
        fetched = true;
        try {
            Consultation.Status status = consultation.status(id);
            title = status.title();
            reportAvailable = status.reportAvailable();
            comments = consultation.forSecretariat(id, unansweredOnly);
        } catch (Problem p) {
            refused = p;
        }
    }

    /** Whether there is a consultation report to link to. */
    public boolean isReportAvailable() {
        fetch();
        return reportAvailable;
    }

    public void load() {
        fetch();
        if (refused != null) {
            ConsultationFeedback.refuse(refused, "/strategy/consultation-answers.xhtml?id=" + id);
        }
    }

    /** Answers one comment; its fields are named after the comment, so that every row has its own form. */
    public String answer() {
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        UUID comment = ConsultationFeedback.parameter("comment");
        String answer = sent.get("answer");
        CommentAnswer decision = null;
        if (answer != null && !answer.isBlank()) {
            try {
                decision = CommentAnswer.of(answer);
            } catch (IllegalArgumentException e) {
                decision = null;
            }
        }
        Long version = null;
        try {
            version = sent.get("version") == null ? null : Long.valueOf(sent.get("version"));
        } catch (NumberFormatException e) {
            version = null;
        }
        try {
            consultation.answer(id, comment, version, decision, sent.get("reason"));
        } catch (Problem p) {
            ConsultationFeedback.problem(p, Map.of());
            fetched = false;
            fetch();
            return null;
        }
        ConsultationFeedback.success("answers.saved");
        return "/strategy/consultation-answers.xhtml?faces-redirect=true&id=" + id + (unansweredOnly ? "&unanswered=true" : "");
    }

    public List<CommentAnswer> getAnswers() {
        return List.of(CommentAnswer.values());
    }

    public String answerLabel(CommentAnswer answer) {
        return answer == null ? ConsultationFeedback.text("answer.NONE") : ConsultationFeedback.text("answer." + answer.name());
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        fetch();
        return title;
    }

    public boolean isUnansweredOnly() {
        return unansweredOnly;
    }

    public List<Consultation.CommentView> getComments() {
        fetch();
        return comments;
    }
}
