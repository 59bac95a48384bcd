package eu.convivio.strategy.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed from one version to another. Pieces are matched by lineage, so a section that was
 * renamed or moved is still the same section; sections are compared word by word, goals, measures
 * and indicators field by field.
 */
public record VersionComparison(StrategyVersion from, StrategyVersion to, List<SectionChange> sections,
                                List<ItemChange> goals, List<ItemChange> measures, List<ItemChange> indicators) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            enumeration = {"added", "removed", "changed", "unchanged"})
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED;

        /** Written in lower case, as every choice of the strategy API. */
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return Codes.code(this);
        }
    }

    /** One section in both versions (or in one of them), its heading and text compared word by word. */
    public record SectionChange(UUID lineageId, Kind kind, String number, int depth, String headingBefore,
                                String headingAfter, List<WordDiff.Run> heading, List<WordDiff.Run> body) {

        public int wordsAdded() {
            return WordDiff.words(body, WordDiff.Change.ADDED) + WordDiff.words(heading, WordDiff.Change.ADDED);
        }

        public int wordsRemoved() {
            return WordDiff.words(body, WordDiff.Change.REMOVED) + WordDiff.words(heading, WordDiff.Change.REMOVED);
        }
    }

    /** One changed field of a goal, measure or indicator. */
    public record FieldChange(String field, String before, String after) {
    }

    /** A goal, measure or indicator in both versions or one of them, with the fields that differ. */
    public record ItemChange(UUID lineageId, Kind kind, String label, List<FieldChange> fields) {
    }

    public static VersionComparison of(VersionContents a, VersionContents b) {
        return new VersionComparison(a.version(), b.version(), sections(a, b),
                items(a.goals(), b.goals(), Goal::getTitle, g -> goalFields(g)),
                items(a.measures(), b.measures(), Measure::getTitle, m -> measureFields(m, a, b)),
                items(a.indicators(), b.indicators(), Indicator::getName, i -> indicatorFields(i, a, b)));
    }

    /** Whether anything differs. */
    public boolean anyChange() {
        return sections.stream().anyMatch(s -> s.kind() != Kind.UNCHANGED)
                || List.of(goals, measures, indicators).stream().flatMap(List::stream).anyMatch(i -> i.kind() != Kind.UNCHANGED);
    }

    private static List<SectionChange> sections(VersionContents a, VersionContents b) {
        Map<UUID, VersionContents.OutlineEntry> before = new LinkedHashMap<>();
        a.outline().forEach(e -> before.put(e.section().getLineageId(), e));
        List<SectionChange> out = new ArrayList<>();
        // in the order of the newer version, with removed sections after those of their old neighbours
        for (VersionContents.OutlineEntry e : b.outline()) {
            Section now = e.section();
            VersionContents.OutlineEntry old = before.remove(now.getLineageId());
            if (old == null) {
                out.add(new SectionChange(now.getLineageId(), Kind.ADDED, e.number(), e.depth(), null, now.getHeading(),
                        WordDiff.between("", now.getHeading()), WordDiff.between("", now.getBody())));
            } else {
                var heading = WordDiff.between(old.section().getHeading(), now.getHeading());
                var body = WordDiff.between(old.section().getBody(), now.getBody());
                Kind kind = WordDiff.changed(heading) || WordDiff.changed(body) ? Kind.CHANGED : Kind.UNCHANGED;
                out.add(new SectionChange(now.getLineageId(), kind, e.number(), e.depth(), old.section().getHeading(),
                        now.getHeading(), heading, body));
            }
        }
        for (VersionContents.OutlineEntry old : before.values()) {
            Section s = old.section();
            out.add(new SectionChange(s.getLineageId(), Kind.REMOVED, old.number(), old.depth(), s.getHeading(), null,
                    WordDiff.between(s.getHeading(), ""), WordDiff.between(s.getBody(), "")));
        }
        return out;
    }

    private static <T extends VersionContent> List<ItemChange> items(List<T> a, List<T> b, Function<T, String> label,
                                                                     Function<T, Map<String, String>> fields) {
        Map<UUID, T> before = new LinkedHashMap<>();
        a.forEach(x -> before.put(x.getLineageId(), x));
        List<ItemChange> out = new ArrayList<>();
        for (T now : b) {
            T old = before.remove(now.getLineageId());
            if (old == null) {
                out.add(new ItemChange(now.getLineageId(), Kind.ADDED, label.apply(now), List.of()));
                continue;
            }
            Map<String, String> was = fields.apply(old);
            Map<String, String> is = fields.apply(now);
            List<FieldChange> changed = new ArrayList<>();
            is.forEach((field, value) -> {
                if (!Objects.equals(was.get(field), value)) {
                    changed.add(new FieldChange(field, was.get(field), value));
                }
            });
            out.add(new ItemChange(now.getLineageId(), changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, label.apply(now), changed));
        }
        before.values().forEach(old -> out.add(new ItemChange(old.getLineageId(), Kind.REMOVED, label.apply(old), List.of())));
        return out;
    }

    private static Map<String, String> goalFields(Goal g) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", g.getTitle());
        f.put("description", g.getDescription());
        return f;
    }

    private static Map<String, String> measureFields(Measure m, VersionContents a, VersionContents b) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.getTitle());
        f.put("description", m.getDescription());
        f.put("goal", goalTitle(m.getGoalId(), a, b));
        f.put("responsibleBody", m.getResponsibleBody());
        f.put("responsibleDepartmentId", text(m.getResponsibleDepartmentId()));
        f.put("partners", m.getPartners());
        f.put("startDate", text(m.getStartDate()));
        f.put("endDate", text(m.getEndDate()));
        f.put("budget", m.getBudget() == null ? null : m.getBudget().toPlainString() + " " + m.getCurrency());
        f.put("fundingSource", text(m.getFundingSource()));
        f.put("status", text(m.getStatus()));
        f.put("progress", m.getProgress() + " %");
        return f;
    }

    private static Map<String, String> indicatorFields(Indicator i, VersionContents a, VersionContents b) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", i.getName());
        f.put("unit", i.getUnit());
        f.put("goal", goalTitle(i.getGoalId(), a, b));
        f.put("measure", measureTitle(i.getMeasureId(), a, b));
        f.put("baseline", i.getBaseline() == null ? null : i.getBaseline().stripTrailingZeros().toPlainString() + " (" + i.getBaselineDate() + ")");
        f.put("target", i.getTarget() == null ? null : i.getTarget().stripTrailingZeros().toPlainString() + " (" + i.getTargetDate() + ")");
        return f;
    }

    /** A reference to a goal compared by what it names, since ids differ between versions. */
    private static String goalTitle(UUID goalId, VersionContents a, VersionContents b) {
        if (goalId == null) {
            return null;
        }
        Goal g = a.goal(goalId) != null ? a.goal(goalId) : b.goal(goalId);
        return g == null ? null : g.getTitle();
    }

    private static String measureTitle(UUID measureId, VersionContents a, VersionContents b) {
        if (measureId == null) {
            return null;
        }
        Measure m = a.measure(measureId) != null ? a.measure(measureId) : b.measure(measureId);
        return m == null ? null : m.getTitle();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> choice ? Codes.code(choice) : value.toString();
    }
}
