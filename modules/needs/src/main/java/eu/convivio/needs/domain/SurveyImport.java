package eu.convivio.needs.domain;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.platform.api.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a survey export into the needs it describes, or into the list of what is wrong with it,
 * row by row with line numbers. Nothing here stores anything: the caller commits all needs or none.
 * <p>
 * <b>One row per need</b>: each row is a need; theme, population group, severity and description
 * are required. <b>One row per response</b>: rows are grouped by theme × district × population
 * group, and each group becomes one need:
 * <ul>
 *     <li>severity: the median of the respondents' ratings (1–5), a half rounded up;</li>
 *     <li>people affected: the number of respondents in the group; people in need: those who rated
 *     the need 3 (serious) or higher;</li>
 *     <li>languages: every language respondents named, the most often named first;</li>
 *     <li>description: the distinct texts of the description column, joined (at most 4,000
 *     characters), or "N survey responses" without such a column;</li>
 *     <li>evidence: how many responses and on which lines of the file; source: the file's name.</li>
 * </ul>
 */
public final class SurveyImport {

    /** At most this many data rows in one file. */
    public static final int MAX_ROWS = 50_000;
    /** Ratings at or above this count the respondent as in need. */
    public static final int IN_NEED_FROM = 3;

    private static final Pattern COUNT = Pattern.compile("\\d+|\\d{1,3}([ \u00A0\u202F.,']\\d{3})+");
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[,;/|\\s]+");
    private static final int MAX_SOURCE = 500;
    private static final int MAX_TEXT = 4000;

    /**
     * What the import needs to know of the register: theme codes with the names they go by, and the
     * municipality's districts.
     *
     * @param themes    folded label (code, or name in any language) → theme code
     * @param districts folded label (name or code) → district
     */
    public record Reference(Map<String, String> themes, Map<String, District> districts) {
        public Reference {
            themes = Map.copyOf(themes);
            districts = Map.copyOf(districts);
        }

        /** A district as the import sees it. */
        public record District(UUID id, String code, String name) {
        }
    }

    /**
     * A need the file yields, with the lines it comes from.
     *
     * @param districtName the district's name, or {@code null} for the whole municipality
     */
    public record PlannedNeed(List<Integer> lines, NeedContent content, String districtName) {
        public PlannedNeed {
            lines = List.copyOf(lines);
        }
    }

