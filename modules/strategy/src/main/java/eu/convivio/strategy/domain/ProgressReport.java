package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where a measure of the adopted strategy stood on a day, as an officer or the council reported
 * it. Reports are a record: a correction is a newer report, never an edit (the database refuses edits).
 */
@Entity
@Table(schema = "strategy", name = "measure_progress")
@Audited
public class ProgressReport extends MonitoringRecord {

    @Column(name = "measure_lineage_id", nullable = false, updatable = false)
    private UUID measureLineageId;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false)
    private MeasureStatus status;

    @Column(name = "progress", nullable = false, updatable = false)
    private int progress;

    protected ProgressReport() {
    }

    /** What an officer reports; checked by {@link #check}. */
    public record Draft(LocalDate reportedOn, MeasureStatus status, Integer progress, String note) {
    }

    public ProgressReport(UUID id, UUID strategyId, UUID municipalityId, UUID measureLineageId, Draft draft, LocalDate today,
                          UUID recordedBy, Instant at) {
        super(id, strategyId, municipalityId, draft.note(), recordedBy, at);
        check(draft, today);
        this.measureLineageId = measureLineageId;
        this.reportedOn = draft.reportedOn();
        this.status = draft.status();
        this.progress = draft.progress();
    }

    public static void check(Draft draft, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.reportedOn() == null) {
            errors.add(new Problem.FieldError("reportedOn", "Give the day the report describes."));
        } else if (draft.reportedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("reportedOn", "A report describes a day that has come: " + draft.reportedOn() + " is in the future."));
        }
        if (draft.status() == null) {
            errors.add(new Problem.FieldError("status", "Choose the status: " + Codes.choices(MeasureStatus.class) + "."));
        }
        if (draft.progress() == null || draft.progress() < 0 || draft.progress() > 100) {
            errors.add(new Problem.FieldError("progress", "Progress is a whole percentage from 0 to 100."));
        } else if (draft.status() == MeasureStatus.DONE && draft.progress() != 100) {
            errors.add(new Problem.FieldError("progress", "A measure that is done is 100 % complete."));
        }
        checkNote(draft.note(), errors);
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    public UUID getMeasureLineageId() {
        return measureLineageId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }
}
