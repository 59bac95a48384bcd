package eu.convivio.needs.ui;

import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.NeedsRegister;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.infrastructure.NeedQueries;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One assessment of the user's municipality: what it covered, its needs by status, publication. */
@Named
@RequestScoped
public class AssessmentPage {

    @Inject
    private Assessments assessments;

    @Inject
    private NeedsRegister register;

    private NeedsAssessment assessment;
    private long version;
    private Map<NeedStatus, Long> byStatus = new LinkedHashMap<>();
    private List<District> districts = List.of();

    private Problem refused;

    /** Reads the assessment on every request (the forms post its id), so that actions find it. */
    @PostConstruct
    void init() {
        UUID id = RegisterPages.id(RegisterPages.parameter("id"));
        try {
            assessment = assessments.assessment(id);
            version = assessment.getVersion();
        } catch (Problem p) {
            refused = p;
        }
    }

    /** Pages of another municipality's assessment do not exist for the user (404); a wrong role gets 403. */
    public void load() {
        if (refused != null) {
            RegisterPages.refuse(refused);
            return;
        }
        districts = assessments.districtsOf(assessment);
        for (NeedStatus status : NeedStatus.values()) {
            var filter = new NeedQueries.Filter(null, null, assessment.getId(), null, null, false, null, null, null, status);
            byStatus.put(status, register.search(filter, NeedQueries.Sort.SEVERITY, 0, 1).total());
        }
    }

    public String publish() {
        if (assessment == null) {
            RegisterPages.problem(refused, Map.of());
            return null;
        }
        try {
            assessments.publish(assessment.getId(), version);
        } catch (Problem p) {
            RegisterPages.problem(p, Map.of());
            return null;
        }
        RegisterPages.success("assessment.publishedMessage");
        return "/needs/assessment.xhtml?faces-redirect=true&id=" + assessment.getId();
    }

    public String withdraw() {
        if (assessment == null) {
            RegisterPages.problem(refused, Map.of());
            return null;
        }
        try {
            assessments.withdraw(assessment.getId(), version);
        } catch (Problem p) {
            RegisterPages.problem(p, Map.of());
            return null;
        }
        RegisterPages.success("assessment.withdrawnMessage");
        return "/needs/assessment.xhtml?faces-redirect=true&id=" + assessment.getId();
    }

    public NeedsAssessment getAssessment() {
        return assessment;
    }

    public boolean isEditable() {
        return assessment != null && assessments.editable(assessment);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Map.Entry<NeedStatus, Long>> getStatusCounts() {
        return List.copyOf(byStatus.entrySet());
    }

    public long getNeedCount() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<District> getDistricts() {
        return districts;
    }
}
