package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionPlacementTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private final Strategy strategy = new Strategy(UUID.randomUUID(), UUID.randomUUID(), "Strategy", "en", JAN, JAN.plusYears(4));
    private final StrategyVersion draft = StrategyVersion.firstDraft(UUID.randomUUID(), strategy);
    private final List<Section> all = new ArrayList<>();

    private Section section(String heading, Section parent, int position) {
        Section s = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), parent == null ? null : parent.getId(), position,
                heading, "", null);
        all.add(s);
        return s;
    }

    private List<String> outline() {
        return new VersionContents(draft, all.stream().sorted(Comparator.comparingInt(Section::getPosition)).toList(),
                List.of(), List.of(), List.of()).outline().stream().map(e -> e.number() + " " + e.section().getHeading()).toList();
    }

    @Test
    void aSectionMovesOnePlaceUpOrDownAmongItsSiblingsOnly() {
        Section intro = section("Intro", null, 0);
        Section housing = section("Housing", null, 1);
        section("Rent", housing, 0);
        Section work = section("Work", null, 2);

        assertThat(new SectionPlacement(all).step(work, -1)).isTrue();
        assertThat(outline()).containsExactly("1 Intro", "2 Work", "3 Housing", "3.1 Rent");
        assertThat(new SectionPlacement(all).step(intro, -1)).as("the first stays first").isFalse();
        assertThat(new SectionPlacement(all).step(housing, 1)).as("the last stays last").isFalse();
        assertThat(outline()).containsExactly("1 Intro", "2 Work", "3 Housing", "3.1 Rent");
    }

    @Test
    void swappingTwoNeighboursLeavesTheOtherSectionsUntouched() {
        Section a = section("A", null, 0);
        Section b = section("B", null, 1);
        Section c = section("C", null, 2);
        new SectionPlacement(all).step(c, -1);
        assertThat(a.getPosition()).isZero();
        assertThat(b.getPosition()).isEqualTo(2);
        assertThat(c.getPosition()).isEqualTo(1);
    }

    @Test
    void aSectionGoesUnderAnotherParentAfterItsSubsectionsAndTakesItsOwnAlong() {
        Section intro = section("Intro", null, 0);
        Section housing = section("Housing", null, 1);
        section("Rent", housing, 0);
        Section work = section("Work", null, 2);
        section("Recognition", work, 0);

        assertThat(new SectionPlacement(all).moveUnder(work, housing.getId())).isTrue();
        assertThat(outline()).containsExactly("1 Intro", "2 Housing", "2.1 Rent", "2.2 Work", "2.2.1 Recognition");
        assertThat(new SectionPlacement(all).moveUnder(work, null)).isTrue();
        assertThat(outline()).containsExactly("1 Intro", "2 Housing", "2.1 Rent", "3 Work", "3.1 Recognition");
        assertThat(new SectionPlacement(all).moveUnder(intro, null)).as("already there").isFalse();
    }

    @Test
    void aSectionNeverGoesUnderItselfOrItsOwnSubsections() {
        Section housing = section("Housing", null, 0);
        Section rent = section("Rent", housing, 0);
        Section deposits = section("Deposits", rent, 0);
        SectionPlacement placement = new SectionPlacement(all);

        assertThatThrownBy(() -> placement.moveUnder(housing, housing.getId())).isInstanceOf(Problem.Invalid.class)
                .satisfies(e -> assertThat(((Problem.Invalid) e).byField()).containsKey("parentId"));
        assertThatThrownBy(() -> placement.moveUnder(housing, deposits.getId())).isInstanceOf(Problem.Invalid.class);
        assertThat(placement.descendantsOf(housing)).containsExactlyInAnyOrder(rent.getId(), deposits.getId());
        assertThat(placement.possibleParents(rent)).containsExactly(housing);
        assertThat(housing.getParentId()).isNull();
    }

    @Test
    void theNewParentMustBeASectionOfTheSameVersion() {
        Section housing = section("Housing", null, 0);
        assertThatThrownBy(() -> new SectionPlacement(all).moveUnder(housing, UUID.randomUUID()))
                .isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void nothingMovesInConsultationOrInAnAdoptedVersion() {
        Section a = section("A", null, 0);
        Section b = section("B", null, 1);
        strategy.startConsultation(JAN, JAN.plusDays(30));
        assertThatThrownBy(() -> new SectionPlacement(all).step(b, -1)).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> new SectionPlacement(all).moveUnder(b, a.getId())).isInstanceOf(Problem.class);
        assertThat(b.getParentId()).isNull();
        assertThat(b.getPosition()).isEqualTo(1);
    }
}
