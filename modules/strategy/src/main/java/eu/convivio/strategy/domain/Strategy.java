package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The integration strategy of a municipality or a region. Its text lives in versions
 * ({@link StrategyVersion}); the strategy carries where the open draft stands in the lifecycle
 * draft → consultation → revised draft → adopted, and the consultation window.
 */
@Entity
@Table(schema = "strategy", name = "strategy")
@Audited
public class Strategy implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private StrategyStatus status = StrategyStatus.DRAFT;

    @Column(name = "consultation_start")
    private LocalDate consultationStart;

    @Column(name = "consultation_end")
    private LocalDate consultationEnd;

    @Column(name = "allows_public_comments", nullable = false)
    private boolean allowsPublicComments;

    @Column(name = "origin_strategy_id", updatable = false)
    private UUID originStrategyId;

    @Column(name = "origin_version_id", updatable = false)
    private UUID originVersionId;

    @Column(name = "origin_template", updatable = false)
    private String originTemplate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.now();

    @Version
    private long version;

    protected Strategy() {
    }

    /** A new strategy with an empty first draft to come. */
    public Strategy(UUID id, UUID municipalityId, String title, String language, LocalDate periodFrom, LocalDate periodTo) {
        this.id = id;
        this.municipalityId = municipalityId;
        describe(title, language, periodFrom, periodTo);
    }

    /** Records that the first draft was started from a template. */
    public void startedFromTemplate(String templateCode) {
        this.originTemplate = templateCode;
    }

    /** Records that the first draft was copied from another strategy's adopted version. */
    public void copiedFrom(StrategyVersion adopted) {
        if (!adopted.isAdopted()) {
            throw new Problem.Invalid("origin", "Only an adopted version can be copied.");
        }
        if (adopted.getStrategy().getId().equals(id)) {
            throw new Problem.Invalid("origin", "A strategy cannot be copied from itself.");
        }
        this.originStrategyId = adopted.getStrategy().getId();
        this.originVersionId = adopted.getId();
    }

    /** Changes the title and period. */
    public final void describe(String title, String language, LocalDate periodFrom, LocalDate periodTo) {
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new Problem.Invalid("periodTo", "The period must end on or after its start.");
        }
        this.title = title;
        this.language = language;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        touch();
    }

    /** Lets the public (not only signed-in stakeholders) comment during consultation. */
    public void allowPublicComments(boolean allowed) {
        this.allowsPublicComments = allowed;
        touch();
    }

    /** Opens the draft to public consultation from {@code start} to {@code end} (both included). */
    public void startConsultation(LocalDate start, LocalDate end) {
        if (status != StrategyStatus.DRAFT && status != StrategyStatus.REVISED_DRAFT) {
            throw new Problem.Conflict("Only a draft can go to consultation; this strategy is " + status.name().toLowerCase() + ".");
        }
        if (start == null) {
            throw new Problem.Invalid("consultationStart", "The consultation needs a start date.");
        }
        if (end == null) {
            throw new Problem.Invalid("consultationEnd", "The consultation needs an end date.");
        }
        if (end.isBefore(start)) {
            throw new Problem.Invalid("consultationEnd", "The consultation must end on or after its start.");
        }
        status = StrategyStatus.CONSULTATION;
        consultationStart = start;
        consultationEnd = end;
        touch();
    }

    /** Closes the consultation: the secretariat now revises the draft in the light of the comments. */
    public void closeConsultation() {
        if (status != StrategyStatus.CONSULTATION) {
            throw new Problem.Conflict("This strategy is not in consultation.");
        }
        status = StrategyStatus.REVISED_DRAFT;
        touch();
    }

    /** Called by {@link StrategyVersion#adopt}: the open draft became an adopted version. */
    void adopted() {
        if (status != StrategyStatus.REVISED_DRAFT) {
            throw new Problem.Conflict("Only a revised draft (after its consultation) can be adopted; this strategy is "
                    + status.name().toLowerCase().replace('_', ' ') + ".");
        }
        status = StrategyStatus.ADOPTED;
        touch();
    }

    /** Called when a revision starts a new draft from the latest adopted version. */
    void revisionStarted() {
        if (status != StrategyStatus.ADOPTED) {
            throw new Problem.Conflict("A revision starts from an adopted strategy; this one already has an open draft.");
        }
        status = StrategyStatus.DRAFT;
        consultationStart = null;
        consultationEnd = null;
        touch();
    }

    /** Whether the consultation is open on {@code day}. */
    public boolean inConsultationOn(LocalDate day) {
        return status == StrategyStatus.CONSULTATION
                && !day.isBefore(consultationStart) && !day.isAfter(consultationEnd);
    }

    /** Refuses an edit made on another state of the strategy than the current one. */
    public void expectVersion(long edited) {
        if (edited != version) {
            throw new Problem.Conflict("This strategy was changed by someone else since you opened it (version "
                    + edited + ", now " + version + "). Reload it and apply your change again.");
        }
    }

    private void touch() {
        lastModified = Instant.now();
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

    public String getLanguage() {
        return language;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public StrategyStatus getStatus() {
        return status;
    }

    public LocalDate getConsultationStart() {
        return consultationStart;
    }

    public LocalDate getConsultationEnd() {
        return consultationEnd;
    }

    public boolean isAllowsPublicComments() {
        return allowsPublicComments;
    }

    public UUID getOriginStrategyId() {
        return originStrategyId;
    }

    public UUID getOriginVersionId() {
        return originVersionId;
    }

    public String getOriginTemplate() {
        return originTemplate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }
}
