package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.ServiceCoverage.Coverage;
import eu.convivio.catalogue.api.ServiceCoverage.CoveringService;
import eu.convivio.catalogue.api.ServiceCoverage.Criterion;
import eu.convivio.catalogue.api.ServiceCoverage.NeedCriteria;

import org.postgresql.PGStatement;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The gap analysis's side in the catalogue: all needs in one statement over
 * {@code catalogue.searchable_service} (V9). The needs arrive as parallel arrays, unnested into a
 * set; the candidates are looked up once per distinct municipality and theme (an assessment's needs
 * share a few of them, so 1,000 needs cost a few dozen index look-ups, not 1,000) in the index of
 * municipality-theme pairs that V15 adds ({@code catalogue.area_themes}: the separate municipality
 * and theme indexes would intersect a theme's 15,000 rows with a municipality's 700 for every pair),
 * then each need is judged against its pair's candidates in one hash join.
 * <p>
 * Only the original-language row of a service counts (every active service has exactly one); the
 * reader's row, when there is one, gives the name shown.
 */
public class CoverageQueries {

    private static final String SQL = """
            WITH need AS (
                SELECT n.ord, n.municipality, n.theme,
                       string_to_array(nullif(n.statuses, ''), ',') AS statuses,
                       n.min_age, n.max_age, n.gender,
                       string_to_array(nullif(n.languages, ''), ',') AS languages
                FROM unnest(?::int[], ?::uuid[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[])
                     AS n(ord, municipality, theme, statuses, min_age, max_age, gender, languages)),
            area_theme AS (
                SELECT municipality, theme, bool_or(gender IS NOT NULL) AS gendered FROM need GROUP BY municipality, theme),
            candidate AS MATERIALIZED (
                SELECT a.municipality, a.theme, s.service_id, s.statuses, s.minimum_age, s.maximum_age, s.languages,
                       -- genders the service is restricted to (null: none), read only where a need asks
                       CASE WHEN a.gendered THEN (SELECT array_agg(e.gender) FROM catalogue.service_eligibility e
                                                  WHERE e.service_id = s.service_id AND e.gender IS NOT NULL) END AS genders,
                       row_number() OVER (PARTITION BY a.municipality, a.theme ORDER BY s.name, s.service_id) AS position
                FROM area_theme a
                CROSS JOIN LATERAL (
                    SELECT * FROM catalogue.searchable_service s
                    WHERE s.original
                      AND catalogue.area_themes(s.municipalities, s.themes) @> ARRAY[a.municipality::text || ' ' || a.theme]) s),
            judged AS MATERIALIZED (
                SELECT n.ord, c.service_id, c.position,
                       (cardinality(c.statuses) = 0 OR n.statuses IS NULL OR c.statuses && n.statuses)
                       AND (c.minimum_age IS NULL OR n.max_age IS NULL OR c.minimum_age <= n.max_age)
                       AND (c.maximum_age IS NULL OR n.min_age IS NULL OR c.maximum_age >= n.min_age)
                       AND (n.gender IS NULL OR c.genders IS NULL OR n.gender = ANY (c.genders)) AS eligible,
                       (n.languages IS NULL OR c.languages && n.languages) AS speaks
                FROM need n JOIN candidate c ON c.municipality = n.municipality AND c.theme = n.theme),
            ranked AS (
                SELECT ord, service_id, eligible, speaks,
                       count(*) OVER (PARTITION BY ord) AS candidates,
                       count(*) FILTER (WHERE eligible AND speaks) OVER (PARTITION BY ord) AS full_matches,
                       row_number() OVER (PARTITION BY ord
                           ORDER BY eligible::int + speaks::int DESC, eligible DESC, position) AS rank
                FROM judged)
            SELECT b.ord, b.candidates, b.full_matches, b.service_id, coalesce(t.name, o.name),
                   coalesce(t.text_language, o.text_language), o.organization_name, b.eligible, b.speaks
            FROM ranked b
            JOIN catalogue.searchable_service o ON o.service_id = b.service_id AND o.original
            LEFT JOIN catalogue.searchable_service t ON t.service_id = b.service_id AND t.language = ?
            WHERE b.rank <= ?
            ORDER BY b.ord, b.rank""";

    private final DataSource dataSource;

    public CoverageQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The coverage of each need, in the order given. */
    public List<Coverage> coverage(List<NeedCriteria> needs, String language, int servicesPerNeed) {
        int size = needs.size();
        Integer[] ord = new Integer[size];
        UUID[] municipality = new UUID[size];
        String[] theme = new String[size];
        String[] statuses = new String[size];
        Integer[] minAge = new Integer[size];
        Integer[] maxAge = new Integer[size];
        String[] gender = new String[size];
        String[] languages = new String[size];
        for (int i = 0; i < size; i++) {
            NeedCriteria n = needs.get(i);
            ord[i] = i;
            municipality[i] = n.municipalityId();
            theme[i] = n.themeCode();
            // one text per need: unnest would flatten a two-dimensional array, and the lists differ in length
            statuses[i] = n.statuses().stream().map(ResidenceStatus::code).sorted().collect(Collectors.joining(","));
            minAge[i] = n.minimumAge();
            maxAge[i] = n.maximumAge();
            gender[i] = n.gender();
            languages[i] = n.languages().stream().sorted().collect(Collectors.joining(","));
        }
        int[] candidates = new int[size];
        int[] full = new int[size];
        List<List<CoveringService>> services = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            services.add(new ArrayList<>());
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SQL)) {
            if (ps.isWrapperFor(PGStatement.class)) {
                // planned for the needs at hand every time: a generic plan cannot know how many
                // needs the arrays hold (it assumes 10) and joins the 1,000 needs' rows in loops
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            ps.setArray(1, c.createArrayOf("int4", ord));
            ps.setArray(2, c.createArrayOf("uuid", municipality));
            ps.setArray(3, c.createArrayOf("text", theme));
            ps.setArray(4, c.createArrayOf("text", statuses));
            ps.setArray(5, c.createArrayOf("int4", minAge));
            ps.setArray(6, c.createArrayOf("int4", maxAge));
            ps.setArray(7, c.createArrayOf("text", gender));
            ps.setArray(8, c.createArrayOf("text", languages));
            ps.setString(9, language);
            ps.setInt(10, Math.max(1, servicesPerNeed));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    candidates[i] = rs.getInt(2);
                    full[i] = rs.getInt(3);
                    Set<Criterion> meets = EnumSet.of(Criterion.THEME, Criterion.AREA);
                    if (rs.getBoolean(8)) {
                        meets.add(Criterion.ELIGIBILITY);
                    }
                    if (rs.getBoolean(9)) {
                        meets.add(Criterion.LANGUAGE);
                    }
                    if (servicesPerNeed > 0) {
                        services.get(i).add(new CoveringService(rs.getObject(4, UUID.class), rs.getString(5),
                                rs.getString(6), rs.getString(7), meets));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the coverage of " + size + " needs could not be read", e);
        }
        List<Coverage> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            result.add(new Coverage(candidates[i], full[i], services.get(i)));
        }
        return result;
    }
}
