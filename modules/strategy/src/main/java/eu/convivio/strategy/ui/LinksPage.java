package eu.convivio.strategy.ui;

import eu.convivio.catalogue.api.ServiceSummary;
import eu.convivio.needs.api.NeedSummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.MeasureLinking;
import eu.convivio.strategy.application.ReviewFlags;
import eu.convivio.strategy.domain.LinkKind;
import eu.convivio.training.api.CourseSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A measure's links to needs, services and courses, and its review flags. Everyone who may read
 * the strategy sees them; the council links (picking a need of the municipality, a service found
 * by name, a course), unlinks and clears flags.
 */
@Named
@RequestScoped
public class LinksPage {

    private static final Map<String, String> INPUTS = Map.of("targetId", "need-form:need");

    @Inject
    private MeasureLinking linking;

    @Inject
    private ReviewFlags flags;

    private UUID id;
    private UUID measure;
    private String q;
    private MeasureLinking.LinkSet links;
    private boolean editable;
    private String strategyTitle;

    @PostConstruct
    void readIds() {
        id = ConsultationFeedback.parameter("id");
        measure = ConsultationFeedback.parameter("measure");
        q = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
    }

    private boolean fetched;
    private Problem refused;

    /** Reads the links once per request, when first needed (on a postback, before the forms are decoded). */
    private void fetch() {
        if (fetched) {
            return;
        }
        fetched = true;
        try {
            links = linking.links(id, measure, ConsultationFeedback.language());
            editable = linking.mayLink(id);
            strategyTitle = linking.strategyTitle(id);
        } catch (Problem p) {
            refused = p;
        }
    }

    public void load() {
        fetch();
        if (refused != null) {
            ConsultationFeedback.refuse(refused, "/strategy/measure-links.xhtml?id=" + id + "&measure=" + measure);
        }
    }

    public String link() {
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LinkKind kind;
        try {
            kind = LinkKind.of(sent.getOrDefault("kind", ""));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        try {
            MeasureLinking.LinkView saved = linking.link(id, measure, kind, ConsultationFeedback.parameter("target"),
                    ConsultationFeedback.language());
            ConsultationFeedback.success("links.added", saved.name());
        } catch (Problem p) {
            ConsultationFeedback.problem(p, INPUTS);
            fetched = false;
            fetch();
            return null;
        }
        return here();
    }

    public String unlink() {
        try {
            linking.unlink(id, measure, ConsultationFeedback.parameter("link"));
        } catch (Problem p) {
            ConsultationFeedback.problem(p, Map.of());
            fetched = false;
            fetch();
            return null;
        }
        ConsultationFeedback.success("links.removed");
        return here();
    }

    public String clearFlag() {
        try {
            flags.clear(id, ConsultationFeedback.parameter("flag"),
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("note"));
        } catch (Problem p) {
            ConsultationFeedback.problem(p, Map.of());
            fetched = false;
            fetch();
            return null;
        }
        ConsultationFeedback.success("flags.cleared");
        return here();
    }

    private String here() {
        return "/strategy/measure-links.xhtml?faces-redirect=true&id=" + id + "&measure=" + measure;
    }

    /** The links of one kind (NEED, SERVICE, COURSE). */
    public List<MeasureLinking.LinkView> shown(String kind) {
        fetch();
        return switch (kind) {
            case "NEED" -> links.needs();
            case "SERVICE" -> links.services();
            default -> links.courses();
        };
    }

    public List<NeedSummary> getNeeds() {
        return editable ? linking.needsToLink(id) : List.of();
    }

    public List<CourseSummary> getCourses() {
        return editable ? linking.coursesToLink(id) : List.of();
    }

    public List<ServiceSummary> getServices() {
        return editable && q != null && !q.isBlank() ? linking.servicesToLink(id, q, ConsultationFeedback.language()) : List.of();
    }

    public String needLabel(NeedSummary n) {
        return n.description() + " (" + ConsultationFeedback.text("links.severity", n.severity()) + ", " + n.themeCode()
                + (n.district() == null ? "" : ", " + n.district()) + ")";
    }

    public String flagLabel(ReviewFlags.FlagView f) {
        return ConsultationFeedback.text("flag." + f.reason().name());
    }

    public String statusLabel(MeasureLinking.LinkView l) {
        String key = "linkStatus." + (l.status() == null ? "" : l.status().replace(' ', '_'));
        String text = ConsultationFeedback.text(key);
        return text.equals(key) ? l.status() : text;
    }

    public UUID getId() {
        return id;
    }

    public UUID getMeasure() {
        return measure;
    }

    public String getQ() {
        return q;
    }

    public boolean isEditable() {
        fetch();
        return editable;
    }

    public MeasureLinking.LinkSet getLinks() {
        fetch();
        return links;
    }

    public String getStrategyTitle() {
        fetch();
        return strategyTitle;
    }
}
