package eu.convivio.needs.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A two-way table of needs (number of needs and people in need per row × column, with row,
 * column and grand totals) as it may be shown outside the municipality: every entry under
 * {@value #THRESHOLD} is shown as "fewer than 5", and so is any entry that would let a reader
 * work a hidden one out from a total.
 * <p>
 * The rule, applied to both measures together: an entry (cell or total) is hidden when either
 * its number of needs or its people in need is under 5, zero included (primary suppression).
 * Zero is hidden too because a shown zero would tell a reader that every hidden entry is at
 * least 1, and with a shown total that can pin hidden entries down exactly. Then, while some
 * row or column, totals included, has exactly one hidden entry, the visible entry of that line
 * with the fewest needs is hidden too (secondary suppression), because one hidden entry of a
 * line is its total minus the others. A line therefore never holds exactly one hidden entry.
 */
public final class SuppressedTable {

    /** Counts below this are never shown. */
    public static final int THRESHOLD = 5;

    /** What is known about one cell before suppression. */
    public record Count(long needs, long peopleInNeed) {
        public static final Count NONE = new Count(0, 0);

        Count plus(Count other) {
            return new Count(needs + other.needs, peopleInNeed + other.peopleInNeed);
        }

        boolean small() {
            return needs < THRESHOLD || peopleInNeed < THRESHOLD;
        }
    }

    /** One entry as shown: the counts, or nothing when suppressed. */
    public record Entry(boolean suppressed, Long needs, Long peopleInNeed) {
        static Entry of(Count count, boolean hidden) {
            return hidden ? new Entry(true, null, null) : new Entry(false, count.needs(), count.peopleInNeed());
        }
    }

    private final List<String> rows;
    private final List<String> columns;
    private final Entry[][] entries;

    private SuppressedTable(List<String> rows, List<String> columns, Entry[][] entries) {
        this.rows = rows;
        this.columns = columns;
        this.entries = entries;
    }

    /**
     * Builds the shown table.
     *
     * @param counts by row key, then column key; missing cells count as none
     */
    public static SuppressedTable of(List<String> rows, List<String> columns, Map<String, Map<String, Count>> counts) {
        int r = rows.size();
        int c = columns.size();
        // one extra row and column for the totals
        Count[][] grid = new Count[r + 1][c + 1];
        for (Count[] line : grid) {
            java.util.Arrays.fill(line, Count.NONE);
        }
        for (int i = 0; i < r; i++) {
            Map<String, Count> row = counts.getOrDefault(rows.get(i), Map.of());
            for (int j = 0; j < c; j++) {
                Count cell = row.getOrDefault(columns.get(j), Count.NONE);
                grid[i][j] = cell;
                grid[i][c] = grid[i][c].plus(cell);
                grid[r][j] = grid[r][j].plus(cell);
                grid[r][c] = grid[r][c].plus(cell);
            }
        }
        boolean[][] hidden = new boolean[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                hidden[i][j] = grid[i][j].small();
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i <= r; i++) {
                changed |= protect(grid, hidden, i, -1);
            }
            for (int j = 0; j <= c; j++) {
                changed |= protect(grid, hidden, -1, j);
            }
        }
        Entry[][] entries = new Entry[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                entries[i][j] = Entry.of(grid[i][j], hidden[i][j]);
            }
        }
        return new SuppressedTable(List.copyOf(rows), List.copyOf(columns), entries);
    }

    /** Hides one more entry of the line (a row when {@code row >= 0}, else a column) if it holds exactly one hidden. */
    private static boolean protect(Count[][] grid, boolean[][] hidden, int row, int column) {
        int length = row >= 0 ? grid[0].length : grid.length;
        int hiddenCount = 0;
        int candidate = -1;
        for (int k = 0; k < length; k++) {
            int i = row >= 0 ? row : k;
            int j = row >= 0 ? k : column;
            if (hidden[i][j]) {
                hiddenCount++;
            } else if (candidate < 0 || smaller(grid[i][j], at(grid, row, column, candidate))) {
                candidate = k;
            }
        }
        if (hiddenCount != 1 || candidate < 0) {
            return false;
        }
        if (row >= 0) {
            hidden[row][candidate] = true;
        } else {
            hidden[candidate][column] = true;
        }
        return true;
    }

    private static Count at(Count[][] grid, int row, int column, int k) {
        return row >= 0 ? grid[row][k] : grid[k][column];
    }

    /** The entry with the fewest needs, then the fewest people, costs the reader least to lose. */
    private static boolean smaller(Count a, Count b) {
        return a.needs() != b.needs() ? a.needs() < b.needs() : a.peopleInNeed() < b.peopleInNeed();
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public Entry cell(int row, int column) {
        return entries[row][column];
    }

    public Entry rowTotal(int row) {
        return entries[row][columns.size()];
    }

    public Entry columnTotal(int column) {
        return entries[rows.size()][column];
    }

    public Entry total() {
        return entries[rows.size()][columns.size()];
    }

    /** The cells of one row, without its total. */
    public List<Entry> row(int row) {
        List<Entry> cells = new ArrayList<>();
        Collections.addAll(cells, entries[row]);
        return cells.subList(0, columns.size());
    }
}
