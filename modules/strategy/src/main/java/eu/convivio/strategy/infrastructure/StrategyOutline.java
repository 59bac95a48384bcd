package eu.convivio.strategy.infrastructure;

import eu.convivio.strategy.domain.ConsultationWindow;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.StrategyStatus;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What consultation, links and monitoring read of a strategy's content (V18 tables), in plain SQL
 * and plain records: the strategy's state, its open draft and latest adopted version, and the
 * sections, measures and indicators of a version with their lineages.
 */
public final class StrategyOutline {

    private final EntityManager em;

    public StrategyOutline(EntityManager em) {
        this.em = em;
    }

    public record StrategyHead(UUID id, UUID municipalityId, String title, String language, StrategyStatus status,
                               LocalDate consultationStart, LocalDate consultationEnd, boolean allowsPublicComments,
                               VersionHead openDraft, VersionHead latestAdopted) {

        /** The consultation rules for the given version of this strategy. */
        public ConsultationWindow window(VersionHead version) {
            boolean draft = openDraft != null && openDraft.id().equals(version.id());
            return new ConsultationWindow(status, consultationStart, consultationEnd, draft);
        }

        /** Published: readable by everyone (an adopted version, or a draft out for consultation). */
        public boolean published() {
            return latestAdopted != null || status == StrategyStatus.CONSULTATION;
        }
    }

    public record VersionHead(UUID id, int number, boolean adopted, LocalDate adoptedAt) {
    }

    public record SectionLine(UUID id, UUID lineageId, UUID parentId, int position, String heading) {
    }

    public record MeasureLine(UUID id, UUID lineageId, String title, String goalTitle, UUID responsibleDepartmentId,
                              String responsibleBody, MeasureStatus status, int progress, LocalDate startDate, LocalDate endDate) {
    }

    public record IndicatorLine(UUID id, UUID lineageId, UUID measureLineageId, String name, String unit,
                                BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate) {
    }

    public Optional<StrategyHead> strategy(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("""
                SELECT s.id::text, s.municipality_id::text, s.title, s.language, s.status, s.consultation_start,
                       s.consultation_end, s.allows_public_comments
                FROM strategy.strategy s WHERE s.id = CAST(?1 AS uuid)""").setParameter(1, id.toString()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        List<VersionHead> versions = versions(id);
        VersionHead draft = versions.stream().filter(v -> !v.adopted()).findFirst().orElse(null);
        VersionHead adopted = versions.stream().filter(VersionHead::adopted).findFirst().orElse(null);
        return Optional.of(new StrategyHead(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), (String) r[2],
                (String) r[3], StrategyStatus.valueOf((String) r[4]), date(r[5]), date(r[6]), Boolean.TRUE.equals(r[7]),
                draft, adopted));
    }

    /** The strategy's versions, newest first. */
    @SuppressWarnings("unchecked")
    public List<VersionHead> versions(UUID strategyId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.id::text, v.number, v.kind, v.adopted_at FROM strategy.version v
                WHERE v.strategy_id = CAST(?1 AS uuid) ORDER BY v.number DESC""")
                .setParameter(1, strategyId.toString()).getResultList();
        return rows.stream().map(r -> new VersionHead(UUID.fromString((String) r[0]), ((Number) r[1]).intValue(),
                "ADOPTED".equals(r[2]), date(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<SectionLine> sections(UUID versionId) {
        List<Object[]> rows = em.createNativeQuery("""
                WITH RECURSIVE tree AS (
                    SELECT s.id, s.lineage_id, s.parent_id, s.position, s.heading,
                           ARRAY[s.position, 0] AS path
                    FROM strategy.section s WHERE s.version_id = CAST(?1 AS uuid) AND s.parent_id IS NULL
                    UNION ALL
                    SELECT c.id, c.lineage_id, c.parent_id, c.position, c.heading, t.path || ARRAY[c.position, 0]
                    FROM strategy.section c JOIN tree t ON c.parent_id = t.id
                )
                SELECT id::text, lineage_id::text, parent_id::text, position, heading FROM tree ORDER BY path""")
                .setParameter(1, versionId.toString()).getResultList();
        List<SectionLine> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new SectionLine(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                    r[2] == null ? null : UUID.fromString((String) r[2]), ((Number) r[3]).intValue(), (String) r[4]));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<MeasureLine> measures(UUID versionId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.id::text, m.lineage_id::text, m.title, g.title, m.responsible_department_id::text, m.responsible_body,
                       m.status, m.progress, m.start_date, m.end_date
                FROM strategy.measure m LEFT JOIN strategy.goal g ON g.id = m.goal_id
                WHERE m.version_id = CAST(?1 AS uuid)
                ORDER BY g.position NULLS LAST, m.position, m.title""")
                .setParameter(1, versionId.toString()).getResultList();
        List<MeasureLine> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new MeasureLine(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), (String) r[2], (String) r[3],
                    r[4] == null ? null : UUID.fromString((String) r[4]), (String) r[5], MeasureStatus.valueOf((String) r[6]),
                    ((Number) r[7]).intValue(), date(r[8]), date(r[9])));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<IndicatorLine> indicators(UUID versionId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.id::text, i.lineage_id::text, m.lineage_id::text, i.name, i.unit, i.baseline, i.baseline_date,
                       i.target, i.target_date
                FROM strategy.indicator i LEFT JOIN strategy.measure m ON m.id = i.measure_id
                WHERE i.version_id = CAST(?1 AS uuid) ORDER BY i.position, i.name""")
                .setParameter(1, versionId.toString()).getResultList();
        List<IndicatorLine> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new IndicatorLine(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                    r[2] == null ? null : UUID.fromString((String) r[2]), (String) r[3], (String) r[4],
                    decimal(r[5]), date(r[6]), decimal(r[7]), date(r[8])));
        }
        return out;
    }

    /** The measure's title in the newest version of the strategy that has the lineage. */
    public Optional<String> measureTitle(UUID strategyId, UUID lineageId) {
        List<?> rows = em.createNativeQuery("""
                SELECT m.title FROM strategy.measure m JOIN strategy.version v ON v.id = m.version_id
                WHERE v.strategy_id = CAST(?1 AS uuid) AND m.lineage_id = CAST(?2 AS uuid)
                ORDER BY v.number DESC LIMIT 1""")
                .setParameter(1, strategyId.toString()).setParameter(2, lineageId.toString()).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
