package eu.convivio.needs.domain;

import eu.convivio.needs.domain.SuppressedTable.Count;
import eu.convivio.needs.domain.SuppressedTable.Entry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressedTableTest {

    private static final List<String> THEMES = List.of("housing", "health", "employment");
    private static final List<String> DISTRICTS = List.of("north", "south", "centre");

    @Test
    void countsOfFiveOrMoreAreShown() {
        SuppressedTable t = SuppressedTable.of(List.of("housing"), List.of("north", "south"), Map.of(
                "housing", Map.of("north", new Count(6, 120), "south", new Count(5, 50))));
        assertThat(t.cell(0, 0)).isEqualTo(new Entry(false, 6L, 120L));
        assertThat(t.cell(0, 1)).isEqualTo(new Entry(false, 5L, 50L));
        assertThat(t.total()).isEqualTo(new Entry(false, 11L, 170L));
    }

    @Test
    void countsUnderFiveAreHiddenInEitherMeasure() {
        SuppressedTable t = SuppressedTable.of(List.of("housing"), List.of("north", "south", "east"), Map.of(
                "housing", Map.of("north", new Count(4, 200), "south", new Count(8, 3), "east", new Count(9, 90))));
        assertThat(t.cell(0, 0).suppressed()).as("4 needs").isTrue();
        assertThat(t.cell(0, 1).suppressed()).as("3 people in need").isTrue();
        assertThat(t.cell(0, 1).needs()).isNull();
    }

    @Test
    void aSingleHiddenCellInALineTakesAnotherWithIt() {
        // row housing: 3 + 10 + 12 = 25; without more hiding, 25 - 10 - 12 would reveal the 3
        SuppressedTable t = SuppressedTable.of(List.of("housing", "health"), List.of("north", "south", "centre"), Map.of(
                "housing", Map.of("north", new Count(3, 30), "south", new Count(10, 100), "centre", new Count(12, 120)),
                "health", Map.of("north", new Count(7, 70), "south", new Count(9, 90), "centre", new Count(11, 110))));
        assertThat(t.cell(0, 0).suppressed()).isTrue();
        assertThat(t.cell(0, 1).suppressed()).as("the smallest other cell of the row").isTrue();
        assertNoLineHasExactlyOneHidden(t);
    }

    @Test
    void zeroIsACountUnderFiveToo() {
        // a shown zero would tell a reader that every hidden cell holds at least 1, which a shown total can pin down
        SuppressedTable t = SuppressedTable.of(List.of("housing", "health"), List.of("north", "south"), Map.of(
                "housing", Map.of("north", new Count(1, 10)), "health", Map.of("south", new Count(1, 12))));
        assertThat(t.cell(0, 1)).isEqualTo(new Entry(true, null, null));
        assertThat(t.total().suppressed()).isTrue();
    }

    @Test
    void noHiddenEntryCanBeWorkedOutFromTotalsInRandomTables() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            Map<String, Map<String, Count>> counts = new java.util.HashMap<>();
            for (String theme : THEMES) {
                for (String district : DISTRICTS) {
                    int needs = random.nextInt(4) == 0 ? 0 : random.nextInt(14);
                    counts.computeIfAbsent(theme, k -> new java.util.HashMap<>())
                            .put(district, new Count(needs, needs == 0 ? 0 : random.nextInt(200)));
                }
            }
            SuppressedTable t = SuppressedTable.of(THEMES, DISTRICTS, counts);
            assertNoLineHasExactlyOneHidden(t);
            for (int i = 0; i < THEMES.size(); i++) {
                for (int j = 0; j < DISTRICTS.size(); j++) {
                    Count c = counts.get(THEMES.get(i)).get(DISTRICTS.get(j));
                    boolean small = c.needs() < 5 || c.peopleInNeed() < 5;
                    if (small) {
                        assertThat(t.cell(i, j).suppressed()).isTrue();
                    }
                    if (!t.cell(i, j).suppressed()) {
                        assertThat(t.cell(i, j).needs()).isEqualTo(c.needs());
                    }
                }
            }
        }
    }

    /** A row or column (totals included) with exactly one hidden entry would give it away by subtraction. */
    private static void assertNoLineHasExactlyOneHidden(SuppressedTable t) {
        int rows = t.rows().size();
        int columns = t.columns().size();
        for (int i = 0; i <= rows; i++) {
            List<Entry> line = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                line.add(i < rows ? t.cell(i, j) : t.columnTotal(j));
            }
            line.add(i < rows ? t.rowTotal(i) : t.total());
            assertThat(line.stream().filter(Entry::suppressed).count()).as("row " + i).isNotEqualTo(1);
        }
        for (int j = 0; j <= columns; j++) {
            List<Entry> line = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                line.add(j < columns ? t.cell(i, j) : t.rowTotal(i));
            }
            line.add(j < columns ? t.columnTotal(j) : t.total());
            assertThat(line.stream().filter(Entry::suppressed).count()).as("column " + j).isNotEqualTo(1);
        }
    }
}
