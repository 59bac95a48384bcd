package eu.convivio.strategy.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Copies the content of one version into a new draft. A revision of the same strategy keeps the
 * lineages (so comparison, comments, links and monitoring follow each piece); a copy into another
 * strategy gives every piece a new lineage, since it starts a history of its own. References
 * between pieces (subsection → section, measure → goal, indicator → goal or measure) are carried
 * over to the new ids.
 */
public final class StrategyContentCopy {

    private final StrategyVersion target;
    private final boolean keepLineage;
    private final Map<UUID, UUID> newIds = new HashMap<>();

    private StrategyContentCopy(StrategyVersion target, boolean keepLineage) {
        this.target = target;
        this.keepLineage = keepLineage;
    }

    /** For a revision of the same strategy. */
    public static StrategyContentCopy revision(StrategyVersion target) {
        return new StrategyContentCopy(target, true);
    }

    /** For a new strategy copied from another one. */
    public static StrategyContentCopy intoNewStrategy(StrategyVersion target) {
        return new StrategyContentCopy(target, false);
    }

    /** The copies of {@code sections}; parents are copied before children whatever the order given. */
    public List<Section> sections(List<Section> sections) {
        sections.forEach(s -> newIds.put(s.getId(), UUID.randomUUID()));
        return sections.stream()
                .map(s -> new Section(newIds.get(s.getId()), target, lineage(s), mapped(s.getParentId()),
                        s.getPosition(), s.getHeading(), s.getBody(), s.getGuidance()))
                .toList();
    }

    public List<Goal> goals(List<Goal> goals) {
        goals.forEach(g -> newIds.put(g.getId(), UUID.randomUUID()));
        return goals.stream()
                .map(g -> new Goal(newIds.get(g.getId()), target, lineage(g), g.getPosition(), g.getTitle(), g.getDescription()))
                .toList();
    }

    /** Measures after goals, so that their goal references map. */
    public List<Measure> measures(List<Measure> measures) {
        measures.forEach(m -> newIds.put(m.getId(), UUID.randomUUID()));
        return measures.stream().map(m -> {
            MeasurePlan p = m.plan();
            // a department belongs to one municipality: a copy into another city's strategy keeps only the name
            UUID department = keepLineage ? p.responsibleDepartmentId() : null;
            MeasurePlan copied = new MeasurePlan(mapped(p.goalId()), p.title(), p.description(), department,
                    p.responsibleBody(), p.partners(), p.startDate(), p.endDate(), p.budget(), p.currency(),
                    p.fundingSource(), p.status(), p.progress());
            return new Measure(newIds.get(m.getId()), target, lineage(m), m.getPosition(), copied);
        }).toList();
    }

    /** Indicators last, so that their goal and measure references map. */
    public List<Indicator> indicators(List<Indicator> indicators) {
        return indicators.stream().map(i -> {
            IndicatorDefinition d = i.definition();
            IndicatorDefinition copied = new IndicatorDefinition(mapped(d.goalId()), mapped(d.measureId()), d.name(),
                    d.unit(), d.baseline(), d.baselineDate(), d.target(), d.targetDate());
            return new Indicator(UUID.randomUUID(), target, lineage(i), i.getPosition(), copied);
        }).toList();
    }

    private UUID lineage(VersionContent piece) {
        return keepLineage ? piece.getLineageId() : UUID.randomUUID();
    }

    private UUID mapped(UUID oldId) {
        return oldId == null ? null : newIds.get(oldId);
    }
}
