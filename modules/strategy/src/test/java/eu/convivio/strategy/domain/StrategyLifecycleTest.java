package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyLifecycleTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private final Strategy strategy = new Strategy(UUID.randomUUID(), UUID.randomUUID(), "Strategy", "en", JAN, JAN.plusYears(4));
    private final StrategyVersion draft = StrategyVersion.firstDraft(UUID.randomUUID(), strategy);

    private static MeasurePlan plan(String title) {
        return new MeasurePlan(null, title, "", null, null, null, null, null, new BigDecimal("10.00"), "EUR",
                FundingSource.AMIF, MeasureStatus.PLANNED, 0);
    }

    private void adopt() {
        strategy.startConsultation(JAN, JAN.plusDays(30));
        strategy.closeConsultation();
        draft.adopt(JAN.plusDays(60), "Council", "Resolution 1/2026");
    }

    @Test
    void aDraftGoesThroughConsultationAndRevisionToAdoption() {
        assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.DRAFT);
        strategy.startConsultation(JAN, JAN.plusDays(30));
        assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.CONSULTATION);
        assertThat(strategy.inConsultationOn(JAN.plusDays(30))).isTrue();
        assertThat(strategy.inConsultationOn(JAN.plusDays(31))).isFalse();
        strategy.closeConsultation();
        assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.REVISED_DRAFT);
        draft.adopt(JAN.plusDays(60), "Council", "Resolution 1/2026");
        assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.ADOPTED);
        assertThat(draft.isAdopted()).isTrue();
        assertThat(draft.getNumber()).isEqualTo(1);
    }

    @Test
    void adoptionWithoutConsultationIsRefused() {
        assertThatThrownBy(() -> draft.adopt(JAN, "Council", "R 1")).isInstanceOf(Problem.Conflict.class);
        strategy.startConsultation(JAN, JAN.plusDays(3));
        assertThatThrownBy(() -> draft.adopt(JAN, "Council", "R 1")).isInstanceOf(Problem.Conflict.class);
        assertThat(draft.isAdopted()).isFalse();
    }

    @Test
    void adoptionNamesTheBodyAndTheDecision() {
        strategy.startConsultation(JAN, JAN.plusDays(3));
        strategy.closeConsultation();
        assertThatThrownBy(() -> draft.adopt(JAN, " ", "R 1")).isInstanceOf(Problem.Invalid.class)
                .satisfies(e -> assertThat(((Problem.Invalid) e).byField()).containsKey("adoptingBody"));
        assertThatThrownBy(() -> draft.adopt(JAN, "Council", null)).isInstanceOf(Problem.Invalid.class)
                .satisfies(e -> assertThat(((Problem.Invalid) e).byField()).containsKey("decisionReference"));
        assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.REVISED_DRAFT);
    }

    @Test
    void aConsultationWindowEndsAfterItStarts() {
        assertThatThrownBy(() -> strategy.startConsultation(JAN, JAN.minusDays(1)))
                .isInstanceOf(Problem.Invalid.class)
                .satisfies(e -> assertThat(((Problem.Invalid) e).byField()).containsKey("consultationEnd"));
        assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.DRAFT);
    }

    @Test
    void anAdoptedVersionCannotChange() {
        Section section = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), null, 0, "Housing", "Text", null);
        Measure measure = new Measure(UUID.randomUUID(), draft, UUID.randomUUID(), 0, plan("Mediation"));
        adopt();
        assertThatThrownBy(() -> section.write("Housing", "Changed")).isInstanceOf(Problem.Conflict.class);
        assertThatThrownBy(() -> measure.write(plan("Other"))).isInstanceOf(Problem.Conflict.class);
        assertThatThrownBy(() -> new Goal(UUID.randomUUID(), draft, UUID.randomUUID(), 0, "Late", "")).isInstanceOf(Problem.Conflict.class);
        assertThatThrownBy(() -> draft.adopt(JAN, "Council", "Again")).isInstanceOf(Problem.Conflict.class);
        assertThat(section.getBody()).isEqualTo("Text");
    }

    @Test
    void theTextCannotChangeDuringConsultation() {
        Section section = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), null, 0, "Housing", "Text", null);
        strategy.startConsultation(JAN, JAN.plusDays(3));
        assertThatThrownBy(() -> section.write("Housing", "Changed")).isInstanceOf(Problem.Conflict.class);
        strategy.closeConsultation();
        section.write("Housing", "Changed after the comments");
        assertThat(section.getBody()).isEqualTo("Changed after the comments");
    }

    @Test
    void aRevisionStartsFromTheAdoptedVersionAndKeepsLineages() {
        Section parent = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), null, 0, "Services", "", null);
        Section child = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), parent.getId(), 0, "Interpreting", "", null);
        Goal goal = new Goal(UUID.randomUUID(), draft, UUID.randomUUID(), 0, "Access", "");
        MeasurePlan p = plan("Interpreters");
        Measure measure = new Measure(UUID.randomUUID(), draft, UUID.randomUUID(), 0, new MeasurePlan(goal.getId(), p.title(),
                p.description(), null, null, null, null, null, p.budget(), p.currency(), p.fundingSource(), p.status(), p.progress()));
        adopt();
        assertThatThrownBy(() -> StrategyVersion.revisionOf(UUID.randomUUID(), StrategyVersion.firstDraft(UUID.randomUUID(),
                new Strategy(UUID.randomUUID(), UUID.randomUUID(), "Other", "en", JAN, JAN)), 1)).isInstanceOf(Problem.Conflict.class);

        StrategyVersion revision = StrategyVersion.revisionOf(UUID.randomUUID(), draft, 1);
        assertThat(revision.getNumber()).isEqualTo(2);
        assertThat(revision.getBasedOnVersionId()).isEqualTo(draft.getId());
        assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.DRAFT);
        StrategyContentCopy copy = StrategyContentCopy.revision(revision);
        List<Section> sections = copy.sections(List.of(parent, child));
        List<Goal> goals = copy.goals(List.of(goal));
        List<Measure> measures = copy.measures(List.of(measure));
        assertThat(sections).extracting(Section::getLineageId).containsExactly(parent.getLineageId(), child.getLineageId());
        assertThat(sections.get(1).getParentId()).isEqualTo(sections.get(0).getId()).isNotEqualTo(parent.getId());
        assertThat(measures.get(0).getGoalId()).isEqualTo(goals.get(0).getId());
        assertThat(measures.get(0).getLineageId()).isEqualTo(measure.getLineageId());
        // the copy is the open draft: it can be written
        sections.get(0).write("Public services", "New");
        // a second revision while one is open is refused
        assertThatThrownBy(() -> StrategyVersion.revisionOf(UUID.randomUUID(), draft, 2)).isInstanceOf(Problem.Conflict.class);
    }

    @Test
    void aCopyIntoAnotherStrategyStartsNewLineages() {
        Section section = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), null, 0, "Housing", "Text", null);
        adopt();
        Strategy other = new Strategy(UUID.randomUUID(), UUID.randomUUID(), "Copy", "en", JAN, JAN.plusYears(1));
        other.copiedFrom(draft);
        StrategyVersion first = StrategyVersion.firstDraft(UUID.randomUUID(), other);
        List<Section> copied = StrategyContentCopy.intoNewStrategy(first).sections(List.of(section));
        assertThat(copied.get(0).getLineageId()).isNotEqualTo(section.getLineageId());
        assertThat(copied.get(0).getBody()).isEqualTo("Text");
        assertThat(other.getOriginVersionId()).isEqualTo(draft.getId());
        assertThat(other.getOriginStrategyId()).isEqualTo(strategy.getId());
    }

    @Test
    void onlyAnAdoptedVersionCanBeCopied() {
        Strategy other = new Strategy(UUID.randomUUID(), UUID.randomUUID(), "Copy", "en", JAN, JAN.plusYears(1));
        assertThatThrownBy(() -> other.copiedFrom(draft)).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void aMeasurePlanNamesEveryFieldAtFault() {
        MeasurePlan bad = new MeasurePlan(null, " ", "", null, null, null, JAN, JAN.minusDays(1), new BigDecimal("-5"), "EURO",
                null, MeasureStatus.DONE, 50);
        assertThatThrownBy(bad::check).isInstanceOf(Problem.Invalid.class)
                .satisfies(e -> assertThat(((Problem.Invalid) e).byField())
                        .containsKeys("title", "endDate", "budget", "currency", "progress"));
        assertThatThrownBy(() -> new MeasurePlan(null, "T", "", null, null, null, null, null, null, "XXY", null,
                MeasureStatus.PLANNED, 0).check()).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void anIndicatorsBaselineAndTargetCarryTheirDates() {
        assertThatThrownBy(() -> new IndicatorDefinition(null, null, "Pupils", "%", BigDecimal.ONE, null, BigDecimal.TEN,
                JAN).check()).isInstanceOf(Problem.Invalid.class)
                .satisfies(e -> assertThat(((Problem.Invalid) e).byField()).containsKey("baselineDate"));
    }
}