    /** The needs a file yields, or (when {@code errors} is not empty) why it yields none. */
    public record Plan(int rows, List<PlannedNeed> needs, List<RowError> errors) {
        public Plan {
            needs = List.copyOf(needs);
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private SurveyImport() {
    }

    public static Plan plan(SurveyTable table, ColumnMapping mapping, Reference reference, String fileName) {
        List<RowError> errors = new ArrayList<>();
        for (Problem.FieldError e : mapping.problems(table.headers())) {
            errors.add(new RowError(1, null, e.field().replace("columns.", ""), e.message()));
        }
        if (table.rows().isEmpty()) {
            errors.add(new RowError(0, null, null, "The file has a header but no rows."));
        }
        if (table.rows().size() > MAX_ROWS) {
            errors.add(new RowError(0, null, null, "The file has " + table.rows().size() + " rows; at most " + MAX_ROWS
                    + " can be imported at once."));
        }
        if (!errors.isEmpty()) {
            return new Plan(table.rows().size(), List.of(), errors);
        }
        Map<ImportField, Integer> at = new LinkedHashMap<>();
        mapping.columns().forEach((field, header) -> at.put(field, table.column(header)));
        List<ReadRow> read = new ArrayList<>();
        for (SurveyTable.Row row : table.rows()) {
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            ReadRow r = new ReadRow(row.line(), mapping, at, row.values(), reference, errors,
                    mapping.shape() == SurveyShape.NEED_PER_ROW);
            if (r.ok) {
                read.add(r);
            }
        }
        if (!errors.isEmpty()) {
            return new Plan(table.rows().size(), List.of(), errors);
        }
        List<PlannedNeed> needs = new ArrayList<>();
        if (mapping.shape() == SurveyShape.NEED_PER_ROW) {
            for (ReadRow r : read) {
                NeedContent content = new NeedContent(r.theme, r.district == null ? null : r.district.id(), r.group,
                        r.description, r.severity, r.affected, r.inNeed, r.evidence,
                        r.source != null ? r.source : source(fileName), r.languages, r.actions);
                if (check(content, r.line, mapping, errors)) {
                    needs.add(new PlannedNeed(List.of(r.line), content, r.district == null ? null : r.district.name()));
                }
            }
        } else {
            Map<List<Object>, List<ReadRow>> groups = new LinkedHashMap<>();
            for (ReadRow r : read) {
                groups.computeIfAbsent(Arrays.asList(r.theme, r.district == null ? null : r.district.id(), r.group),
                        k -> new ArrayList<>()).add(r);
            }
            for (List<ReadRow> responses : groups.values()) {
                ReadRow first = responses.get(0);
                NeedContent content = aggregate(responses, mapping, fileName);
                List<Integer> lines = responses.stream().map(r -> r.line).toList();
                if (check(content, first.line, mapping, errors)) {
                    needs.add(new PlannedNeed(lines, content, first.district == null ? null : first.district.name()));
                }
            }
        }
        return errors.isEmpty() ? new Plan(table.rows().size(), needs, List.of())
                : new Plan(table.rows().size(), List.of(), errors);
    }

    /** The median rating, a half rounded up. */
    static int medianSeverity(List<Integer> ratings) {
        List<Integer> sorted = ratings.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        int sum = sorted.get(n / 2 - 1) + sorted.get(n / 2);
        return (sum + 1) / 2;
    }

    private static NeedContent aggregate(List<ReadRow> responses, ColumnMapping mapping, String fileName) {
        ReadRow first = responses.get(0);
        int severity = medianSeverity(responses.stream().map(r -> r.severity).toList());
        int affected = responses.size();
        int inNeed = (int) responses.stream().filter(r -> r.severity >= IN_NEED_FROM).count();
        Map<String, Long> spoken = responses.stream().flatMap(r -> r.languages.stream())
                .collect(Collectors.groupingBy(l -> l, LinkedHashMap::new, Collectors.counting()));
        List<String> languages = spoken.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Set<String> texts = responses.stream().map(r -> r.description).filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        String description = texts.isEmpty() ? affected + (affected == 1 ? " survey response" : " survey responses")
                : truncate(String.join("\n", texts), NeedContent.MAX_DESCRIPTION);
        String evidence = truncate(affected + (affected == 1 ? " survey response, line " : " survey responses, lines ")
                + responses.stream().map(r -> String.valueOf(r.line)).collect(Collectors.joining(", ")), MAX_TEXT);
        String source = responses.stream().map(r -> r.source).filter(Objects::nonNull).findFirst().orElse(source(fileName));
        Set<String> actions = responses.stream().map(r -> r.actions).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new NeedContent(first.theme, first.district == null ? null : first.district.id(), first.group, description,
                severity, affected, inNeed, evidence, source, languages,
                actions.isEmpty() ? null : truncate(String.join("\n", actions), MAX_TEXT));
    }

    private static boolean check(NeedContent content, int line, ColumnMapping mapping, List<RowError> errors) {
        List<Problem.FieldError> problems = content.problems();
        for (Problem.FieldError p : problems) {
            ImportField field = switch (p.field()) {
                case "theme" -> ImportField.THEME;
                case "populationGroup" -> ImportField.POPULATION_GROUP;
                case "severity" -> ImportField.SEVERITY;
                case "peopleAffected" -> ImportField.PEOPLE_AFFECTED;
                case "peopleInNeed" -> ImportField.PEOPLE_IN_NEED;
                case "languages" -> ImportField.LANGUAGES;
                default -> ImportField.DESCRIPTION;
            };
            errors.add(new RowError(line, mapping.column(field), field.code(), p.message()));
        }
        return problems.isEmpty();
    }

    private static String source(String fileName) {
        return fileName == null || fileName.isBlank() ? null : truncate(fileName.strip(), MAX_SOURCE);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** One row's values, read and checked field by field; {@code ok} when nothing was wrong. */
    private static final class ReadRow {
        final int line;
        boolean ok = true;
        String theme;
        Reference.District district;
        PopulationGroup group;
        Integer severity;
        Integer affected;
        Integer inNeed;
        String description;
        List<String> languages = List.of();
        String evidence;
        String source;
        String actions;

        ReadRow(int line, ColumnMapping mapping, Map<ImportField, Integer> at, List<String> values, Reference reference,
                List<RowError> errors, boolean needPerRow) {
            this.line = line;
            Map<ImportField, String> v = new LinkedHashMap<>();
            at.forEach((field, i) -> v.put(field, i < values.size() ? values.get(i).strip() : ""));

            String themeLabel = v.get(ImportField.THEME);
            if (themeLabel.isEmpty()) {
                error(errors, mapping, ImportField.THEME, "The theme is empty.");
            } else {
                String code = mapping.themeValues().getOrDefault(ColumnMapping.fold(themeLabel),
                        reference.themes().get(ColumnMapping.fold(themeLabel)));
                if (code == null || !reference.themes().containsValue(code)) {
                    error(errors, mapping, ImportField.THEME, "\"" + themeLabel
                            + "\" is not a theme: map this label to one of the themes.");
                } else {
                    theme = code;
                }
            }
            String districtLabel = v.getOrDefault(ImportField.DISTRICT, "");
            if (!districtLabel.isEmpty()) {
                String mapped = mapping.districtValues().get(ColumnMapping.fold(districtLabel));
                district = reference.districts().get(ColumnMapping.fold(mapped != null ? mapped : districtLabel));
                if (district == null) {
                    error(errors, mapping, ImportField.DISTRICT, "\"" + districtLabel
                            + "\" is not a district of this municipality (leave it empty for the whole municipality).");
                }
            }
            String groupLabel = v.get(ImportField.POPULATION_GROUP);
            if (groupLabel.isEmpty()) {
                error(errors, mapping, ImportField.POPULATION_GROUP, "The population group is empty.");
            } else {
                String code = mapping.groupValues().getOrDefault(ColumnMapping.fold(groupLabel),
                        ColumnMapping.fold(groupLabel).replace(' ', '-').replace('_', '-'));
                try {
                    group = PopulationGroup.ofCode(code);
                } catch (IllegalArgumentException e) {
                    error(errors, mapping, ImportField.POPULATION_GROUP, "\"" + groupLabel
                            + "\" is not a population group: map this label to one of the groups.");
                }
            }
            String rating = v.get(ImportField.SEVERITY);
            if (rating.isEmpty()) {
                error(errors, mapping, ImportField.SEVERITY, "The severity is empty.");
            } else if (!rating.matches("[1-5]")) {
                error(errors, mapping, ImportField.SEVERITY, "\"" + rating + "\" is not a severity from 1 to 5.");
            } else {
                severity = Integer.parseInt(rating);
            }
            if (needPerRow) {
                affected = count(v, ImportField.PEOPLE_AFFECTED, mapping, errors);
                inNeed = count(v, ImportField.PEOPLE_IN_NEED, mapping, errors);
            }
            description = blankToNull(v.get(ImportField.DESCRIPTION));
            if (needPerRow && description == null) {
                error(errors, mapping, ImportField.DESCRIPTION, "The description is empty.");
            }
            String spoken = v.getOrDefault(ImportField.LANGUAGES, "");
            if (!spoken.isEmpty()) {
                languages = Arrays.stream(LANGUAGE_SEPARATORS.split(spoken)).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
            }
            evidence = blankToNull(v.get(ImportField.EVIDENCE));
            if (evidence != null && evidence.length() > MAX_TEXT) {
                error(errors, mapping, ImportField.EVIDENCE, "At most " + MAX_TEXT + " characters.");
            }
            source = blankToNull(v.get(ImportField.SOURCE));
            if (source != null && source.length() > MAX_SOURCE) {
                error(errors, mapping, ImportField.SOURCE, "At most " + MAX_SOURCE + " characters.");
            }
            actions = blankToNull(v.get(ImportField.RECOMMENDED_ACTIONS));
            if (actions != null && actions.length() > MAX_TEXT) {
                error(errors, mapping, ImportField.RECOMMENDED_ACTIONS, "At most " + MAX_TEXT + " characters.");
            }
        }

        private Integer count(Map<ImportField, String> v, ImportField field, ColumnMapping mapping, List<RowError> errors) {
            String text = v.getOrDefault(field, "");
            if (text.isEmpty()) {
                return null;
            }
            if (!COUNT.matcher(text).matches()) {
                error(errors, mapping, field, "\"" + text + "\" is not a whole number of people.");
                return null;
            }
            try {
                return Integer.parseInt(text.replaceAll("[^0-9]", ""));
            } catch (NumberFormatException e) {
                error(errors, mapping, field, "\"" + text + "\" is too large.");
                return null;
            }
        }

        private void error(List<RowError> errors, ColumnMapping mapping, ImportField field, String message) {
            ok = false;
            errors.add(new RowError(line, mapping.column(field), field.code(), message));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** Orders errors by line, then column, as they are listed to the officer. */
    public static final Comparator<RowError> BY_LINE = Comparator.comparingInt(RowError::line)
            .thenComparing(e -> e.column() == null ? "" : e.column());
}
