package eu.convivio.needs.application;

import eu.convivio.catalogue.api.ServiceCoverage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every analysis view as one flat table, the form both exports take: CSV (a header line, then
 * one line per row) and JSON ({@code columns} and {@code rows} as objects keyed by column).
 */
public record AnalysisTable(String view, List<String> columns, List<List<Object>> rows) {

    public AnalysisTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static AnalysisTable of(NeedsAnalysis.Matrix m) {
        List<List<Object>> rows = new ArrayList<>();
        for (String theme : m.themes()) {
            for (NeedsAnalysis.DistrictColumn d : m.districts()) {
                NeedsAnalysis.Figures f = m.cell(theme, d.id());
                if (f.needs() > 0) {
                    rows.add(List.of(theme, d.code() == null ? "" : d.code(), d.name() == null ? "" : d.name(), f.needs(),
                            f.severityWeighted(), f.maxSeverity(), f.peopleInNeed()));
                }
            }
        }
        return new AnalysisTable("matrix", List.of("theme", "district_code", "district", "needs", "severity_weighted",
                "max_severity", "people_in_need"), rows);
    }

    public static AnalysisTable of(NeedsAnalysis.Ranking r) {
        return new AnalysisTable("ranking", List.of("rank", "need_id", "theme", "district", "population_group", "severity",
                "people_in_need", "people_affected", "status", "description"),
                r.needs().stream().map(n -> List.<Object>of(n.rank(), n.needId(), n.theme(), blank(n.district()),
                        n.group().code(), n.severity(), blank(n.peopleInNeed()), blank(n.peopleAffected()), n.status(),
                        n.description())).toList());
    }

    public static AnalysisTable of(NeedsAnalysis.Change c) {
        return new AnalysisTable("change", List.of("theme", "district", "needs_before", "needs_after", "severity_weighted_before",
                "severity_weighted_after", "people_in_need_before", "people_in_need_after", "trend"),
                c.rows().stream().map(r -> List.<Object>of(r.theme(), blank(r.district()), r.before().needs(), r.after().needs(),
                        r.before().severityWeighted(), r.after().severityWeighted(), r.before().peopleInNeed(),
                        r.after().peopleInNeed(), r.trend())).toList());
    }

    public static AnalysisTable of(GapAnalysis.Report g) {
        return new AnalysisTable("gaps", List.of("need_id", "theme", "district", "population_group", "severity",
                "people_in_need", "pressing", "coverage", "candidate_services", "fully_matching_services", "services"),
                g.needs().stream().map(n -> List.<Object>of(n.needId(), n.theme(), blank(n.district()), n.group().code(),
                        n.severity(), blank(n.peopleInNeed()), n.pressing(), n.level().code(), n.candidates(), n.fullMatches(),
                        n.services().stream().map(ServiceCoverage.CoveringService::name).collect(Collectors.joining("; "))))
                        .toList());
    }

    public String csv() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows as objects keyed by column (for JSON). */
    public List<Map<String, Object>> records() {
        return rows.stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                m.put(columns.get(i), "".equals(v) ? null : v);
            }
            return m;
        }).toList();
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }
}
