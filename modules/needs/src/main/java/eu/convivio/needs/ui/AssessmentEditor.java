package eu.convivio.needs.ui;

import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.Districts;
import eu.convivio.needs.application.RegisterAccess;
import eu.convivio.needs.domain.AssessmentContent;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.AttachmentLink;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writing a needs assessment: a new one for the municipality the user works in, or a change to
 * one of its assessments. The version the form was opened at travels with it; a save on an
 * older version is refused with a message and the form keeps what was typed.
 */
@Named
@RequestScoped
public class AssessmentEditor {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("title", "assessment:title"), Map.entry("periodStart", "assessment:periodStart"),
            Map.entry("periodEnd", "assessment:periodEnd"), Map.entry("method", "assessment:method"),
            Map.entry("status", "assessment:status"), Map.entry("participants", "assessment:participants"),
            Map.entry("leadOrganisation", "assessment:leadOrganisation"), Map.entry("partners", "assessment:partners"),
            Map.entry("districts", "assessment:districts"), Map.entry("populationGroups", "assessment:populationGroups"),
            Map.entry("attachments", "assessment:attachments"), Map.entry("summary", "assessment:summary"));

    @Inject
    private Assessments assessments;

    @Inject
    private Districts districtRegister;

    @Inject
    private RegisterAccess access;

    @Inject
    private CurrentUser user;

    private UUID id;
    private UUID municipality;
    private long version;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String method = "SURVEY";
    private String status = "PLANNED";
    private Integer participants;
    private String leadOrganisation;
    private String partners;
    private List<String> districts = new ArrayList<>();
    private List<String> populationGroups = new ArrayList<>();
    private String attachments;
    private String summary;
    private Problem refused;

    @PostConstruct
    void init() {
        id = RegisterPages.id(RegisterPages.parameter("id"));
        try {
            if (id != null) {
                NeedsAssessment a = assessments.assessment(id);
                municipality = a.getMunicipalityId();
                access.requireEditor(municipality);
                if (!RegisterPages.isPostback()) {
                    fill(a);
                }
            } else if (user.isAuthenticated()) {
                municipality = access.defaultMunicipality(true);
            }
        } catch (Problem p) {
            refused = p;
        }
    }

    public void load() {
        if (!user.isAuthenticated()) {
            String next = "/needs/assessment-edit.xhtml" + (id == null ? "" : "?id=" + id);
            RegisterPages.redirect("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if (refused != null) {
            RegisterPages.refuse(refused);
        }
    }

    private void fill(NeedsAssessment a) {
        version = a.getVersion();
        title = a.getTitle();
        periodStart = a.getPeriodStart();
        periodEnd = a.getPeriodEnd();
        method = a.getMethod().name();
        status = a.getStatus().name();
        participants = a.getParticipants();
        leadOrganisation = a.getLeadOrganisation();
        partners = a.getPartners();
        districts = a.getDistricts().stream().map(UUID::toString).collect(Collectors.toCollection(ArrayList::new));
        populationGroups = new ArrayList<>(a.getPopulationGroups());
        attachments = a.getAttachments().stream().map(l -> l.getTitle() + " | " + l.getUrl()).collect(Collectors.joining("\n"));
        summary = a.getSummary();
    }

    public String save() {
        if (refused != null) {
            RegisterPages.problem(refused, INPUTS);
            return null;
        }
        NeedsAssessment saved;
        try {
            AssessmentContent content = new AssessmentContent(trim(title), periodStart, periodEnd,
                    AssessmentMethod.valueOf(method), districts.stream().map(UUID::fromString).collect(Collectors.toSet()),
                    new HashSet<>(populationGroups), participants, trim(leadOrganisation), trim(partners),
                    AssessmentStatus.valueOf(status), links(), trim(summary));
            saved = id == null ? assessments.create(municipality, content) : assessments.update(id, version, content);
        } catch (Problem p) {
            RegisterPages.problem(p, INPUTS);
            return null;
        }
        RegisterPages.success("assessment.saved", saved.getTitle());
        return "/needs/assessment.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    /** One link a line, "title | address"; a line without a title is titled by its address. */
    private List<AttachmentLink> links() {
        if (attachments == null || attachments.isBlank()) {
            return List.of();
        }
        List<AttachmentLink> links = new ArrayList<>();
        for (String line : attachments.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String linkTitle = bar < 0 ? line.strip() : line.substring(0, bar).strip();
            String url = bar < 0 ? line.strip() : line.substring(bar + 1).strip();
            links.add(new AttachmentLink(linkTitle.isEmpty() ? url : linkTitle, url));
        }
        return links;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<District> getDistrictChoices() {
        return municipality == null || refused != null ? List.of() : districtRegister.of(municipality);
    }

    public boolean isNew() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public String getLeadOrganisation() {
        return leadOrganisation;
    }

    public void setLeadOrganisation(String leadOrganisation) {
        this.leadOrganisation = leadOrganisation;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public List<String> getDistricts() {
        return districts;
    }

    public void setDistricts(List<String> districts) {
        this.districts = districts == null ? new ArrayList<>() : districts;
    }

    public List<String> getPopulationGroups() {
        return populationGroups;
    }

    public void setPopulationGroups(List<String> populationGroups) {
        this.populationGroups = populationGroups == null ? new ArrayList<>() : populationGroups;
    }

    public String getAttachments() {
        return attachments;
    }

    public void setAttachments(String attachments) {
        this.attachments = attachments;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
