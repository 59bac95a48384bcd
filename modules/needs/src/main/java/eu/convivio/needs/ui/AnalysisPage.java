package eu.convivio.needs.ui;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.application.NeedsAnalysis;
import eu.convivio.needs.application.NeedsAnalysis.Figures;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The analysis page of an assessment (GET parameters {@code assessment}, {@code group},
 * {@code from}): heat map of themes × districts, bars by theme, ranking and the change since an
 * earlier round. Charts are server-drawn SVG with the same figures in tables beside them, so that
 * nothing needs a script (the CSP forbids inline ones) and screen readers get the tables.
 */
@Named
@RequestScoped
public class AnalysisPage {

    /** Bars drawn at most (the ranking table lists every need). */
    public static final int BARS = 12;

    @Inject
    private NeedsAnalysis analysis;

    private UUID assessmentId;
    private String group;
    private String from;
    private NeedsAnalysis.Matrix matrix;
    private NeedsAnalysis.Ranking ranking;
    private NeedsAnalysis.Change change;
    private List<NeedsAssessment> rounds = List.of();
    private Problem refused;
    private java.util.Map<UUID, String> boundaries = java.util.Map.of();

    @PostConstruct
    void init() {
        assessmentId = RegisterPages.id(RegisterPages.parameter("assessment"));
        group = blankToNull(RegisterPages.parameter("group"));
        from = blankToNull(RegisterPages.parameter("from"));
    }

    public void load() {
        try {
            PopulationGroup g = group(group);
            matrix = analysis.matrix(assessmentId, g);
            ranking = analysis.ranking(assessmentId, g);
            boundaries = analysis.boundaries(assessmentId);
            rounds = analysis.rounds(assessmentId).stream().filter(a -> !a.getId().equals(assessmentId)).toList();
            UUID earlier = RegisterPages.id(from);
            if (earlier != null) {
                change = analysis.change(earlier, assessmentId, g);
            }
        } catch (Problem p) {
            refused = p;
            RegisterPages.refuse(p);
        }
    }

    private static PopulationGroup group(String code) {
        if (code == null) {
            return null;
        }
        try {
            return PopulationGroup.ofCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One of six heat classes (CSS, no inline style) by the cell's share of the largest weighted cell. */
    public String heat(Figures f) {
        int max = matrix == null ? 0 : matrix.maxWeighted();
        if (f == null || f.needs() == 0 || max == 0) {
            return "heat-0";
        }
        return "heat-" + Math.max(1, (int) Math.ceil(5.0 * f.severityWeighted() / max));
    }

    /** The themes' severity-weighted totals, largest first, as bars: the longest is 100 units. */
    public List<Bar> getThemeBars() {
        if (matrix == null) {
            return List.of();
        }
        List<Bar> bars = matrix.themes().stream().map(t -> new Bar(t, matrix.themeTotal(t).severityWeighted(), 0, 0))
                .sorted((a, b) -> Integer.compare(b.value(), a.value())).limit(BARS).toList();
        int max = bars.stream().mapToInt(Bar::value).max().orElse(1);
        return java.util.stream.IntStream.range(0, bars.size())
                .mapToObj(i -> new Bar(bars.get(i).theme(), bars.get(i).value(), Math.max(1, 100 * bars.get(i).value() / Math.max(1, max)), i * 28))
                .toList();
    }

    /** A bar of the chart: {@code length} of 100, {@code y} its offset in the SVG. */
    public record Bar(String theme, int value, int length, int y) {
    }

    public int getBarsHeight() {
        return Math.max(28, getThemeBars().size() * 28);
    }

    public String exportLink(String view, String format) {
        StringBuilder q = new StringBuilder("/api/needs/");
        q.append("gaps".equals(view) ? "gaps" : "analysis/" + view);
        if ("change".equals(view)) {
            q.append("?from=").append(from).append("&to=").append(assessmentId);
        } else {
            q.append("?assessment=").append(assessmentId);
        }
        if (group != null) {
            q.append("&group=").append(group);
        }
        return q.append("&format=").append(format).toString();
    }

    public String trend(String code) {
        return AnalysisTexts.get("trend." + code.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The district's GeoJSON boundary (for the map), or null. */
    public String boundary(UUID district) {
        return district == null ? null : boundaries.get(district);
    }

    public boolean isMapped() {
        return !boundaries.isEmpty();
    }

    /** Path of the Leaflet WebJar's files under the context root (the version its pom.properties gives). */
    public String getLeafletPath() {
        return "/webjars/leaflet/" + LEAFLET_VERSION + "/dist";
    }

    private static final String LEAFLET_VERSION = leafletVersion();

    private static String leafletVersion() {
        try (java.io.InputStream in = AnalysisPage.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "1.9.4");
        } catch (java.io.IOException e) {
            return "1.9.4";
        }
    }

    public NeedsAnalysis.Matrix getMatrix() {
        return matrix;
    }

    public NeedsAnalysis.Ranking getRanking() {
        return ranking;
    }

    public NeedsAnalysis.Change getChange() {
        return change;
    }

    public List<NeedsAssessment> getRounds() {
        return rounds;
    }

    public NeedsAssessment getAssessment() {
        return matrix == null ? null : matrix.assessment();
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public String getGroup() {
        return group;
    }

    public String getFrom() {
        return from;
    }

    public boolean isRefused() {
        return refused != null;
    }
}
