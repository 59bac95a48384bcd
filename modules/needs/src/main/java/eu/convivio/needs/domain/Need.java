package eu.convivio.needs.domain;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A need found by an assessment: what a population group lacks in one theme, in one district
 * or the whole municipality, how severe it is and for how many people (estimates). Aggregated
 * data about a group only: there is no field for a person.
 */
@Entity
@Table(schema = "needs", name = "need")
@Audited
public class Need extends EditedRecord implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private UUID assessmentId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Column(name = "theme", nullable = false)
    private String theme;

    @Column(name = "district_id")
    private UUID districtId;

    @Column(name = "population_group", nullable = false)
    private String populationGroup;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "severity", nullable = false)
    private int severity;

    @Column(name = "people_affected")
    private Integer peopleAffected;

    @Column(name = "people_in_need")
    private Integer peopleInNeed;

    @Column(name = "evidence")
    private String evidence;

    @Column(name = "source")
    private String source;

    /** Space-separated BCP 47 tags; the database also offers them as the array {@code languages}. */
    @Column(name = "language_list", nullable = false)
    private String languages = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private NeedStatus status = NeedStatus.IDENTIFIED;

    @Column(name = "recommended_actions")
    private String recommendedActions;

    @Column(name = "validated_by")
    private String validatedBy;

    @Column(name = "validated_at")
    private Instant validatedAt;

    protected Need() {
    }

    /** A newly identified need of the assessment (whose municipality it takes). */
    public Need(UUID id, NeedsAssessment assessment, NeedContent content) {
        this.id = id;
        this.assessmentId = assessment.getId();
        this.municipalityId = assessment.getMunicipalityId();
        write(content);
    }

    /** Replaces what the officer wrote; status and validation stay. */
    public final void write(NeedContent content) {
        List<Problem.FieldError> problems = content.problems();
        if (!problems.isEmpty()) {
            throw new Problem.Invalid(problems);
        }
        this.theme = content.themeCode();
        this.districtId = content.districtId();
        this.populationGroup = content.populationGroup().code();
        this.description = content.description().strip();
        this.severity = content.severity();
        this.peopleAffected = content.peopleAffected();
        this.peopleInNeed = content.peopleInNeed();
        this.evidence = blankToNull(content.evidence());
        this.source = blankToNull(content.source());
        this.languages = String.join(" ", content.languages());
        this.recommendedActions = blankToNull(content.recommendedActions());
        touch();
    }

    /**
     * An officer confirms the need (records who and when). Validating a need that is already
     * validated or addressed is refused, so that the record of who validated stays true.
     */
    public void validate(String officer, Instant now) {
        if (status != NeedStatus.IDENTIFIED) {
            throw new Problem.Conflict("Only an identified need can be validated; this one is " + status.code() + ".");
        }
        this.status = NeedStatus.VALIDATED;
        this.validatedBy = officer;
        this.validatedAt = now;
        touch();
    }

    /**
     * Moves the need on. Becoming validated goes through {@link #validate}; a closed need that
     * comes back is identified anew and loses its old validation.
     *
     * @return whether the need has just been closed
     */
    public boolean moveTo(NeedStatus target, String officer, Instant now) {
        if (target == status) {
            return false;
        }
        if (!status.mayBecome(target)) {
            throw new Problem.Invalid("status", "A need that is " + status.code() + " cannot become " + target.code() + ".");
        }
        if (target == NeedStatus.VALIDATED && status == NeedStatus.IDENTIFIED) {
            validate(officer, now);
            return false;
        }
        if (target == NeedStatus.IDENTIFIED) {
            validatedBy = null;
            validatedAt = null;
        }
        status = target;
        touch();
        return target == NeedStatus.CLOSED;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    protected String kind() {
        return "need";
    }

    public UUID getId() {
        return id;
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public String getTheme() {
        return theme;
    }

    public UUID getDistrictId() {
        return districtId;
    }

    public PopulationGroup getPopulationGroup() {
        return PopulationGroup.ofCode(populationGroup);
    }

    public String getDescription() {
        return description;
    }

    public int getSeverity() {
        return severity;
    }

    public Integer getPeopleAffected() {
        return peopleAffected;
    }

    public Integer getPeopleInNeed() {
        return peopleInNeed;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getSource() {
        return source;
    }

    public List<String> getLanguages() {
        return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(" "));
    }

    public NeedStatus getStatus() {
        return status;
    }

    public String getRecommendedActions() {
        return recommendedActions;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public NeedContent content() {
        return new NeedContent(theme, districtId, getPopulationGroup(), description, severity, peopleAffected,
                peopleInNeed, evidence, source, getLanguages(), recommendedActions);
    }
}
