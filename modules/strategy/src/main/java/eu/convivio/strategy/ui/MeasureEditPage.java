package eu.convivio.strategy.ui;

import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.StrategyDrafting;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.domain.FundingSource;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.MeasurePlan;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.Strategy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Adding a measure to the open draft, or changing one (with the version it was read at). */
@Named
@RequestScoped
public class MeasureEditPage {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("title", "measure:title"), Map.entry("goalId", "measure:goal"),
            Map.entry("responsibleDepartmentId", "measure:department"), Map.entry("responsibleBody", "measure:responsibleBody"),
            Map.entry("partners", "measure:partners"), Map.entry("startDate", "measure:startDate"),
            Map.entry("endDate", "measure:endDate"), Map.entry("budget", "measure:budget"),
            Map.entry("currency", "measure:currency"), Map.entry("fundingSource", "measure:fundingSource"),
            Map.entry("status", "measure:status"), Map.entry("progress", "measure:progress"));

    @Inject
    private StrategyReading reading;

    @Inject
    private StrategyDrafting drafting;

    @Inject
    private Directory directory;

    @Inject
    private eu.convivio.strategy.application.MeasureLinking linking;

    private UUID lineage;
    private List<eu.convivio.strategy.application.MeasureLinking.FlagDetail> flags;

    private Strategy strategy;
    private UUID id;
    private long version;
    private String goal;
    private String title;
    private String description;
    private String department;
    private String responsibleBody;
    private String partners;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal budget;
    private String currency = "EUR";
    private String fundingSource;
    private String status = MeasureStatus.PLANNED.code();
    private int progress;
    private List<Goal> goals = List.of();

    public void load() {
        try {
            strategy = reading.strategy(StrategyFeedback.uuid(StrategyFeedback.param("strategy")));
            if (!reading.mayReadDrafts(strategy)) {
                throw new Problem.NotFound("No such strategy.");
            }
            goals = reading.openDraft(strategy).map(d -> reading.contents(d).goals()).orElse(List.of());
            id = StrategyFeedback.uuid(StrategyFeedback.param("id"));
            if (id != null) {
                Measure m = reading.piece(Measure.class, id);
                if (!m.getStrategyVersion().getStrategy().getId().equals(strategy.getId())) {
                    throw new Problem.NotFound("No such measure.");
                }
                lineage = m.getLineageId();
                if (!FacesContext.getCurrentInstance().isPostback()) {
                    fill(m);
                }
            }
        } catch (Problem.NotFound e) {
            StrategyFeedback.sendError(404);
            return;
        }
        if (!reading.mayWrite(strategy)) {
            StrategyFeedback.sendError(403);
        }
    }

    /** The measure's open review flags with the withdrawn service or closed need behind each (cleared on its links page or in the editor). */
    public List<eu.convivio.strategy.application.MeasureLinking.FlagDetail> getFlags() {
        if (flags == null) {
            try {
                flags = lineage == null || strategy == null ? List.of()
                        : linking.openFlagsByMeasure(strategy.getId(), StrategyFeedback.language()).getOrDefault(lineage, List.of());
            } catch (Problem p) {
                flags = List.of();
            }
        }
        return flags;
    }

    public String flagReason(eu.convivio.strategy.application.MeasureLinking.FlagDetail f) {
        return eu.convivio.platform.api.Pages.text("consultation", "flag." + f.flag().reason().name());
    }

    public UUID getLineage() {
        return lineage;
    }

    private void fill(Measure m) {
        MeasurePlan p = m.plan();
        version = m.getVersion();
        goal = p.goalId() == null ? null : p.goalId().toString();
        title = p.title();
        description = p.description();
        department = p.responsibleDepartmentId() == null ? null : p.responsibleDepartmentId().toString();
        responsibleBody = p.responsibleBody();
        partners = p.partners();
        startDate = p.startDate();
        endDate = p.endDate();
        budget = p.budget();
        currency = p.currency();
        fundingSource = p.fundingSource() == null ? null : p.fundingSource().code();
        status = p.status().code();
        progress = p.progress();
    }

    public String save() {
        MeasurePlan plan = new MeasurePlan(StrategyFeedback.uuid(goal), title, description, StrategyFeedback.uuid(department),
                responsibleBody, partners, startDate, endDate, budget, currency == null || currency.isBlank() ? null : currency.strip(),
                fundingSource == null || fundingSource.isBlank() ? null : FundingSource.of(fundingSource),
                MeasureStatus.of(status), progress);
        try {
            if (id == null) {
                drafting.addMeasure(strategy.getId(), plan);
            } else {
                drafting.saveMeasure(id, version, plan);
            }
        } catch (Problem p) {
            StrategyFeedback.problem(p, INPUTS, null);
            return null;
        }
        StrategyFeedback.success("saved.measure", title);
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
        return goals;
    }

    public List<DepartmentSummary> getDepartments() {
        return strategy == null ? List.of() : directory.departments(strategy.getMunicipalityId());
    }

    public List<SelectItem> getFundingSources() {
        return Arrays.stream(FundingSource.values())
                .map(f -> new SelectItem(f.code(), StrategyFeedback.text("funding." + f.name()))).toList();
    }

    public List<SelectItem> getStatuses() {
        return Arrays.stream(MeasureStatus.values())
                .map(s -> new SelectItem(s.code(), StrategyFeedback.text("measureStatus." + s.name()))).toList();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getResponsibleBody() {
        return responsibleBody;
    }

    public void setResponsibleBody(String responsibleBody) {
        this.responsibleBody = responsibleBody;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = progress;
    }
}
