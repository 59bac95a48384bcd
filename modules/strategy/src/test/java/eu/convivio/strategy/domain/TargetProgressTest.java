package eu.convivio.strategy.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TargetProgressTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void shareOfTheWayFromBaselineToTarget() {
        assertThat(TargetProgress.percent(n("10"), n("50"), n("30"))).isEqualTo(50);
        assertThat(TargetProgress.percent(n("10"), n("50"), n("10"))).isZero();
        assertThat(TargetProgress.percent(n("10"), n("50"), n("60"))).isEqualTo(125);
        assertThat(TargetProgress.percent(n("10"), n("50"), n("6"))).isEqualTo(-10);
    }

    @Test
    void aTargetBelowTheBaselineCountsDownwards() {
        // waiting time from 90 days to 30 days: 60 days is half-way
        assertThat(TargetProgress.percent(n("90"), n("30"), n("60"))).isEqualTo(50);
    }

    @Test
    void withoutBaselineTargetOrValueThereIsNoShare() {
        assertThat(TargetProgress.percent(null, n("50"), n("30"))).isNull();
        assertThat(TargetProgress.percent(n("10"), null, n("30"))).isNull();
        assertThat(TargetProgress.percent(n("10"), n("50"), null)).isNull();
        assertThat(TargetProgress.percent(n("10"), n("10"), n("30"))).isNull();
    }
}
