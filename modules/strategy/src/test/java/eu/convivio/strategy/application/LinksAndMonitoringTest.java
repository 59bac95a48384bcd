package eu.convivio.strategy.application;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.api.MeasureReference;
import eu.convivio.strategy.domain.FlagReason;
import eu.convivio.strategy.domain.IndicatorValue;
import eu.convivio.strategy.domain.LinkKind;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.ProgressReport;
import eu.convivio.strategy.infrastructure.StrategyUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Links to needs, services and courses, review flags, coverage and monitoring on the real schema. */
class LinksAndMonitoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final Fixtures.Services services = new Fixtures.Services();
    private final Fixtures.Needs needs = new Fixtures.Needs();
    private final Fixtures.Courses courses = new Fixtures.Courses();

    private <T> T linking(Visitor visitor, Function<MeasureLinking, T> work) {
        return StrategyUnit.inTransaction(em -> work.apply(new MeasureLinking(em, visitor, visitor, services, needs, courses, CLOCK)));
    }

    private static <T> T monitoring(Visitor visitor, Function<Monitoring, T> work) {
        return StrategyUnit.inTransaction(em -> work.apply(new Monitoring(em, visitor, visitor, CLOCK)));
    }

    private static long rows(String entity, UUID strategy) {
        return StrategyUnit.inTransaction(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.strategyId = :s", Long.class)
                .setParameter("s", strategy).getSingleResult());
    }

    @Test
    void theCouncilLinksAMeasureToANeedAServiceAndACourseAndEveryoneSeesWhatIsPublic() {
        Fixtures.Built s = Fixtures.strategy(true, null, null, false);
        Visitor council = Visitor.with(s.municipality(), Role.COUNCIL);
        UUID need = needs.add(s.municipality(), 5, "validated");
        UUID service = services.add("Housing advice", "active");
        UUID course = courses.add("Working with interpreters");

        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.NEED, need, "en"));
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en"));
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.COURSE, course, "en"));

        MeasureLinking.LinkSet seenByCouncil = linking(council, l -> l.links(s.strategy(), s.measure(), "en"));
        assertThat(seenByCouncil.measureTitle()).isEqualTo("Housing mediation");
        assertThat(seenByCouncil.needs()).extracting(MeasureLinking.LinkView::targetId).containsExactly(need);
        assertThat(seenByCouncil.services()).extracting(MeasureLinking.LinkView::name).containsExactly("Housing advice");
        assertThat(seenByCouncil.courses()).extracting(MeasureLinking.LinkView::name).containsExactly("Working with interpreters");
        // needs are the municipality's own business
        MeasureLinking.LinkSet seenByPublic = linking(Visitor.anonymous(), l -> l.links(s.strategy(), s.measure(), "en"));
        assertThat(seenByPublic.needs()).isEmpty();
        assertThat(seenByPublic.services()).hasSize(1);

        List<MeasureReference> addressing = linking(council, l -> l.measuresAddressing(need));
        assertThat(addressing).extracting(MeasureReference::title).containsExactly("Housing mediation");
        assertThat(addressing.get(0).status()).isEqualTo("planned");
        assertThatThrownBy(() -> linking(council, l -> l.addressing(UUID.randomUUID()))).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void linksThatMakeNoSenseAreRefusedAndNothingIsStored() {
        Fixtures.Built s = Fixtures.strategy(true, null, null, false);
        Visitor council = Visitor.with(s.municipality(), Role.COUNCIL);
        UUID defunct = services.add("Closed desk", "defunct");
        UUID otherCitysNeed = needs.add(UUID.randomUUID(), 5, "validated");
        UUID closedNeed = needs.add(s.municipality(), 5, "closed");
        UUID service = services.add("Housing advice", "active");

        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, defunct, "en")))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("targetId"));
        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, UUID.randomUUID(), "en")))
                .isInstanceOf(Problem.Invalid.class);
        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.NEED, otherCitysNeed, "en")))
                .isInstanceOf(Problem.Invalid.class);
        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.NEED, closedNeed, "en")))
                .isInstanceOf(Problem.Invalid.class);
        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.COURSE, UUID.randomUUID(), "en")))
                .isInstanceOf(Problem.Invalid.class);
        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), UUID.randomUUID(), LinkKind.SERVICE, service, "en")))
                .isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), s.measure(), null, service, "en")))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("kind"));
        // roles and tenancy
        assertThatThrownBy(() -> linking(Visitor.with(s.municipality(), Role.OFFICER),
                l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en"))).isInstanceOf(Problem.Forbidden.class);
        assertThatThrownBy(() -> linking(Visitor.with(UUID.randomUUID(), Role.COUNCIL),
                l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en"))).isInstanceOf(Problem.NotFound.class);
        assertThat(rows("MeasureLink", s.strategy())).isZero();

        MeasureLinking.LinkView link = linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en"));
        assertThatThrownBy(() -> linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en")))
                .isInstanceOf(Problem.Conflict.class);
        linking(council, l -> {
            l.unlink(s.strategy(), s.measure(), link.id());
            return null;
        });
        assertThat(rows("MeasureLink", s.strategy())).isZero();
    }

    @Test
    void aWithdrawnServiceOrAClosedNeedFlagsTheMeasureOnceUntilTheCouncilClearsIt() {
        Fixtures.Built s = Fixtures.strategy(true, null, null, false);
        Visitor council = Visitor.with(s.municipality(), Role.COUNCIL);
        UUID service = services.add("Housing advice", "active");
        UUID need = needs.add(s.municipality(), 4, "validated");
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en"));
        linking(council, l -> l.link(s.strategy(), s.untrainedMeasure(), LinkKind.NEED, need, "en"));

        int raised = StrategyUnit.inTransaction(em -> new ReviewFlags(em, null, CLOCK).raise(LinkKind.SERVICE, service, FlagReason.SERVICE_WITHDRAWN));
        int again = StrategyUnit.inTransaction(em -> new ReviewFlags(em, null, CLOCK).raise(LinkKind.SERVICE, service, FlagReason.SERVICE_WITHDRAWN));
        StrategyUnit.inTransaction(em -> new ReviewFlags(em, null, CLOCK).raise(LinkKind.NEED, need, FlagReason.NEED_CLOSED));
        assertThat(raised).isEqualTo(1);
        assertThat(again).isZero();

        List<ReviewFlags.FlagView> flags = StrategyUnit.inTransaction(em -> new ReviewFlags(em, council, CLOCK).openFlags(s.strategy()));
        assertThat(flags).extracting(f -> f.measureTitle() + ":" + f.reason())
                .containsExactlyInAnyOrder("Housing mediation:SERVICE_WITHDRAWN", "Interpreting at the counter:NEED_CLOSED");
        Monitoring.Dashboard dashboard = monitoring(council, m -> m.dashboard(s.strategy()));
        assertThat(dashboard.measures()).filteredOn(Monitoring.MeasureRow::flagged).hasSize(2);
        assertThat(monitoring(Visitor.anonymous(), m -> m.dashboard(s.strategy())).flags()).isEmpty();

        UUID flag = flags.stream().filter(f -> f.reason() == FlagReason.SERVICE_WITHDRAWN).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> StrategyUnit.inTransaction(em -> {
            new ReviewFlags(em, Visitor.with(s.municipality(), Role.OFFICER), Visitor.anonymous(), CLOCK).clear(s.strategy(), flag, null);
            return null;
        })).isInstanceOf(Problem.Forbidden.class);
        StrategyUnit.inTransaction(em -> {
            new ReviewFlags(em, council, council, CLOCK).clear(s.strategy(), flag, "Another NGO takes over");
            return null;
        });
        List<ReviewFlags.FlagView> left = StrategyUnit.inTransaction(em -> new ReviewFlags(em, council, CLOCK).openFlags(s.strategy()));
        assertThat(left).hasSize(1);
        // withdrawn again later (after reinstatement): a new flag
        int raisedAgain = StrategyUnit.inTransaction(em -> new ReviewFlags(em, null, CLOCK).raise(LinkKind.SERVICE, service,
                FlagReason.SERVICE_WITHDRAWN));
        assertThat(raisedAgain).isEqualTo(1);
    }

    @Test
    void theEditorSeesEachFlaggedMeasureWithTheWithdrawnServiceOrClosedNeedBehindIt() {
        Fixtures.Built s = Fixtures.strategy(true, null, null, false);
        Visitor council = Visitor.with(s.municipality(), Role.COUNCIL);
        UUID service = services.add("Tenancy helpline", "active");
        UUID need = needs.add(s.municipality(), 5, "validated");
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en"));
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.NEED, need, "en"));
        services.byId.put(service, new eu.convivio.catalogue.api.ServiceSummary(service, "Tenancy helpline", "Test NGO", "defunct"));
        needs.byId.put(need, new eu.convivio.needs.api.NeedSummary(need, s.municipality(), UUID.randomUUID(), "Assessment 2025",
                "housing", null, "refugees", "Families wait months for a flat", 5, 120, "closed"));
        StrategyUnit.inTransaction(em -> new ReviewFlags(em, null, CLOCK).raise(LinkKind.SERVICE, service, FlagReason.SERVICE_WITHDRAWN));
        StrategyUnit.inTransaction(em -> new ReviewFlags(em, null, CLOCK).raise(LinkKind.NEED, need, FlagReason.NEED_CLOSED));

        var byMeasure = linking(council, l -> l.openFlagsByMeasure(s.strategy(), "en"));
        assertThat(byMeasure).containsOnlyKeys(s.measure());
        assertThat(byMeasure.get(s.measure())).extracting(f -> f.flag().reason() + ":" + f.targetName())
                .containsExactlyInAnyOrder("SERVICE_WITHDRAWN:Tenancy helpline", "NEED_CLOSED:Families wait months for a flat");
        assertThat(byMeasure.get(s.measure())).filteredOn(f -> f.flag().reason() == FlagReason.SERVICE_WITHDRAWN)
                .extracting(MeasureLinking.FlagDetail::targetDetail).containsExactly("Test NGO · defunct");
        // flags name the municipality's needs: nobody outside it sees them, the strategy does not exist for them
        assertThatThrownBy(() -> linking(Visitor.with(UUID.randomUUID(), Role.COUNCIL), l -> l.openFlagsByMeasure(s.strategy(), "en")))
                .isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> linking(Visitor.anonymous(), l -> l.openFlagsByMeasure(s.strategy(), "en")))
                .isInstanceOf(Problem.class);
    }

    @Test
    void coverageListsSeriousNeedsWithoutMeasureMeasuresWithoutServiceAndUntrainedDepartments() {
        Fixtures.Built s = Fixtures.strategy(true, null, null, false);
        Visitor council = Visitor.with(s.municipality(), Role.COUNCIL);
        UUID addressed = needs.add(s.municipality(), 5, "validated");
        UUID forgotten = needs.add(s.municipality(), 4, "identified");
        needs.add(s.municipality(), 3, "identified");
        UUID service = services.add("Housing advice", "active");
        UUID gone = services.add("Old interpreting line", "active");
        UUID trained = courses.add("Housing law");
        UUID untrained = courses.add("Working with interpreters");
        courses.completions.put(List.of(s.department(), trained), 2);
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.NEED, addressed, "en"));
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.SERVICE, service, "en"));
        linking(council, l -> l.link(s.strategy(), s.measure(), LinkKind.COURSE, trained, "en"));
        linking(council, l -> l.link(s.strategy(), s.untrainedMeasure(), LinkKind.SERVICE, gone, "en"));
        linking(council, l -> l.link(s.strategy(), s.untrainedMeasure(), LinkKind.COURSE, untrained, "en"));
        services.byId.put(gone, new eu.convivio.catalogue.api.ServiceSummary(gone, "Old interpreting line", "Test NGO", "inactive"));

        CoverageReport.Report report = StrategyUnit.inTransaction(em -> new CoverageReport(
                new MeasureLinking(em, council, council, services, needs, courses, CLOCK), null).report(s.strategy(), "en"));

        assertThat(report.needsWithoutMeasure()).extracting(CoverageReport.NeedLine::id).containsExactly(forgotten);
        assertThat(report.measuresWithoutService()).extracting(CoverageReport.MeasureLine::title)
                .containsExactly("Interpreting at the counter");
        assertThat(report.measuresWithoutTraining()).singleElement().satisfies(g -> {
            assertThat(g.title()).isEqualTo("Interpreting at the counter");
            assertThat(g.coursesNotCompleted()).containsExactly("Working with interpreters");
        });
        assertThatThrownBy(() -> StrategyUnit.inTransaction(em -> new CoverageReport(new MeasureLinking(em, Visitor.anonymous(),
                Visitor.anonymous(), services, needs, courses, CLOCK), null).report(s.strategy(), "en")))
                .isInstanceOf(Problem.Unauthorized.class);
        assertThatThrownBy(() -> StrategyUnit.inTransaction(em -> new CoverageReport(new MeasureLinking(em,
                Visitor.with(s.municipality(), Role.LEARNER), null, services, needs, courses, CLOCK), null).report(s.strategy(), "en")))
                .isInstanceOf(Problem.Forbidden.class);
    }

    @Test
    void officersRecordProgressAndValuesAndThePublicSeesTheDashboard() {
        Fixtures.Built s = Fixtures.strategy(true, TODAY, TODAY.plusDays(3), false);
        Visitor officer = Visitor.with(s.municipality(), Role.OFFICER);

        monitoring(officer, m -> m.recordProgress(s.strategy(), s.measure(),
                new ProgressReport.Draft(TODAY.minusDays(30), MeasureStatus.IN_PROGRESS, 30, "Two mediators hired")));
        monitoring(officer, m -> m.recordProgress(s.strategy(), s.measure(),
                new ProgressReport.Draft(TODAY, MeasureStatus.DELAYED, 40, "Flats scarce")));
        monitoring(officer, m -> m.recordValue(s.strategy(), s.indicator(),
                new IndicatorValue.Draft(TODAY.minusDays(60), new BigDecimal("18"), "Housing office register", null)));
        monitoring(officer, m -> m.recordValue(s.strategy(), s.indicator(),
                new IndicatorValue.Draft(TODAY, new BigDecimal("30"), "Housing office register", null)));

        Monitoring.Dashboard dashboard = monitoring(Visitor.anonymous(), m -> m.dashboard(s.strategy()));
        assertThat(dashboard.versionNumber()).isEqualTo(1);
        assertThat(dashboard.editable()).isFalse();
        Monitoring.MeasureRow mediation = dashboard.measures().stream().filter(r -> r.measureId().equals(s.measure())).findFirst().orElseThrow();
        assertThat(mediation.status()).isEqualTo(MeasureStatus.DELAYED);
        assertThat(mediation.progress()).isEqualTo(40);
        assertThat(mediation.history()).hasSize(2);
        Monitoring.MeasureRow unreported = dashboard.measures().stream().filter(r -> r.measureId().equals(s.untrainedMeasure())).findFirst().orElseThrow();
        assertThat(unreported.reported()).isFalse();
        assertThat(unreported.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        Monitoring.IndicatorRow families = dashboard.indicators().get(0);
        assertThat(families.values()).extracting(v -> v.value().intValue()).containsExactly(18, 30);
        // baseline 10, target 50: 30 is half-way
        assertThat(families.towardsTarget()).isEqualTo(50);
        assertThat(monitoring(officer, m -> m.dashboard(s.strategy())).editable()).isTrue();
    }

    @Test
    void badReportsAndTheWrongPeopleAreRefusedAndNothingIsStored() {
        Fixtures.Built s = Fixtures.strategy(true, null, null, false);
        Fixtures.Built draftOnly = Fixtures.strategy(false, null, null, false);
        Visitor officer = Visitor.with(s.municipality(), Role.OFFICER);

        assertThatThrownBy(() -> monitoring(officer, m -> m.recordProgress(s.strategy(), s.measure(),
                new ProgressReport.Draft(TODAY, MeasureStatus.DONE, 60, null))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("progress"));
        assertThatThrownBy(() -> monitoring(officer, m -> m.recordProgress(s.strategy(), s.measure(),
                new ProgressReport.Draft(TODAY.plusDays(1), null, 101, null))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKeys("reportedOn", "status", "progress"));
        assertThatThrownBy(() -> monitoring(officer, m -> m.recordValue(s.strategy(), s.indicator(),
                new IndicatorValue.Draft(TODAY, null, " ", null))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKeys("value", "source"));
        assertThatThrownBy(() -> monitoring(officer, m -> m.recordValue(s.strategy(), s.measure(),
                new IndicatorValue.Draft(TODAY, BigDecimal.ONE, "Survey", null))))
                .isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> monitoring(Visitor.with(s.municipality(), Role.TRAINER), m -> m.recordValue(s.strategy(), s.indicator(),
                new IndicatorValue.Draft(TODAY, BigDecimal.ONE, "Survey", null))))
                .isInstanceOf(Problem.Forbidden.class);
        assertThatThrownBy(() -> monitoring(Visitor.with(UUID.randomUUID(), Role.OFFICER), m -> m.recordValue(s.strategy(), s.indicator(),
                new IndicatorValue.Draft(TODAY, BigDecimal.ONE, "Survey", null))))
                .isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> monitoring(Visitor.anonymous(), m -> m.recordValue(s.strategy(), s.indicator(),
                new IndicatorValue.Draft(TODAY, BigDecimal.ONE, "Survey", null))))
                .isInstanceOf(Problem.Unauthorized.class);
        assertThat(rows("ProgressReport", s.strategy()) + rows("IndicatorValue", s.strategy())).isZero();
        // an unpublished draft strategy does not exist for outsiders; it has no monitoring yet for its own people
        assertThatThrownBy(() -> monitoring(Visitor.anonymous(), m -> m.dashboard(draftOnly.strategy())))
                .isInstanceOf(Problem.NotFound.class).hasMessage("No such strategy.");
        assertThatThrownBy(() -> monitoring(Visitor.with(draftOnly.municipality(), Role.OFFICER), m -> m.dashboard(draftOnly.strategy())))
                .isInstanceOf(Problem.NotFound.class).hasMessageContaining("no adopted version");
    }
}
