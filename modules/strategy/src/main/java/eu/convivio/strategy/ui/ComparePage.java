package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionComparison;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Two versions of a strategy side by side: what was added, removed and changed. Printable. */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    private StrategyReading reading;

    private Strategy strategy;
    private VersionComparison comparison;
    private List<StrategyVersion> versions;

    public void load() {
        try {
            strategy = reading.strategy(StrategyFeedback.uuid(StrategyFeedback.param("id")));
            versions = reading.versions(strategy);
            var from = StrategyFeedback.uuid(StrategyFeedback.param("from"));
            var to = StrategyFeedback.uuid(StrategyFeedback.param("to"));
            if (from == null || to == null) {
                StrategyFeedback.sendError(404);
                return;
            }
            comparison = reading.compare(from, to);
            if (!comparison.from().getStrategy().getId().equals(strategy.getId())) {
                StrategyFeedback.sendError(404);
            }
        } catch (Problem.NotFound | Problem.Invalid e) {
            StrategyFeedback.sendError(404);
        }
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public VersionComparison getComparison() {
        return comparison;
    }

    public List<StrategyVersion> getVersions() {
        return versions;
    }

    public String versionLabel(StrategyVersion v) {
        return v.isAdopted()
                ? StrategyFeedback.text("version.adopted", v.getNumber(), v.getAdoptedAt().toString())
                : StrategyFeedback.text("version.draft", v.getNumber());
    }

    public String kind(VersionComparison.Kind kind) {
        return StrategyFeedback.text("compare.kind." + kind.name());
    }

    public String field(String name) {
        return StrategyFeedback.text("field." + name);
    }

    public long count(List<?> changes, String kind) {
        return changes.stream().filter(c -> c instanceof VersionComparison.ItemChange i ? i.kind().name().equals(kind)
                : ((VersionComparison.SectionChange) c).kind().name().equals(kind)).count();
    }
}
