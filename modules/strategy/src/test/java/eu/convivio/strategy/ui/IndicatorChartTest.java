package eu.convivio.strategy.ui;

import eu.convivio.strategy.application.Monitoring;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorChartTest {

    private static Monitoring.IndicatorRow row(List<Monitoring.ValueView> values) {
        return new Monitoring.IndicatorRow(UUID.randomUUID(), null, "Families <housed>", "families", new BigDecimal("10"),
                LocalDate.of(2024, 1, 1), new BigDecimal("50"), LocalDate.of(2030, 1, 1), values,
                values.isEmpty() ? null : values.get(values.size() - 1).value(), null);
    }

    @Test
    void anAccessibleImageWithTheValuesAsALineAndNothingUnescaped() {
        String svg = IndicatorChart.svg(row(List.of(
                new Monitoring.ValueView(LocalDate.of(2025, 1, 1), new BigDecimal("18"), "Register", null, null),
                new Monitoring.ValueView(LocalDate.of(2026, 1, 1), new BigDecimal("30"), "Register", null, null))),
                "c1", "Baseline", "Target", "Families & homes");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"c1-title c1-desc\"")
                .contains("<title id=\"c1-title\">Families &lt;housed&gt;</title>")
                .contains("<desc id=\"c1-desc\">Families &amp; homes</desc>")
                .contains("<polyline").contains("Baseline 10").contains("Target 50")
                .doesNotContain("style=").doesNotContain("<script");
        // two measured points, the baseline point
        assertThat(svg.split("<circle", -1)).hasSize(4);
    }

    @Test
    void withoutValuesThereIsNoLine() {
        assertThat(IndicatorChart.svg(row(List.of()), "c2", "B", "T", "d")).doesNotContain("<polyline").contains("T 50");
    }
}
