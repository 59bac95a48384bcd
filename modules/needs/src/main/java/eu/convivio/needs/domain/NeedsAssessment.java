package eu.convivio.needs.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A needs assessment: one mapping exercise of a municipality (a survey round, a series of
 * workshops) and the needs it found. Private to its municipality until published; once
 * published, others see only the aggregated, small-count-suppressed view of its needs.
 */
@Entity
@Table(schema = "needs", name = "assessment")
@Audited
public class NeedsAssessment extends EditedRecord implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private AssessmentMethod method;

    @Column(name = "participants")
    private Integer participants;

    @Column(name = "lead_organisation", nullable = false)
    private String leadOrganisation;

    @Column(name = "partners")
    private String partners;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AssessmentStatus status;

    @Column(name = "summary")
    private String summary;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "needs", name = "assessment_district", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "district_id", nullable = false)
    private Set<UUID> districts = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "needs", name = "assessment_population_group", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "population_group", nullable = false)
    private Set<String> populationGroups = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "needs", name = "assessment_attachment", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<AttachmentLink> attachments = new ArrayList<>();

    protected NeedsAssessment() {
    }

    public NeedsAssessment(UUID id, UUID municipalityId, AssessmentContent content) {
        this.id = id;
        this.municipalityId = municipalityId;
        write(content);
    }

    /** Replaces what the officer wrote; publication stays as it is. */
    public final void write(AssessmentContent content) {
        if (content.periodStart() != null && content.periodEnd() != null
                && content.periodEnd().isBefore(content.periodStart())) {
            throw new Problem.Invalid("periodEnd", "The period cannot end before it starts.");
        }
        this.title = content.title();
        this.periodStart = content.periodStart();
        this.periodEnd = content.periodEnd();
        this.method = content.method();
        this.participants = content.participants();
        this.leadOrganisation = content.leadOrganisation();
        this.partners = content.partners();
        this.status = content.status();
        this.summary = content.summary();
        replace(districts, new TreeSet<>(content.districts()));
        replace(populationGroups, new TreeSet<>(content.populationGroups()));
        replace(attachments, content.attachments());
        touch();
    }

    private static <T> void replace(Collection<T> target, Collection<T> values) {
        // the same collection instance, so that the persistence provider sees element changes
        target.clear();
        target.addAll(values);
    }

    /** Shares the aggregated view with other cities and the public. */
    public void publish(Instant now) {
        if (published) {
            throw new Problem.Conflict("This assessment is already published.");
        }
        published = true;
        publishedAt = now;
        touch();
    }

    /** Takes the aggregated view back: from now on only the municipality sees anything of it. */
    public void withdraw() {
        if (!published) {
            throw new Problem.Conflict("This assessment is not published.");
        }
        published = false;
        publishedAt = null;
        touch();
    }

    @Override
    protected String kind() {
        return "assessment";
    }

    public UUID getId() {
        return id;
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public AssessmentMethod getMethod() {
        return method;
    }

    public Integer getParticipants() {
        return participants;
    }

    public String getLeadOrganisation() {
        return leadOrganisation;
    }

    public String getPartners() {
        return partners;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Set<UUID> getDistricts() {
        return Set.copyOf(districts);
    }

    public Set<String> getPopulationGroups() {
        return Set.copyOf(populationGroups);
    }

    public List<AttachmentLink> getAttachments() {
        return List.copyOf(attachments);
    }

    public AssessmentContent content() {
        return new AssessmentContent(title, periodStart, periodEnd, method, getDistricts(), getPopulationGroups(),
                participants, leadOrganisation, partners, status, getAttachments(), summary);
    }
}
