package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.Monitoring;
import eu.convivio.strategy.domain.IndicatorValue;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.ProgressReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monitoring dashboard of an adopted strategy: public; officers and council members of the
 * municipality also report progress and record indicator values here.
 */
@Named
@RequestScoped
public class MonitoringPage {

    private static final Map<String, String> PROGRESS_INPUTS = Map.of("reportedOn", "progress:reportedOn", "status", "progress:status",
            "progress", "progress:progress", "note", "progress:note", "measure", "progress:measure");
    private static final Map<String, String> VALUE_INPUTS = Map.of("measuredOn", "value:measuredOn", "value", "value:value",
            "source", "value:source", "note", "value:valueNote", "indicator", "value:indicator");

    @Inject
    private Monitoring monitoring;

    private UUID id;
    private Monitoring.Dashboard dashboard;

    private String measure;
    private String status;
    private Integer progress;
    private LocalDate reportedOn = LocalDate.now();
    private String note;

    private String indicator;
    private BigDecimal value;
    private LocalDate measuredOn = LocalDate.now();
    private String source;
    private String valueNote;

    @PostConstruct
    void readId() {
        id = ConsultationFeedback.parameter("id");
    }

    private boolean fetched;
    private Problem refused;

    /** Reads the dashboard once per request, when first needed (on a postback, before the forms are decoded). */
    private void fetch() {
        if (fetched) {
            return;
        }
        fetched = true;
        try {
            dashboard = monitoring.dashboard(id);
        } catch (Problem p) {
            refused = p;
        }
    }

    public void load() {
        fetch();
        if (refused != null) {
            ConsultationFeedback.refuse(refused, "/strategy/monitoring.xhtml?id=" + id);
        }
    }

    public String recordProgress() {
        MeasureStatus chosen = null;
        try {
            chosen = status == null || status.isBlank() ? null : MeasureStatus.of(status);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        UUID measureId = uuid(measure);
        if (measureId == null) {
            ConsultationFeedback.problem(new Problem.Invalid("measure", ConsultationFeedback.text("invalid.measure")), PROGRESS_INPUTS);
            fetched = false;
            fetch();
            return null;
        }
        try {
            monitoring.recordProgress(id, measureId, new ProgressReport.Draft(reportedOn, chosen, progress, note));
        } catch (Problem p) {
            ConsultationFeedback.problem(p, PROGRESS_INPUTS);
            fetched = false;
            fetch();
            return null;
        }
        ConsultationFeedback.success("monitoring.progressSaved");
        return "/strategy/monitoring.xhtml?faces-redirect=true&id=" + id;
    }

    public String recordValue() {
        UUID indicatorId = uuid(indicator);
        if (indicatorId == null) {
            ConsultationFeedback.problem(new Problem.Invalid("indicator", ConsultationFeedback.text("invalid.indicator")), VALUE_INPUTS);
            fetched = false;
            fetch();
            return null;
        }
        try {
            monitoring.recordValue(id, indicatorId, new IndicatorValue.Draft(measuredOn, value, source, valueNote));
        } catch (Problem p) {
            ConsultationFeedback.problem(p, VALUE_INPUTS);
            fetched = false;
            fetch();
            return null;
        }
        ConsultationFeedback.success("monitoring.valueSaved");
        return "/strategy/monitoring.xhtml?faces-redirect=true&id=" + id;
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String chart(Monitoring.IndicatorRow row) {
        String description = ConsultationFeedback.text("monitoring.chart.desc", row.name(), row.unit(),
                row.baseline() == null ? "–" : IndicatorChart.number(row.baseline().doubleValue()),
                row.target() == null ? "–" : IndicatorChart.number(row.target().doubleValue()),
                row.latest() == null ? "–" : IndicatorChart.number(row.latest().doubleValue()), row.values().size());
        return IndicatorChart.svg(row, "chart-" + row.indicatorId(), ConsultationFeedback.text("monitoring.baseline"),
                ConsultationFeedback.text("monitoring.target"), description);
    }

    public String statusLabel(MeasureStatus s) {
        return ConsultationFeedback.text("status." + s.name());
    }

    public List<MeasureStatus> getStatuses() {
        return List.of(MeasureStatus.values());
    }

    public String number(BigDecimal n) {
        return n == null ? "–" : n.stripTrailingZeros().toPlainString();
    }

    public UUID getId() {
        return id;
    }

    public Monitoring.Dashboard getDashboard() {
        fetch();
        return dashboard;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getValueNote() {
        return valueNote;
    }

    public void setValueNote(String valueNote) {
        this.valueNote = valueNote;
    }
}
