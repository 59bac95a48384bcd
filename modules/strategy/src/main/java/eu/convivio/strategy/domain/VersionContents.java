package eu.convivio.strategy.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A version with everything it says, each list in its order. */
public record VersionContents(StrategyVersion version, List<Section> sections, List<Goal> goals,
                              List<Measure> measures, List<Indicator> indicators) {

    /** A section with its depth in the tree (0 for a top-level section), in reading order. */
    public record OutlineEntry(Section section, int depth, String number) {
    }

    /**
     * The sections in reading order: each top-level section followed by its subsections (depth
     * first), numbered 1, 1.1, 1.2, 2 ... A section whose parent is missing counts as top-level.
     */
    public List<OutlineEntry> outline() {
        Map<UUID, List<Section>> children = new LinkedHashMap<>();
        List<Section> sorted = sections.stream()
                .sorted(Comparator.comparingInt(Section::getPosition).thenComparing(Section::getHeading))
                .toList();
        var ids = sorted.stream().map(Section::getId).toList();
        for (Section s : sorted) {
            UUID parent = s.getParentId() != null && ids.contains(s.getParentId()) ? s.getParentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(s);
        }
        List<OutlineEntry> out = new ArrayList<>();
        walk(children, null, 0, "", out);
        return out;
    }

    private static void walk(Map<UUID, List<Section>> children, UUID parent, int depth, String prefix, List<OutlineEntry> out) {
        int n = 0;
        for (Section s : children.getOrDefault(parent, List.of())) {
            String number = prefix + (++n);
            out.add(new OutlineEntry(s, depth, number));
            walk(children, s.getId(), depth + 1, number + ".", out);
        }
    }

    public Goal goal(UUID id) {
        return goals.stream().filter(g -> g.getId().equals(id)).findFirst().orElse(null);
    }

    public Measure measure(UUID id) {
        return measures.stream().filter(m -> m.getId().equals(id)).findFirst().orElse(null);
    }

    /** The measures serving a goal (null: those serving no goal). */
    public List<Measure> measuresOf(UUID goalId) {
        return measures.stream().filter(m -> Objects.equals(m.getGoalId(), goalId)).toList();
    }
}
