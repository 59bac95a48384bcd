package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A measure (by its lineage, so the link outlives revisions) addresses a need, is delivered by a
 * catalogue service or requires a training course. The other module's row is named by id only.
 */
@Entity
@Table(schema = "strategy", name = "measure_link")
@Audited
public class MeasureLink extends StrategyRecord {

    @Column(name = "measure_lineage_id", nullable = false, updatable = false)
    private UUID measureLineageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private LinkKind kind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    protected MeasureLink() {
    }

    public MeasureLink(UUID id, UUID strategyId, UUID municipalityId, UUID measureLineageId, LinkKind kind, UUID targetId,
                       UUID createdBy, Instant at) {
        super(id, strategyId, municipalityId);
        this.measureLineageId = measureLineageId;
        this.kind = kind;
        this.targetId = targetId;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public UUID getMeasureLineageId() {
        return measureLineageId;
    }

    public LinkKind getKind() {
        return kind;
    }

    public UUID getTargetId() {
        return targetId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
