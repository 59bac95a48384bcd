package eu.convivio.needs.ui;

import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.Districts;
import eu.convivio.needs.application.NeedsRegister;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.AuditHistory;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One need: what it says, the validation workflow (an officer marks it validated; the page shows
 * who and when), moving it on (addressed, closed) and its history from the audit log.
 */
@Named
@RequestScoped
public class NeedPage {

    @Inject
    private NeedsRegister register;

    @Inject
    private Assessments assessments;

    @Inject
    private Districts districts;

    private Need need;
    private NeedsAssessment round;
    private long version;
    private String target;
    private Problem refused;
    private List<AuditHistory.Entry> history;

    @PostConstruct
    void init() {
        try {
            need = register.need(RegisterPages.id(RegisterPages.parameter("id")));
            version = need.getVersion();
            round = assessments.assessment(need.getAssessmentId());
        } catch (Problem p) {
            refused = p;
        }
    }

    public void load() {
        if (refused != null) {
            RegisterPages.refuse(refused);
        }
    }

    public String validate() {
        if (need == null) {
            RegisterPages.problem(refused, Map.of());
            return null;
        }
        try {
            register.validate(need.getId(), version);
        } catch (Problem p) {
            RegisterPages.problem(p, Map.of());
            return null;
        }
        RegisterPages.success("need.validatedMessage");
        return "/needs/need.xhtml?faces-redirect=true&id=" + need.getId();
    }

    public String move() {
        if (need == null) {
            RegisterPages.problem(refused, Map.of());
            return null;
        }
        try {
            register.moveTo(need.getId(), version, target == null ? null : NeedStatus.valueOf(target));
        } catch (Problem p) {
            RegisterPages.problem(p, Map.of("status", "status:target"));
            return null;
        } catch (IllegalArgumentException e) {
            RegisterPages.problem(new Problem.Invalid("status", "Choose a status."), Map.of("status", "status:target"));
            return null;
        }
        RegisterPages.success("need.statusChanged", RegisterPages.text("needStatus." + NeedStatus.valueOf(target).code()));
        return "/needs/need.xhtml?faces-redirect=true&id=" + need.getId();
    }

    /** The statuses the need may move to from here, validation aside (it has its own button). */
    public List<NeedStatus> getNextStatuses() {
        List<NeedStatus> next = new ArrayList<>(need.getStatus().next());
        next.remove(NeedStatus.VALIDATED);
        next.sort(null);
        return next;
    }

    public List<AuditHistory.Entry> getHistory() {
        if (history == null) {
            history = need == null ? List.of() : register.history(need.getId());
        }
        return history;
    }

    public String districtName() {
        return need.getDistrictId() == null ? RegisterPages.text("district.whole") : districts.district(need.getDistrictId()).getName();
    }

    /** A field of the history in the page's language. */
    public String fieldName(String field) {
        String key = "history.field." + field;
        String text = RegisterPages.text(key);
        return text.equals(key) ? field : text;
    }

    public String action(String action) {
        return RegisterPages.text("history.action." + action);
    }

    public String getLanguageList() {
        return need == null || need.getLanguages().isEmpty() ? "–" : String.join(", ", need.getLanguages());
    }

    public Need getNeed() {
        return need;
    }

    public NeedsAssessment getRound() {
        return round;
    }

    public boolean isEditable() {
        return need != null && register.editable(need);
    }

    public boolean isValidatable() {
        return isEditable() && need.getStatus() == NeedStatus.IDENTIFIED;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public UUID getId() {
        return need == null ? null : need.getId();
    }
}
