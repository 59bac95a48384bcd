package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An indicator of the strategy, of one of its goals or of one of its measures: baseline and target.
 * Values measured over time are recorded by monitoring, against the indicator's lineage.
 */
@Entity
@Table(schema = "strategy", name = "indicator")
@Audited
public class Indicator extends VersionContent {

    @Column(name = "goal_id")
    private UUID goalId;

    @Column(name = "measure_id")
    private UUID measureId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "baseline")
    private BigDecimal baseline;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Column(name = "target")
    private BigDecimal target;

    @Column(name = "target_date")
    private LocalDate targetDate;

    protected Indicator() {
    }

    public Indicator(UUID id, StrategyVersion version, UUID lineageId, int position, IndicatorDefinition definition) {
        super(id, version, lineageId, position);
        apply(definition.check());
    }

    public void write(IndicatorDefinition definition) {
        definition.check();
        beforeChange();
        apply(definition);
    }

    private void apply(IndicatorDefinition definition) {
        this.goalId = definition.goalId();
        this.measureId = definition.measureId();
        this.name = definition.name().strip();
        this.unit = definition.unit().strip();
        this.baseline = definition.baseline();
        this.baselineDate = definition.baselineDate();
        this.target = definition.target();
        this.targetDate = definition.targetDate();
    }

    public IndicatorDefinition definition() {
        return new IndicatorDefinition(goalId, measureId, name, unit, baseline, baselineDate, target, targetDate);
    }

    public UUID getGoalId() {
        return goalId;
    }

    public UUID getMeasureId() {
        return measureId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }
}
