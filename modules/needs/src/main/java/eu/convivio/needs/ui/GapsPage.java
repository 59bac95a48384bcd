package eu.convivio.needs.ui;

import eu.convivio.catalogue.api.ServiceCoverage;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.application.GapAnalysis;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The gap analysis page of an assessment (GET parameters {@code assessment}, {@code group}). */
@Named
@RequestScoped
public class GapsPage {

    @Inject
    private GapAnalysis gaps;

    private UUID assessmentId;
    private String group;
    private GapAnalysis.Report report;
    private boolean refused;

    @PostConstruct
    void init() {
        assessmentId = RegisterPages.id(RegisterPages.parameter("assessment"));
        String g = RegisterPages.parameter("group");
        group = g == null || g.isBlank() ? null : g.strip();
    }

    public void load() {
        PopulationGroup g = null;
        if (group != null) {
            try {
                g = PopulationGroup.ofCode(group);
            } catch (IllegalArgumentException e) {
                group = null;
            }
        }
        try {
            report = gaps.report(assessmentId, g, RegisterPages.language());
        } catch (Problem p) {
            refused = true;
            RegisterPages.refuse(p);
        }
    }

    public String level(ServiceCoverage.Level level) {
        return AnalysisTexts.get("level." + level.code());
    }

    /** The criteria a service meets, in words ("theme, area, language"). */
    public String meets(ServiceCoverage.CoveringService s) {
        return s.meets().stream().sorted().map(c -> AnalysisTexts.get("criterion." + c.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    public int count(ServiceCoverage.Level level) {
        return report == null ? 0 : report.counts().getOrDefault(level, 0);
    }

    public ServiceCoverage.Level[] getLevels() {
        return ServiceCoverage.Level.values();
    }

    public String exportLink(String format) {
        return "/api/needs/gaps?assessment=" + assessmentId + (group == null ? "" : "&group=" + group) + "&format=" + format;
    }

    public GapAnalysis.Report getReport() {
        return report;
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public String getGroup() {
        return group;
    }

    public boolean isRefused() {
        return refused;
    }
}
