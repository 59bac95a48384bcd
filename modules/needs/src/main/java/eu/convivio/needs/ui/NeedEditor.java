package eu.convivio.needs.ui;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.Districts;
import eu.convivio.needs.application.NeedsRegister;
import eu.convivio.needs.application.RegisterAccess;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writing a need of an assessment: a group's situation, never a person's (the form has no field
 * for one). Messages stand beside the fields they are about; the form keeps what was typed.
 */
@Named
@RequestScoped
public class NeedEditor {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("theme", "need:theme"), Map.entry("districtId", "need:district"),
            Map.entry("populationGroup", "need:group"), Map.entry("description", "need:description"),
            Map.entry("severity", "need:severity"), Map.entry("peopleAffected", "need:peopleAffected"),
            Map.entry("peopleInNeed", "need:peopleInNeed"), Map.entry("evidence", "need:evidence"),
            Map.entry("source", "need:source"), Map.entry("languages", "need:languages"),
            Map.entry("recommendedActions", "need:recommendedActions"), Map.entry("assessmentId", "need:theme"));

    @Inject
    private NeedsRegister register;

    @Inject
    private Assessments assessments;

    @Inject
    private Districts districtRegister;

    @Inject
    private RegisterAccess access;

    @Inject
    private CurrentUser user;

    private UUID id;
    private NeedsAssessment round;
    private long version;
    private String theme;
    private String district;
    private String group;
    private String description;
    private Integer severity;
    private Integer peopleAffected;
    private Integer peopleInNeed;
    private String evidence;
    private String source;
    private String languages;
    private String recommendedActions;
    private Problem refused;

    @PostConstruct
    void init() {
        id = RegisterPages.id(RegisterPages.parameter("id"));
        try {
            if (id != null) {
                Need n = register.need(id);
                access.requireEditor(n.getMunicipalityId());
                round = assessments.assessment(n.getAssessmentId());
                if (!RegisterPages.isPostback()) {
                    fill(n);
                }
            } else if (user.isAuthenticated()) {
                round = assessments.assessment(RegisterPages.id(RegisterPages.parameter("assessment")));
                access.requireEditor(round.getMunicipalityId());
            }
        } catch (Problem p) {
            refused = p;
        }
    }

    public void load() {
        if (!user.isAuthenticated()) {
            String next = "/needs/need-edit.xhtml?" + (id == null ? "assessment=" + RegisterPages.parameter("assessment") : "id=" + id);
            RegisterPages.redirect("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if (refused != null) {
            RegisterPages.refuse(refused);
        }
    }

    private void fill(Need n) {
        version = n.getVersion();
        theme = n.getTheme();
        district = n.getDistrictId() == null ? "" : n.getDistrictId().toString();
        group = n.getPopulationGroup().code();
        description = n.getDescription();
        severity = n.getSeverity();
        peopleAffected = n.getPeopleAffected();
        peopleInNeed = n.getPeopleInNeed();
        evidence = n.getEvidence();
        source = n.getSource();
        languages = String.join(", ", n.getLanguages());
        recommendedActions = n.getRecommendedActions();
    }

    public String save() {
        if (refused != null) {
            RegisterPages.problem(refused, INPUTS);
            return null;
        }
        Need saved;
        try {
            PopulationGroup populationGroup = group == null || group.isBlank() ? null : PopulationGroup.ofCode(group);
            NeedContent content = new NeedContent(theme, RegisterPages.id(district), populationGroup, description, severity,
                    peopleAffected, peopleInNeed, evidence, source,
                    languages == null ? List.of() : Arrays.asList(languages.split("[,;\\s]+")), recommendedActions);
            saved = id == null ? register.create(round.getId(), content) : register.update(id, version, content);
        } catch (Problem p) {
            RegisterPages.problem(p, INPUTS);
            return null;
        }
        RegisterPages.success("need.saved");
        return "/needs/need.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public List<District> getDistrictChoices() {
        return round == null ? List.of() : districtRegister.of(round.getMunicipalityId());
    }

    public boolean isNew() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public NeedsAssessment getRound() {
        return round;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSeverity() {
        return severity;
    }

    public void setSeverity(Integer severity) {
        this.severity = severity;
    }

    public Integer getPeopleAffected() {
        return peopleAffected;
    }

    public void setPeopleAffected(Integer peopleAffected) {
        this.peopleAffected = peopleAffected;
    }

    public Integer getPeopleInNeed() {
        return peopleInNeed;
    }

    public void setPeopleInNeed(Integer peopleInNeed) {
        this.peopleInNeed = peopleInNeed;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getRecommendedActions() {
        return recommendedActions;
    }

    public void setRecommendedActions(String recommendedActions) {
        this.recommendedActions = recommendedActions;
    }
}
