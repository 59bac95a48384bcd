package eu.convivio.needs.infrastructure;

import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.SuppressedTable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Queries of the needs register: the filtered, sorted and paged list of needs, and the counts
 * behind the published aggregated views. The caller has decided which municipalities the reader
 * may see; every query here is confined to them.
 */
public class NeedQueries {

    /** What a list of needs may be sorted by; the second key keeps pages stable. */
    public enum Sort {
        SEVERITY("n.severity DESC, n.peopleInNeed DESC"),
        PEOPLE_IN_NEED("n.peopleInNeed DESC, n.severity DESC"),
        THEME("n.theme, n.severity DESC"),
        STATUS("n.status, n.severity DESC"),
        LAST_MODIFIED("n.lastModified DESC");

        private final String order;

        Sort(String order) {
            this.order = order;
        }
    }

    /**
     * Filters; null means any.
     *
     * @param municipalities the municipalities the reader may see (null: all, for platform administrators)
     * @param wholeMunicipality true: only needs of the whole municipality (no district)
     */
    public record Filter(Set<UUID> municipalities, UUID municipalityId, UUID assessmentId, String theme,
                         UUID districtId, boolean wholeMunicipality, String populationGroup, Integer severity,
                         Integer minSeverity, NeedStatus status) {
    }

    public record Page(List<Need> needs, long total) {
    }

    private final EntityManager em;

    public NeedQueries(EntityManager em) {
        this.em = em;
    }

    public Page search(Filter filter, Sort sort, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Need> list = em.createQuery("SELECT n FROM Need n" + where + " ORDER BY " + sort.order + ", n.id", Need.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM Need n" + where, Long.class);
        parameters.forEach((name, value) -> {
            list.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Need> needs = list.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(needs, count.getSingleResult());
    }

    private static String where(Filter f, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (f.municipalities() != null) {
            if (f.municipalities().isEmpty()) {
                return " WHERE 1 = 0";
            }
            conditions.add("n.municipalityId IN :municipalities");
            parameters.put("municipalities", f.municipalities());
        }
        add(conditions, parameters, "n.municipalityId = :municipality", "municipality", f.municipalityId());
        add(conditions, parameters, "n.assessmentId = :assessment", "assessment", f.assessmentId());
        add(conditions, parameters, "n.theme = :theme", "theme", f.theme());
        add(conditions, parameters, "n.districtId = :district", "district", f.districtId());
        if (f.wholeMunicipality()) {
            conditions.add("n.districtId IS NULL");
        }
        add(conditions, parameters, "n.populationGroup = :group", "group", f.populationGroup());
        add(conditions, parameters, "n.severity = :severity", "severity", f.severity());
        add(conditions, parameters, "n.severity >= :minSeverity", "minSeverity", f.minSeverity());
        add(conditions, parameters, "n.status = :status", "status", f.status());
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    /**
     * Number of needs and people in need of one assessment by theme and a second dimension
     * ({@code district} or {@code population_group}); needs of the whole municipality count
     * under the district key {@code ""}. Closed needs are not counted: they are no longer needs.
     */
    public Map<String, Map<String, SuppressedTable.Count>> counts(UUID assessmentId, String dimension) {
        if (!Set.of("district_id", "population_group").contains(dimension)) {
            throw new IllegalArgumentException(dimension);
        }
        List<?> rows = em.createNativeQuery("SELECT theme, coalesce(CAST(" + dimension + " AS text), ''), count(*), "
                        + "coalesce(sum(people_in_need), 0) FROM needs.need "
                        + "WHERE assessment_id = CAST(?1 AS uuid) AND status <> 'CLOSED' GROUP BY 1, 2")
                .setParameter(1, assessmentId.toString()).getResultList();
        Map<String, Map<String, SuppressedTable.Count>> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            counts.computeIfAbsent((String) values[0], k -> new LinkedHashMap<>())
                    .put((String) values[1], new SuppressedTable.Count(((Number) values[2]).longValue(),
                            ((Number) values[3]).longValue()));
        }
        return counts;
    }
}
