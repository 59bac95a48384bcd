package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A measure marked for review because something it links to changed elsewhere (a service was
 * withdrawn from the catalogue, a need was closed). It stays until the council clears it.
 */
@Entity
@Table(schema = "strategy", name = "review_flag")
@Audited
public class ReviewFlag extends StrategyRecord {

    @Column(name = "measure_lineage_id", nullable = false, updatable = false)
    private UUID measureLineageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false)
    private FlagReason reason;

    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "cleared_by")
    private UUID clearedBy;

    @Column(name = "clearing_note")
    private String clearingNote;

    @Version
    private long version;

    protected ReviewFlag() {
    }

    public ReviewFlag(UUID id, MeasureLink link, FlagReason reason, Instant at) {
        super(id, link.getStrategyId(), link.municipalityId());
        this.measureLineageId = link.getMeasureLineageId();
        this.reason = reason;
        this.targetId = link.getTargetId();
        this.raisedAt = at;
    }

    /** The council has looked at the measure; the note says what they decided, if anything. */
    public void clear(UUID by, String note, Instant at) {
        if (clearedAt != null) {
            throw new Problem.Conflict("This review flag was already cleared on " + clearedAt + ".");
        }
        if (note != null && note.strip().length() > 1000) {
            throw new Problem.Invalid("note", "A note has at most 1000 characters.");
        }
        this.clearedAt = at.isBefore(raisedAt) ? raisedAt : at;
        this.clearedBy = by;
        this.clearingNote = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isOpen() {
        return clearedAt == null;
    }

    public UUID getMeasureLineageId() {
        return measureLineageId;
    }

    public FlagReason getReason() {
        return reason;
    }

    public UUID getTargetId() {
        return targetId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public String getClearingNote() {
        return clearingNote;
    }
}
