package eu.convivio.needs.domain;

/**
 * What is wrong with one row of a survey file.
 *
 * @param line   the line of the file the row starts on (1 is the header); 0 for the file as a whole
 * @param column the header of the column at fault, or {@code null}
 * @param field  the register field the column maps to ({@link ImportField#code()}), or {@code null}
 */
public record RowError(int line, String column, String field, String message) {
}
