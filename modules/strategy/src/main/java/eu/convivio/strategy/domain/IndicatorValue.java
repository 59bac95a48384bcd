package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A measured value of an indicator (by lineage) on a day, with where the figure comes from. Never edited. */
@Entity
@Table(schema = "strategy", name = "indicator_value")
@Audited
public class IndicatorValue extends MonitoringRecord {

    /** numeric(18, 4): fourteen digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    @Column(name = "indicator_lineage_id", nullable = false, updatable = false)
    private UUID indicatorLineageId;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Column(name = "value", nullable = false, updatable = false)
    private BigDecimal value;

    @Column(name = "source", nullable = false, updatable = false)
    private String source;

    protected IndicatorValue() {
    }

    /** What an officer records; checked by {@link #check}. */
    public record Draft(LocalDate measuredOn, BigDecimal value, String source, String note) {
    }

    public IndicatorValue(UUID id, UUID strategyId, UUID municipalityId, UUID indicatorLineageId, Draft draft, LocalDate today,
                          UUID recordedBy, Instant at) {
        super(id, strategyId, municipalityId, draft.note(), recordedBy, at);
        check(draft, today);
        this.indicatorLineageId = indicatorLineageId;
        this.measuredOn = draft.measuredOn();
        this.value = draft.value();
        this.source = draft.source().strip();
    }

    public static void check(Draft draft, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.measuredOn() == null) {
            errors.add(new Problem.FieldError("measuredOn", "Give the day the value was measured."));
        } else if (draft.measuredOn().isAfter(today)) {
            errors.add(new Problem.FieldError("measuredOn", "A value cannot be measured in the future (" + draft.measuredOn() + ")."));
        }
        if (draft.value() == null) {
            errors.add(new Problem.FieldError("value", "Give the measured value as a number."));
        } else if (draft.value().abs().compareTo(LIMIT) >= 0 || Math.max(draft.value().stripTrailingZeros().scale(), 0) > 4) {
            errors.add(new Problem.FieldError("value", "The value has at most 14 digits before and 4 after the decimal point."));
        }
        if (draft.source() == null || draft.source().isBlank()) {
            errors.add(new Problem.FieldError("source", "Name the source of the figure (a survey, a register, a report)."));
        } else if (draft.source().strip().length() > 300) {
            errors.add(new Problem.FieldError("source", "A source has at most 300 characters."));
        }
        checkNote(draft.note(), errors);
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    public UUID getIndicatorLineageId() {
        return indicatorLineageId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getSource() {
        return source;
    }
}
