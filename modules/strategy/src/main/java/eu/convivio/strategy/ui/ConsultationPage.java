package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.application.Consultation;
import eu.convivio.strategy.domain.CommentTarget;
import eu.convivio.strategy.domain.ConsultationComment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import eu.convivio.platform.api.ClientAddress;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.UUID;

/** The consultation of a strategy's draft: its window and, while it is open, the comment form. */
@Named
@RequestScoped
public class ConsultationPage {

    private static final Map<String, String> INPUTS = Map.of("targetKind", "comment:target", "targetId", "comment:target",
            "text", "comment:text", "authorName", "comment:authorName", "authorOrganisation", "comment:authorOrganisation");

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Consultation consultation;

    @Inject
    private CurrentUser user;

    @Inject
    private Access access;

    private UUID id;
    private Consultation.Status status;
    private String target;
    private String text;
    private String authorName;
    private String authorOrganisation;

    @PostConstruct
    void readId() {
        id = ConsultationFeedback.parameter("id");
    }

    private boolean fetched;
    private Problem refused;

    /**
     * Reads the consultation once per request, when first needed: on a postback the form's
     * rendered conditions ask before the view action would run, and a form not rendered then is
     * not processed at all.
     */
    private void fetch() {
        if (fetched) {
            return;
        }
        fetched = true;
        try {
            status = consultation.status(id);
        } catch (Problem p) {
            refused = p;
        }
    }

    public void load() {
        fetch();
        if (refused != null) {
            ConsultationFeedback.refuse(refused, "/strategy/consultation.xhtml?id=" + id);
            return;
        }
        if (target == null) {
            target = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("target");
        }
    }

    public String send() {
        CommentTarget kind = null;
        UUID lineage = null;
        if (target != null && target.contains(":")) {
            try {
                kind = CommentTarget.of(target.substring(0, target.indexOf(':')));
                lineage = UUID.fromString(target.substring(target.indexOf(':') + 1));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
        }
        try {
            consultation.comment(id, new ConsultationComment.Draft(kind, lineage, text, authorName, authorOrganisation),
                    clientAddress.of((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
        } catch (Problem p) {
            ConsultationFeedback.problem(p, INPUTS);
            return null;
        }
        ConsultationFeedback.success("comment.sent");
        return "/strategy/consultation.xhtml?faces-redirect=true&id=" + id;
    }

    /** Whether this visitor may use the form now. */
    public boolean isMayComment() {
        fetch();
        return status != null && status.open() && (user.isAuthenticated() || status.publicComments());
    }

    public boolean isSignInToComment() {
        fetch();
        return status != null && status.open() && !user.isAuthenticated() && !status.publicComments();
    }

    public boolean isSecretariat() {
        fetch();
        return status != null && user.isAuthenticated() && access.has(municipality(), Role.COUNCIL);
    }

    private UUID municipality() {
        return consultation.municipalityOf(id);
    }

    public String targetValue(Consultation.Target t) {
        return t.kind().name() + ":" + t.id();
    }

    public String targetLabel(Consultation.Target t) {
        String indent = "\u2003".repeat(t.depth());
        return t.kind() == CommentTarget.MEASURE ? ConsultationFeedback.text("comment.target.measure", t.title()) : indent + t.title();
    }

    public boolean isSignedIn() {
        return user.isAuthenticated();
    }

    public UUID getId() {
        return id;
    }

    public Consultation.Status getStatus() {
        fetch();
        return status;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getAuthorOrganisation() {
        return authorOrganisation;
    }

    public void setAuthorOrganisation(String authorOrganisation) {
        this.authorOrganisation = authorOrganisation;
    }
}
