package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One numbered text of a strategy: its open draft, or an adopted version, which is frozen for good
 * (here and, whatever writes, by a database trigger).
 */
@Entity
@Table(schema = "strategy", name = "version")
@Audited
public class StrategyVersion implements TenantOwned {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "strategy_id", nullable = false, updatable = false)
    private Strategy strategy;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private VersionKind kind = VersionKind.DRAFT;

    @Column(name = "based_on_version_id", updatable = false)
    private UUID basedOnVersionId;

    @Column(name = "adopted_at")
    private LocalDate adoptedAt;

    @Column(name = "adopting_body")
    private String adoptingBody;

    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.now();

    @Version
    private long version;

    protected StrategyVersion() {
    }

    private StrategyVersion(UUID id, Strategy strategy, int number, UUID basedOnVersionId) {
        this.id = id;
        this.strategy = strategy;
        this.number = number;
        this.basedOnVersionId = basedOnVersionId;
    }

    /** The first draft of a new strategy. */
    public static StrategyVersion firstDraft(UUID id, Strategy strategy) {
        return new StrategyVersion(id, strategy, 1, null);
    }

    /**
     * A revision: a new draft numbered after {@code latest}, the strategy's latest version, based on
     * {@code adopted}, its latest adopted one. The caller copies the content
     * ({@link StrategyContentCopy}).
     */
    public static StrategyVersion revisionOf(UUID id, StrategyVersion adopted, int latestNumber) {
        if (!adopted.isAdopted()) {
            throw new Problem.Conflict("A revision starts from an adopted version.");
        }
        adopted.strategy.revisionStarted();
        return new StrategyVersion(id, adopted.strategy, latestNumber + 1, adopted.id);
    }

    /** Freezes this draft as the adopted text of the strategy. */
    public void adopt(LocalDate adoptedOn, String body, String decision) {
        requireDraft();
        if (adoptedOn == null) {
            throw new Problem.Invalid("adoptedAt", "Give the date of the adopting decision.");
        }
        if (body == null || body.isBlank()) {
            throw new Problem.Invalid("adoptingBody", "Name the body that adopted the strategy (e.g. the municipal council).");
        }
        if (decision == null || decision.isBlank()) {
            throw new Problem.Invalid("decisionReference", "Give the reference of the adopting decision.");
        }
        strategy.adopted();
        kind = VersionKind.ADOPTED;
        adoptedAt = adoptedOn;
        adoptingBody = body.strip();
        decisionReference = decision.strip();
        lastModified = Instant.now();
    }

    /** Refuses any change to an adopted version. */
    public void requireDraft() {
        if (kind == VersionKind.ADOPTED) {
            throw new Problem.Conflict("Version " + number + " is adopted and cannot be changed; start a revision instead.");
        }
    }

    /** Refuses a change of the content unless this is the open draft and it is not out for consultation. */
    public void requireEditable() {
        requireDraft();
        if (!strategy.getStatus().editable()) {
            throw new Problem.Conflict("The draft is in public consultation; its text can be changed again once the consultation is closed.");
        }
    }

    public boolean isAdopted() {
        return kind == VersionKind.ADOPTED;
    }

    public UUID getId() {
        return id;
    }

    @Override
    public UUID municipalityId() {
        return strategy.municipalityId();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public int getNumber() {
        return number;
    }

    public VersionKind getKind() {
        return kind;
    }

    public UUID getBasedOnVersionId() {
        return basedOnVersionId;
    }

    public LocalDate getAdoptedAt() {
        return adoptedAt;
    }

    public String getAdoptingBody() {
        return adoptingBody;
    }

    public String getDecisionReference() {
        return decisionReference;
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
