package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyTemplate;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContents;
import eu.convivio.strategy.infrastructure.MarkdownText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One version of a strategy as a page: adopted versions for everyone, drafts for the
 * municipality's council, officers and administrators. Without a version named, the latest
 * adopted one (or, for those who may read it, the open draft of a strategy not yet adopted).
 */
@Named
@RequestScoped
public class StrategyViewPage {

    @Inject
    private StrategyReading reading;

    private Strategy strategy;
    private StrategyVersion version;
    private VersionContents contents;
    private List<StrategyVersion> versions;
    private String originText;
    private UUID originStrategyId;

    /** Loads the page; a strategy or version the reader may not see answers 404. */
    public void load() {
        try {
            strategy = reading.strategy(StrategyFeedback.uuid(StrategyFeedback.param("id")));
            UUID versionId = StrategyFeedback.uuid(StrategyFeedback.param("version"));
            if (versionId != null) {
                version = reading.version(versionId);
                if (!version.getStrategy().getId().equals(strategy.getId())) {
                    throw new Problem.NotFound("No such version.");
                }
            } else {
                version = reading.latestAdopted(strategy).or(() -> reading.openDraft(strategy)).orElseThrow(
                        () -> new Problem.NotFound("No version."));
            }
        } catch (Problem.NotFound e) {
            StrategyFeedback.sendError(404);
            return;
        }
        contents = reading.contents(version);
        versions = reading.versions(strategy);
        if (strategy.getOriginVersionId() != null) {
            originStrategyId = strategy.getOriginStrategyId();
            try {
                StrategyVersion origin = reading.version(strategy.getOriginVersionId());
                originText = StrategyFeedback.text("origin.copy", origin.getStrategy().getTitle(),
                        reading.municipalityName(origin.getStrategy().getMunicipalityId()), origin.getNumber());
            } catch (Problem.NotFound e) {
                originText = null;
            }
        } else if (strategy.getOriginTemplate() != null) {
            originText = StrategyTemplate.byCode(strategy.getOriginTemplate())
                    .map(t -> StrategyFeedback.text("origin.template", StrategyFeedback.text("template." + t.code()))).orElse(null);
        }
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public StrategyVersion getVersion() {
        return version;
    }

    public VersionContents getContents() {
        return contents;
    }

    public List<StrategyVersion> getVersions() {
        return versions;
    }

    public String getMunicipality() {
        return reading.municipalityName(strategy.getMunicipalityId());
    }

    public String getOriginText() {
        return originText;
    }

    public UUID getOriginStrategyId() {
        return originStrategyId;
    }

    public boolean isWriter() {
        return reading.mayWrite(strategy);
    }

    /** Whether the user may start strategies somewhere (and so copy this one). */
    public boolean isCreator() {
        return !reading.writableMunicipalities().isEmpty();
    }

    public boolean isDraftReader() {
        return reading.mayReadDrafts(strategy);
    }

    /** The version to compare the shown one with by default: the one before it, else the newest other. */
    public UUID getCompareWith() {
        StrategyVersion other = null;
        for (StrategyVersion v : versions) {
            if (v.getNumber() < version.getNumber()) {
                other = v;
            }
        }
        if (other == null) {
            other = versions.stream().filter(v -> !v.getId().equals(version.getId())).reduce((a, b) -> b).orElse(null);
        }
        return other == null ? null : other.getId();
    }

    public String html(String markdown) {
        return MarkdownText.html(markdown);
    }

    public String statusText() {
        return StrategyFeedback.text("status." + strategy.getStatus().name());
    }

    public String versionLabel(StrategyVersion v) {
        return v.isAdopted()
                ? StrategyFeedback.text("version.adopted", v.getNumber(), v.getAdoptedAt().toString())
                : StrategyFeedback.text("version.draft", v.getNumber());
    }

    public String goalTitle(UUID goalId) {
        Goal g = goalId == null ? null : contents.goal(goalId);
        return g == null ? "" : g.getTitle();
    }

    public String measureTitle(UUID measureId) {
        Measure m = measureId == null ? null : contents.measure(measureId);
        return m == null ? "" : m.getTitle();
    }

    public String funding(Measure m) {
        return m.getFundingSource() == null ? "" : StrategyFeedback.text("funding." + m.getFundingSource().name());
    }

    public String measureStatus(Measure m) {
        return StrategyFeedback.text("measureStatus." + m.getStatus().name());
    }

    public String amount(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
