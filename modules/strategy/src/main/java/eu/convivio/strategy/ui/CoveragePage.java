package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.CoverageReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;

/** The coverage report of a strategy, for members of its municipality. */
@Named
@RequestScoped
public class CoveragePage {

    @Inject
    private CoverageReport coverage;

    private UUID id;
    private CoverageReport.Report report;

    @PostConstruct
    void readId() {
        id = ConsultationFeedback.parameter("id");
    }

    public void load() {
        try {
            report = coverage.report(id, ConsultationFeedback.language());
        } catch (Problem p) {
            ConsultationFeedback.refuse(p, "/strategy/coverage.xhtml?id=" + id);
        }
    }

    public String courses(CoverageReport.TrainingGap gap) {
        return String.join(", ", gap.coursesNotCompleted());
    }

    public UUID getId() {
        return id;
    }

    public CoverageReport.Report getReport() {
        return report;
    }
}
