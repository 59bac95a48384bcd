package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A measure of the strategy: something the municipality and its partners do, with a budget and a timeline. */
@Entity
@Table(schema = "strategy", name = "measure")
@Audited
public class Measure extends VersionContent {

    @Column(name = "goal_id")
    private UUID goalId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "responsible_department_id")
    private UUID responsibleDepartmentId;

    @Column(name = "responsible_body")
    private String responsibleBody;

    @Column(name = "partners")
    private String partners;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "budget")
    private BigDecimal budget;

    @Column(name = "currency")
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    private FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MeasureStatus status = MeasureStatus.PLANNED;

    @Column(name = "progress", nullable = false)
    private int progress;

    protected Measure() {
    }

    public Measure(UUID id, StrategyVersion version, UUID lineageId, int position, MeasurePlan plan) {
        super(id, version, lineageId, position);
        apply(plan.check());
    }

    /** Replaces what the measure says. */
    public void write(MeasurePlan plan) {
        plan.check();
        beforeChange();
        apply(plan);
    }

    private void apply(MeasurePlan plan) {
        this.goalId = plan.goalId();
        this.title = plan.title().strip();
        this.description = plan.description() == null ? "" : plan.description();
        this.responsibleDepartmentId = plan.responsibleDepartmentId();
        this.responsibleBody = blankToNull(plan.responsibleBody());
        this.partners = blankToNull(plan.partners());
        this.startDate = plan.startDate();
        this.endDate = plan.endDate();
        this.budget = plan.budget();
        this.currency = blankToNull(plan.currency());
        this.fundingSource = plan.fundingSource();
        this.status = plan.status();
        this.progress = plan.progress();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the measure says now, to edit or to copy. */
    public MeasurePlan plan() {
        return new MeasurePlan(goalId, title, description, responsibleDepartmentId, responsibleBody, partners,
                startDate, endDate, budget, currency, fundingSource, status, progress);
    }

    public UUID getGoalId() {
        return goalId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public UUID getResponsibleDepartmentId() {
        return responsibleDepartmentId;
    }

    public String getResponsibleBody() {
        return responsibleBody;
    }

    public String getPartners() {
        return partners;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }
}
