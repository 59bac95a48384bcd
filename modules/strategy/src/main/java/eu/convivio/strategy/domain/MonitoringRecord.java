package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What every monitoring record of an adopted strategy carries besides the strategy and
 * municipality it belongs to: an optional note, and who recorded it when. Monitoring records are
 * append-only (a correction is a newer record), so none of these columns is ever updated.
 */
@MappedSuperclass
public abstract class MonitoringRecord extends StrategyRecord {

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private UUID recordedBy;

    protected MonitoringRecord() {
    }

    /** A blank note is no note; a note is kept without surrounding white space. */
    protected MonitoringRecord(UUID id, UUID strategyId, UUID municipalityId, String note, UUID recordedBy, Instant recordedAt) {
        super(id, strategyId, municipalityId);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Adds the note's error, if any, to the errors of a draft being checked: the column holds 2000 characters. */
    protected static void checkNote(String note, List<Problem.FieldError> errors) {
        if (note != null && note.strip().length() > 2000) {
            errors.add(new Problem.FieldError("note", "A note has at most 2000 characters."));
        }
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
