package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.StrategyDrafting;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.IndicatorDefinition;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.VersionContents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Adding an indicator to the open draft, or changing one (with the version it was read at). */
@Named
@RequestScoped
public class IndicatorEditPage {

    private static final Map<String, String> INPUTS = Map.of("name", "indicator:name", "unit", "indicator:unit",
            "subject", "indicator:subject", "goalId", "indicator:subject", "measureId", "indicator:subject",
            "baseline", "indicator:baseline", "baselineDate", "indicator:baselineDate", "target", "indicator:target",
            "targetDate", "indicator:targetDate");

    @Inject
    private StrategyReading reading;

    @Inject
    private StrategyDrafting drafting;

    private Strategy strategy;
    private VersionContents draft;
    private UUID id;
    private long version;
    /** "goal:<id>", "measure:<id>" or empty (the strategy as a whole). */
    private String subject;
    private String name;
    private String unit;
    private BigDecimal baseline;
    private LocalDate baselineDate;
    private BigDecimal target;
    private LocalDate targetDate;

    public void load() {
        try {
            strategy = reading.strategy(StrategyFeedback.uuid(StrategyFeedback.param("strategy")));
            if (!reading.mayReadDrafts(strategy)) {
                throw new Problem.NotFound("No such strategy.");
            }
            draft = reading.openDraft(strategy).map(reading::contents).orElse(null);
            id = StrategyFeedback.uuid(StrategyFeedback.param("id"));
            if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
                Indicator i = reading.piece(Indicator.class, id);
                if (!i.getStrategyVersion().getStrategy().getId().equals(strategy.getId())) {
                    throw new Problem.NotFound("No such indicator.");
                }
                version = i.getVersion();
                subject = i.getGoalId() != null ? "goal:" + i.getGoalId() : i.getMeasureId() != null ? "measure:" + i.getMeasureId() : "";
                name = i.getName();
                unit = i.getUnit();
                baseline = i.getBaseline();
                baselineDate = i.getBaselineDate();
                target = i.getTarget();
                targetDate = i.getTargetDate();
            }
        } catch (Problem.NotFound e) {
            StrategyFeedback.sendError(404);
            return;
        }
        if (!reading.mayWrite(strategy)) {
            StrategyFeedback.sendError(403);
        }
    }

    public String save() {
        UUID goalId = subject != null && subject.startsWith("goal:") ? StrategyFeedback.uuid(subject.substring(5)) : null;
        UUID measureId = subject != null && subject.startsWith("measure:") ? StrategyFeedback.uuid(subject.substring(8)) : null;
        IndicatorDefinition definition = new IndicatorDefinition(goalId, measureId, name, unit, baseline, baselineDate, target, targetDate);
        try {
            if (id == null) {
                drafting.addIndicator(strategy.getId(), definition);
            } else {
                drafting.saveIndicator(id, version, definition);
            }
        } catch (Problem p) {
            StrategyFeedback.problem(p, INPUTS, null);
            return null;
        }
        StrategyFeedback.success("saved.indicator", name);
        return "/strategy/edit.xhtml?faces-redirect=true&id=" + strategy.getId();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public boolean isNew() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public List<Goal> getGoals() {
        return draft == null ? List.of() : draft.goals();
    }

    public List<Measure> getMeasures() {
        return draft == null ? List.of() : draft.measures();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }
}
