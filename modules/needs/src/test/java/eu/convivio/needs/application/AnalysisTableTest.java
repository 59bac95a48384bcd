package eu.convivio.needs.application;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flat table behind both exports: CSV quoting in any script, JSON records with empty cells as null. */
class AnalysisTableTest {

    private final AnalysisTable table = new AnalysisTable("change", List.of("theme", "district", "needs_before", "trend"), List.of(
            List.of("housing", "Staré Mesto", 2, "worse"),
            List.of("health", "", 0, "new"),
            List.of("employment", "Оборище, \"център\"", 1, "same")));

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() {
        assertThat(table.csv().lines()).containsExactly(
                "theme,district,needs_before,trend",
                "housing,Staré Mesto,2,worse",
                "health,,0,new",
                "employment,\"Оборище, \"\"център\"\"\",1,same");
    }

    @Test
    void jsonRecordsAreKeyedByColumn() {
        assertThat(table.records().get(0)).containsExactly(java.util.Map.entry("theme", "housing"),
                java.util.Map.entry("district", "Staré Mesto"), java.util.Map.entry("needs_before", 2),
                java.util.Map.entry("trend", "worse"));
        assertThat(table.records().get(1)).containsEntry("district", null);
    }

    @Test
    void aChangeRowSaysItsTrend() {
        NeedsAnalysis.Figures none = new NeedsAnalysis.Figures(0, 0, 0, 0);
        NeedsAnalysis.Figures light = new NeedsAnalysis.Figures(1, 2, 2, 10);
        NeedsAnalysis.Figures heavy = new NeedsAnalysis.Figures(2, 8, 5, 40);
        assertThat(new NeedsAnalysis.ChangeRow("housing", null, none, light).trend()).isEqualTo("new");
        assertThat(new NeedsAnalysis.ChangeRow("housing", null, light, none).trend()).isEqualTo("gone");
        assertThat(new NeedsAnalysis.ChangeRow("housing", null, light, heavy).trend()).isEqualTo("worse");
        assertThat(new NeedsAnalysis.ChangeRow("housing", null, heavy, light).trend()).isEqualTo("better");
        assertThat(new NeedsAnalysis.ChangeRow("housing", null, light, light).trend()).isEqualTo("same");
    }
}
