package eu.convivio.needs.domain;

import java.util.List;

/**
 * A survey export as read: its header and its rows, each with the line of the file it starts on
 * (a quoted value may span lines, so a row's line is not its index plus one).
 */
public record SurveyTable(List<String> headers, List<Row> rows, char delimiter) {

    public SurveyTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code values} as many as the header has (missing trailing cells are empty). */
    public record Row(int line, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    /** The position of the column with this header (ignoring case and surrounding space), or -1. */
    public int column(String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        return -1;
    }
}
