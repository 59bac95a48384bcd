package eu.convivio.strategy.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.domain.IndicatorValue;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.ProgressReport;
import eu.convivio.strategy.domain.TargetProgress;
import eu.convivio.strategy.infrastructure.StrategyOutline;
import eu.convivio.strategy.infrastructure.StrategyOutline.StrategyHead;
import eu.convivio.strategy.infrastructure.StrategyOutline.VersionHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Monitoring of an adopted strategy: officers and the council report each measure's progress and
 * the measured values of its indicators over time; everyone sees the dashboard of an adopted
 * strategy (measure status, indicators against baseline and target). Reports and values are
 * kept by lineage, so that they carry over to the next adopted version.
 */
@ApplicationScoped
@Transactional
public class Monitoring {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    private Clock clock = Clock.systemUTC();

    /** For CDI. */
    public Monitoring() {
    }

    /** For persistence tests, which run without a container. */
    Monitoring(EntityManager em, Access access, CurrentUser user, Clock clock) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    public record ProgressView(LocalDate reportedOn, MeasureStatus status, int progress, String note, Instant recordedAt) {
    }

    public record ValueView(LocalDate measuredOn, BigDecimal value, String source, String note, Instant recordedAt) {
    }

    /** A measure's status: the latest report's, or the adopted text's when nobody has reported yet. */
    public record MeasureRow(UUID measureId, String title, String goal, String responsibleBody, MeasureStatus status,
                             int progress, LocalDate reportedOn, String note, boolean reported, boolean flagged,
                             List<ProgressView> history) {
    }

    /** An indicator with its values, oldest first; {@code towardsTarget} is the latest value's share of the way, in per cent. */
    public record IndicatorRow(UUID indicatorId, UUID measureId, String name, String unit, BigDecimal baseline,
                               LocalDate baselineDate, BigDecimal target, LocalDate targetDate, List<ValueView> values,
                               BigDecimal latest, Integer towardsTarget) {
    }

    public record Dashboard(UUID strategyId, String title, int versionNumber, LocalDate adoptedAt, boolean editable,
                            List<MeasureRow> measures, List<IndicatorRow> indicators, List<ReviewFlags.FlagView> flags) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Dashboard dashboard(UUID strategyId) {
        StrategyHead head = gate().readable(strategyId);
        VersionHead adopted = adopted(head);
        boolean member = access.has(head.municipalityId());
        List<ReviewFlags.FlagView> flags = member ? new ReviewFlags(em, access, clock).openFlags(head.id(), null) : List.of();
        Set<UUID> flagged = flags.stream().map(ReviewFlags.FlagView::measureId).collect(Collectors.toSet());
        StrategyOutline outline = gate().outline();

        Map<UUID, List<ProgressReport>> reports = em.createQuery("SELECT p FROM ProgressReport p WHERE p.strategyId = :s "
                        + "ORDER BY p.reportedOn, p.recordedAt", ProgressReport.class)
                .setParameter("s", head.id()).getResultList().stream()
                .collect(Collectors.groupingBy(ProgressReport::getMeasureLineageId));
        List<MeasureRow> measures = new ArrayList<>();
        for (var m : outline.measures(adopted.id())) {
            List<ProgressReport> history = reports.getOrDefault(m.lineageId(), List.of());
            List<ProgressView> views = history.stream().map(p -> new ProgressView(p.getReportedOn(), p.getStatus(),
                    p.getProgress(), p.getNote(), p.getRecordedAt())).toList();
            if (history.isEmpty()) {
                measures.add(new MeasureRow(m.lineageId(), m.title(), m.goalTitle(), m.responsibleBody(), m.status(), m.progress(),
                        adopted.adoptedAt(), null, false, flagged.contains(m.lineageId()), views));
            } else {
                ProgressReport last = history.get(history.size() - 1);
                measures.add(new MeasureRow(m.lineageId(), m.title(), m.goalTitle(), m.responsibleBody(), last.getStatus(),
                        last.getProgress(), last.getReportedOn(), last.getNote(), true, flagged.contains(m.lineageId()), views));
            }
        }

        Map<UUID, List<IndicatorValue>> values = em.createQuery("SELECT v FROM IndicatorValue v WHERE v.strategyId = :s "
                        + "ORDER BY v.measuredOn, v.recordedAt", IndicatorValue.class)
                .setParameter("s", head.id()).getResultList().stream()
                .collect(Collectors.groupingBy(IndicatorValue::getIndicatorLineageId));
        List<IndicatorRow> indicators = new ArrayList<>();
        for (var i : outline.indicators(adopted.id())) {
            List<ValueView> series = values.getOrDefault(i.lineageId(), List.of()).stream()
                    .map(v -> new ValueView(v.getMeasuredOn(), v.getValue(), v.getSource(), v.getNote(), v.getRecordedAt())).toList();
            BigDecimal latest = series.isEmpty() ? null : series.get(series.size() - 1).value();
            indicators.add(new IndicatorRow(i.lineageId(), i.measureLineageId(), i.name(), i.unit(), i.baseline(), i.baselineDate(),
                    i.target(), i.targetDate(), series, latest, TargetProgress.percent(i.baseline(), i.target(), latest)));
        }
        boolean editable = access.has(head.municipalityId(), Role.OFFICER, Role.COUNCIL);
        return new Dashboard(head.id(), head.title(), adopted.number(), adopted.adoptedAt(), editable, measures, indicators, flags);
    }

