package eu.convivio.strategy.web;

import eu.convivio.strategy.domain.FundingSource;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyStatus;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionComparison;
import eu.convivio.strategy.domain.VersionContents;
import eu.convivio.strategy.domain.VersionKind;
import eu.convivio.strategy.infrastructure.MarkdownText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the strategy API answers: plain records, never entities. */
public final class StrategyViews {

    private StrategyViews() {
    }

    public record Origin(UUID strategyId, UUID versionId, String template) {
    }

    public record StrategyView(UUID id, UUID municipalityId, String municipality, String title, String language,
                               LocalDate periodFrom, LocalDate periodTo, StrategyStatus status,
                               LocalDate consultationStart, LocalDate consultationEnd, boolean allowsPublicComments,
                               Origin origin, long version, List<VersionSummary> versions) {

        static StrategyView of(Strategy s, String municipality, List<StrategyVersion> versions) {
            Origin origin = s.getOriginTemplate() == null && s.getOriginVersionId() == null ? null
                    : new Origin(s.getOriginStrategyId(), s.getOriginVersionId(), s.getOriginTemplate());
            return new StrategyView(s.getId(), s.getMunicipalityId(), municipality, s.getTitle(), s.getLanguage(),
                    s.getPeriodFrom(), s.getPeriodTo(), s.getStatus(), s.getConsultationStart(), s.getConsultationEnd(),
                    s.isAllowsPublicComments(), origin, s.getVersion(), versions.stream().map(VersionSummary::of).toList());
        }
    }

    public record VersionSummary(UUID id, UUID strategyId, int number, VersionKind kind, UUID basedOnVersionId,
                                 LocalDate adoptedAt, String adoptingBody, String decisionReference, long version) {

        static VersionSummary of(StrategyVersion v) {
            return new VersionSummary(v.getId(), v.getStrategy().getId(), v.getNumber(), v.getKind(), v.getBasedOnVersionId(),
                    v.getAdoptedAt(), v.getAdoptingBody(), v.getDecisionReference(), v.getVersion());
        }
    }

    public record SectionView(UUID id, UUID lineageId, UUID parentId, int position, String number, int depth,
                              String heading, String body, String html, String guidance, long version) {

        static SectionView of(Section s, String number, int depth) {
            return new SectionView(s.getId(), s.getLineageId(), s.getParentId(), s.getPosition(), number, depth,
                    s.getHeading(), s.getBody(), MarkdownText.html(s.getBody()), s.getGuidance(), s.getVersion());
        }
    }

    public record GoalView(UUID id, UUID lineageId, int position, String title, String description, long version) {
        static GoalView of(Goal g) {
            return new GoalView(g.getId(), g.getLineageId(), g.getPosition(), g.getTitle(), g.getDescription(), g.getVersion());
        }
    }

    public record MeasureView(UUID id, UUID lineageId, int position, UUID goalId, String title, String description,
                              UUID responsibleDepartmentId, String responsibleBody, String partners,
                              LocalDate startDate, LocalDate endDate, BigDecimal budget, String currency,
                              FundingSource fundingSource, MeasureStatus status, int progress, long version) {
        static MeasureView of(Measure m) {
            return new MeasureView(m.getId(), m.getLineageId(), m.getPosition(), m.getGoalId(), m.getTitle(), m.getDescription(),
                    m.getResponsibleDepartmentId(), m.getResponsibleBody(), m.getPartners(), m.getStartDate(), m.getEndDate(),
                    m.getBudget(), m.getCurrency(), m.getFundingSource(), m.getStatus(), m.getProgress(), m.getVersion());
        }
    }

    public record IndicatorView(UUID id, UUID lineageId, int position, UUID goalId, UUID measureId, String name, String unit,
                                BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate,
                                long version) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.getId(), i.getLineageId(), i.getPosition(), i.getGoalId(), i.getMeasureId(), i.getName(),
                    i.getUnit(), i.getBaseline(), i.getBaselineDate(), i.getTarget(), i.getTargetDate(), i.getVersion());
        }
    }

    /** A version with all it says. */
    public record VersionView(VersionSummary version, List<SectionView> sections, List<GoalView> goals,
                              List<MeasureView> measures, List<IndicatorView> indicators) {
        static VersionView of(VersionContents c) {
            return new VersionView(VersionSummary.of(c.version()),
                    c.outline().stream().map(e -> SectionView.of(e.section(), e.number(), e.depth())).toList(),
                    c.goals().stream().map(GoalView::of).toList(),
                    c.measures().stream().map(MeasureView::of).toList(),
                    c.indicators().stream().map(IndicatorView::of).toList());
        }
    }

    /** The whole strategy: its description and every version the reader may see. */
    public record StrategyExport(String format, StrategyView strategy, List<VersionView> versions) {
    }

    public record ComparisonView(VersionSummary from, VersionSummary to,
                                 List<VersionComparison.SectionChange> sections, List<VersionComparison.ItemChange> goals,
                                 List<VersionComparison.ItemChange> measures, List<VersionComparison.ItemChange> indicators) {
        static ComparisonView of(VersionComparison c) {
            return new ComparisonView(VersionSummary.of(c.from()), VersionSummary.of(c.to()), c.sections(), c.goals(),
                    c.measures(), c.indicators());
        }
    }

    public record TemplateView(String code, String name, String source, List<String> sections) {
    }
}
