package eu.convivio.needs.application;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The analysis views of an assessment's needs, for the municipality's readers only (another
 * municipality's assessment does not exist for them): the theme × district matrix, the ranking,
 * and the change between two rounds. Each can be narrowed to one population group.
 * <p>
 * <b>Severity-weighted</b> means the sum of the needs' severities (a cell with a critical need
 * and a minor one weighs 5 + 1 = 6); <b>people in need</b> sums the estimates that were given.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NeedsAnalysis {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Assessments assessments;

    /** What the cells of a view add up. */
    public record Figures(int needs, int severityWeighted, int maxSeverity, long peopleInNeed) {
        static final Figures NONE = new Figures(0, 0, 0, 0);

        static Figures of(List<Need> needs) {
            return new Figures(needs.size(), needs.stream().mapToInt(Need::getSeverity).sum(),
                    needs.stream().mapToInt(Need::getSeverity).max().orElse(0),
                    needs.stream().map(Need::getPeopleInNeed).filter(Objects::nonNull).mapToLong(Integer::longValue).sum());
        }
    }

    /** A district of the matrix; {@code id} null: the whole municipality. */
    public record DistrictColumn(UUID id, String code, String name) {
    }

    public record Cell(String theme, UUID districtId, Figures figures) {
    }

    /** Rows are themes with needs, columns the municipality's districts and the whole municipality. */
    public record Matrix(NeedsAssessment assessment, PopulationGroup group, List<String> themes,
                         List<DistrictColumn> districts, List<Cell> cells, Figures total) {

        public Figures cell(String theme, UUID district) {
            return cells.stream().filter(c -> c.theme().equals(theme) && Objects.equals(c.districtId(), district))
                    .map(Cell::figures).findFirst().orElse(Figures.NONE);
        }

        public Figures themeTotal(String theme) {
            return sum(cells.stream().filter(c -> c.theme().equals(theme)).map(Cell::figures).toList());
        }

        public Figures districtTotal(UUID district) {
            return sum(cells.stream().filter(c -> Objects.equals(c.districtId(), district)).map(Cell::figures).toList());
        }

        /** The largest severity-weighted cell: the heat map's scale. */
        public int maxWeighted() {
            return cells.stream().mapToInt(c -> c.figures().severityWeighted()).max().orElse(0);
        }
    }

    /** One ranked need. */
    public record Ranked(int rank, UUID needId, String theme, String district, PopulationGroup group, int severity,
                         Integer peopleInNeed, Integer peopleAffected, String description, String status) {
    }

    public record Ranking(NeedsAssessment assessment, PopulationGroup group, List<Ranked> needs) {
    }

    /** A theme and district in two rounds. */
    public record ChangeRow(String theme, String district, Figures before, Figures after) {
        public String trend() {
            if (before.needs() == 0) {
                return "new";
            }
            if (after.needs() == 0) {
                return "gone";
            }
            int d = Integer.compare(after.severityWeighted(), before.severityWeighted());
            return d > 0 ? "worse" : d < 0 ? "better" : "same";
        }
    }

    public record Change(NeedsAssessment from, NeedsAssessment to, PopulationGroup group, List<ChangeRow> rows,
                         Figures before, Figures after) {
    }

    public Matrix matrix(UUID assessmentId, PopulationGroup group) {
        NeedsAssessment a = assessments.assessment(assessmentId);
        List<Need> needs = needs(a, group);
        List<DistrictColumn> districts = new ArrayList<>();
        districts(a).forEach(d -> districts.add(new DistrictColumn(d.getId(), d.getCode(), d.getName())));
        districts.add(new DistrictColumn(null, null, null));
        Map<List<Object>, List<Need>> byCell = needs.stream().collect(Collectors.groupingBy(
                n -> java.util.Arrays.asList(n.getTheme(), n.getDistrictId()), LinkedHashMap::new, Collectors.toList()));
        List<Cell> cells = byCell.entrySet().stream()
                .map(e -> new Cell((String) e.getKey().get(0), (UUID) e.getKey().get(1), Figures.of(e.getValue())))
                .sorted(Comparator.comparing(Cell::theme)).toList();
        List<String> themes = new ArrayList<>(new TreeSet<>(needs.stream().map(Need::getTheme).toList()));
        return new Matrix(a, group, themes, districts, cells, Figures.of(needs));
    }

    /** Most severe first, then most people in need (unknown last), then theme. */
    public Ranking ranking(UUID assessmentId, PopulationGroup group) {
        NeedsAssessment a = assessments.assessment(assessmentId);
        Map<UUID, String> names = districtNames(a);
        List<Need> sorted = needs(a, group).stream().sorted(Comparator.comparing(Need::getSeverity).reversed()
                .thenComparing(Need::getPeopleInNeed, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Need::getTheme).thenComparing(Need::getId)).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Need n = sorted.get(i);
            ranked.add(new Ranked(i + 1, n.getId(), n.getTheme(), names.get(n.getDistrictId()), n.getPopulationGroup(),
                    n.getSeverity(), n.getPeopleInNeed(), n.getPeopleAffected(), n.getDescription(), n.getStatus().code()));
        }
        return new Ranking(a, group, ranked);
    }

    /**
     * Two rounds of the same municipality compared by theme and district (by district name, so
     * that rounds keep comparing when a district is renamed only if its name stays).
     */
    public Change change(UUID fromId, UUID toId, PopulationGroup group) {
        NeedsAssessment from = assessments.assessment(fromId);
        NeedsAssessment to = assessments.assessment(toId);
        if (!from.getMunicipalityId().equals(to.getMunicipalityId())) {
            throw new Problem.Invalid("to", "Compare two assessments of the same municipality.");
        }
        if (from.getId().equals(to.getId())) {
            throw new Problem.Invalid("to", "Choose a different assessment to compare with.");
        }
        Map<UUID, String> names = districtNames(from);
        Function<Need, List<String>> key = n -> java.util.Arrays.asList(n.getTheme(), names.get(n.getDistrictId()));
        Map<List<String>, List<Need>> before = needs(from, group).stream().collect(Collectors.groupingBy(key));
        Map<List<String>, List<Need>> after = needs(to, group).stream().collect(Collectors.groupingBy(key));
        TreeSet<List<String>> keys = new TreeSet<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1), Comparator.nullsLast(Comparator.naturalOrder())));
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        List<ChangeRow> rows = keys.stream().map(k -> new ChangeRow(k.get(0), k.get(1),
                Figures.of(before.getOrDefault(k, List.of())), Figures.of(after.getOrDefault(k, List.of())))).toList();
        return new Change(from, to, group, rows, Figures.of(before.values().stream().flatMap(List::stream).toList()),
                Figures.of(after.values().stream().flatMap(List::stream).toList()));
    }

    /** The GeoJSON boundaries of the assessment's municipality's districts that have one. */
    public Map<UUID, String> boundaries(UUID assessmentId) {
        NeedsAssessment a = assessments.assessment(assessmentId);
        Map<UUID, String> shapes = new LinkedHashMap<>();
        districts(a).stream().filter(d -> d.getBoundary() != null).forEach(d -> shapes.put(d.getId(), d.getBoundary()));
        return shapes;
    }

    /** The municipality's other assessments, newest first (the rounds a change can compare with). */
    public List<NeedsAssessment> rounds(UUID assessmentId) {
        NeedsAssessment a = assessments.assessment(assessmentId);
        return em.createQuery("SELECT a FROM NeedsAssessment a WHERE a.municipalityId = :m ORDER BY a.periodStart DESC, a.title",
                NeedsAssessment.class).setParameter("m", a.getMunicipalityId()).getResultList();
    }

    /** The assessment's needs (closed ones too: they were found), optionally of one group. */
    List<Need> needs(NeedsAssessment a, PopulationGroup group) {
        var q = em.createQuery("SELECT n FROM Need n WHERE n.assessmentId = :a"
                + (group == null ? "" : " AND n.populationGroup = :g") + " ORDER BY n.theme, n.id", Need.class)
                .setParameter("a", a.getId());
        if (group != null) {
            q.setParameter("g", group.code());
        }
        return q.getResultList();
    }

    List<District> districts(NeedsAssessment a) {
        return em.createQuery("SELECT d FROM District d WHERE d.municipalityId = :m ORDER BY d.name", District.class)
                .setParameter("m", a.getMunicipalityId()).getResultList();
    }

    Map<UUID, String> districtNames(NeedsAssessment a) {
        Map<UUID, String> names = new LinkedHashMap<>();
        districts(a).forEach(d -> names.put(d.getId(), d.getName()));
        return names;
    }

    static Figures sum(List<Figures> figures) {
        return new Figures(figures.stream().mapToInt(Figures::needs).sum(),
                figures.stream().mapToInt(Figures::severityWeighted).sum(),
                figures.stream().mapToInt(Figures::maxSeverity).max().orElse(0),
                figures.stream().mapToLong(Figures::peopleInNeed).sum());
    }
}