    /** An officer's or council member's report on a measure of the adopted strategy. */
    public ProgressView recordProgress(UUID strategyId, UUID measureId, ProgressReport.Draft draft) {
        StrategyHead head = gate().require(strategyId, Role.OFFICER, Role.COUNCIL);
        VersionHead adopted = adopted(head);
        if (measureId == null || gate().outline().measures(adopted.id()).stream().noneMatch(m -> m.lineageId().equals(measureId))) {
            throw new Problem.NotFound("The adopted strategy has no such measure.");
        }
        ProgressReport report = new ProgressReport(UUID.randomUUID(), head.id(), head.municipalityId(), measureId, draft,
                Days.today(clock, directory, head.municipalityId()), recorder(), clock.instant());
        em.persist(report);
        em.flush();
        return new ProgressView(report.getReportedOn(), report.getStatus(), report.getProgress(), report.getNote(),
                report.getRecordedAt());
    }

    /** A measured value of an indicator of the adopted strategy. */
    public ValueView recordValue(UUID strategyId, UUID indicatorId, IndicatorValue.Draft draft) {
        StrategyHead head = gate().require(strategyId, Role.OFFICER, Role.COUNCIL);
        VersionHead adopted = adopted(head);
        if (indicatorId == null || gate().outline().indicators(adopted.id()).stream().noneMatch(i -> i.lineageId().equals(indicatorId))) {
            throw new Problem.NotFound("The adopted strategy has no such indicator.");
        }
        IndicatorValue value = new IndicatorValue(UUID.randomUUID(), head.id(), head.municipalityId(), indicatorId, draft,
                Days.today(clock, directory, head.municipalityId()), recorder(), clock.instant());
        em.persist(value);
        em.flush();
        return new ValueView(value.getMeasuredOn(), value.getValue(), value.getSource(), value.getNote(), value.getRecordedAt());
    }

    /** The measure's status as last reported, or as the newest version of the strategy has it. */
    static String currentStatus(EntityManager em, UUID strategyId, UUID measureId) {
        List<MeasureStatus> reported = em.createQuery("SELECT p.status FROM ProgressReport p WHERE p.strategyId = :s "
                        + "AND p.measureLineageId = :m ORDER BY p.reportedOn DESC, p.recordedAt DESC", MeasureStatus.class)
                .setParameter("s", strategyId).setParameter("m", measureId).setMaxResults(1).getResultList();
        if (!reported.isEmpty()) {
            return reported.get(0).code();
        }
        List<?> rows = em.createNativeQuery("""
                SELECT m.status FROM strategy.measure m JOIN strategy.version v ON v.id = m.version_id
                WHERE v.strategy_id = CAST(?1 AS uuid) AND m.lineage_id = CAST(?2 AS uuid)
                ORDER BY v.number DESC LIMIT 1""").setParameter(1, strategyId.toString()).setParameter(2, measureId.toString())
                .getResultList();
        return rows.isEmpty() ? MeasureStatus.PLANNED.code() : MeasureStatus.of((String) rows.get(0)).code();
    }

    private UUID recorder() {
        return user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in first."));
    }

    private static VersionHead adopted(StrategyHead head) {
        if (head.latestAdopted() == null) {
            throw new Problem.NotFound("This strategy has no adopted version yet: monitoring starts with the adoption.");
        }
        return head.latestAdopted();
    }

    private StrategyGate gate() {
        return new StrategyGate(em, access);
    }
}
