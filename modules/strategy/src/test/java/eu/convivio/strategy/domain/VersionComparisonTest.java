package eu.convivio.strategy.domain;

import eu.convivio.strategy.domain.VersionComparison.Kind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VersionComparisonTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Test
    void piecesAreMatchedByLineageNotByPlaceOrHeading() {
        Strategy s = new Strategy(UUID.randomUUID(), UUID.randomUUID(), "S", "en", JAN, JAN.plusYears(1));
        StrategyVersion a = StrategyVersion.firstDraft(UUID.randomUUID(), s);
        UUID housing = UUID.randomUUID();
        UUID work = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID mediation = UUID.randomUUID();
        Section aHousing = new Section(UUID.randomUUID(), a, housing, null, 0, "Housing", "Mediators find flats.", null);
        Section aWork = new Section(UUID.randomUUID(), a, work, null, 1, "Work", "Job fairs.", null);
        Section aGone = new Section(UUID.randomUUID(), a, gone, null, 2, "Old", "Dropped text.", null);
        Measure aMeasure = new Measure(UUID.randomUUID(), a, mediation, 0, new MeasurePlan(null, "Mediation", "", null, null, null,
                null, null, new BigDecimal("100.00"), "EUR", FundingSource.AMIF, MeasureStatus.PLANNED, 0));
        VersionContents before = new VersionContents(a, List.of(aHousing, aWork, aGone), List.of(), List.of(aMeasure), List.of());

        Strategy s2 = new Strategy(UUID.randomUUID(), UUID.randomUUID(), "S", "en", JAN, JAN.plusYears(1));
        StrategyVersion b = StrategyVersion.firstDraft(UUID.randomUUID(), s2);
        Section bWork = new Section(UUID.randomUUID(), b, work, null, 0, "Work", "Job fairs.", null);
        Section bHousing = new Section(UUID.randomUUID(), b, housing, null, 1, "Homes", "Mediators find flats and pay deposits.", null);
        Section bNew = new Section(UUID.randomUUID(), b, UUID.randomUUID(), null, 2, "Health", "Clinics.", null);
        Measure bMeasure = new Measure(UUID.randomUUID(), b, mediation, 0, new MeasurePlan(null, "Mediation", "", null, null, null,
                null, null, new BigDecimal("150.00"), "EUR", FundingSource.AMIF, MeasureStatus.IN_PROGRESS, 10));
        VersionContents after = new VersionContents(b, List.of(bWork, bHousing, bNew), List.of(), List.of(bMeasure), List.of());

        VersionComparison c = VersionComparison.of(before, after);
        assertThat(c.sections()).extracting(VersionComparison.SectionChange::kind)
                .containsExactly(Kind.UNCHANGED, Kind.CHANGED, Kind.ADDED, Kind.REMOVED);
        var changed = c.sections().get(1);
        assertThat(changed.headingBefore()).isEqualTo("Housing");
        assertThat(changed.headingAfter()).isEqualTo("Homes");
        assertThat(changed.body()).contains(new WordDiff.Run(WordDiff.Change.ADDED, " and pay deposits"));
        assertThat(c.measures()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Kind.CHANGED);
            assertThat(m.fields()).containsExactly(
                    new VersionComparison.FieldChange("budget", "100.00 EUR", "150.00 EUR"),
                    new VersionComparison.FieldChange("status", "planned", "in_progress"),
                    new VersionComparison.FieldChange("progress", "0 %", "10 %"));
        });
        assertThat(c.anyChange()).isTrue();
        assertThat(VersionComparison.of(before, before).anyChange()).isFalse();
    }
}
