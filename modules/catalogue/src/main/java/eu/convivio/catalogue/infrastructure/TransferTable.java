package eu.convivio.catalogue.infrastructure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One table of the HSDS tabular data package as Convivio exchanges it: the CSV file, the columns
 * with their types and constraints (the same ones the schema enforces, so that a bad row is named
 * by file and line before the database would refuse the whole batch), the rules that span columns,
 * and which rows are public.
 *
 * @param name         the table in schema {@code catalogue} and the data package's resource name
 * @param file         the CSV file in the package
 * @param description  what the resource holds, for datapackage.json
 * @param columns      the columns, in file order; the first is {@code id}
 * @param rules        row rules over several columns
 * @param publicRows   SQL condition on alias {@code t}: the rows that may leave the platform
 * @param replacedWith the parent columns (comma-separated) whose imported parents have their rows of
 *                     this table replaced (children of an imported service or location), or null
 * @param extension    true for Convivio's own resources beyond HSDS
 */
public record TransferTable(String name, String file, String description, List<Column> columns, List<Rule> rules,
                            String publicRows, String replacedWith, boolean extension) {

    /** Column types, named as the Frictionless table schema names them. */
    public enum Type {
        UUID("string", "uuid", "uuid"),
        TEXT("string", null, "text"),
        INTEGER("integer", null, "integer"),
        NUMBER("number", null, "numeric"),
        DATE("date", null, "date"),
        TIME("time", null, "time"),
        BOOLEAN("boolean", null, "boolean");

        final String schemaType;
        final String schemaFormat;
        final String sqlType;

        Type(String schemaType, String schemaFormat, String sqlType) {
            this.schemaType = schemaType;
            this.schemaFormat = schemaFormat;
            this.sqlType = sqlType;
        }
    }

    /**
     * @param pattern        a POSIX regular expression the value must match, or null
     * @param patternMessage what the pattern demands, in words
     * @param references     the table an identifier refers to, or null
     * @param defaultValue   SQL used when the value is missing (only for Convivio's own columns)
     */
    public record Column(String name, Type type, boolean required, Integer maxLength, List<String> values,
                         String minimum, String maximum, String pattern, String patternMessage,
                         String references, String defaultValue) {

        public Column mandatory() {
            return new Column(name, type, true, maxLength, values, minimum, maximum, pattern, patternMessage, references, defaultValue);
        }

        public Column max(int length) {
            return new Column(name, type, required, length, values, minimum, maximum, pattern, patternMessage, references, defaultValue);
        }

        public Column oneOf(String... allowed) {
            return new Column(name, type, required, maxLength, List.of(allowed), minimum, maximum, pattern, patternMessage, references, defaultValue);
        }

        public Column between(String min, String max) {
            return new Column(name, type, required, maxLength, values, min, max, pattern, patternMessage, references, defaultValue);
        }

        public Column matching(String regex, String message) {
            return new Column(name, type, required, maxLength, values, minimum, maximum, regex, message, references, defaultValue);
        }

        public Column refersTo(String table) {
            return new Column(name, type, required, maxLength, values, minimum, maximum, pattern, patternMessage, table, defaultValue);
        }

        public Column orElse(String sqlDefault) {
            return new Column(name, type, required, maxLength, values, minimum, maximum, pattern, patternMessage, references, sqlDefault);
        }
    }

    /**
     * A condition over several columns of one row.
     *
     * @param invalid SQL over the staged text columns (alias {@code s}) that is true for a bad row
     */
    public record Rule(String field, String message, String invalid) {
    }

    public static Column column(String name, Type type) {
        return new Column(name, type, false, null, null, null, null, null, null, null, null);
    }

    public static Column id() {
        return column("id", Type.UUID).mandatory();
    }

    public static Column text(String name) {
        return column(name, Type.TEXT);
    }

    public static Column uuid(String name) {
        return column(name, Type.UUID);
    }

    public static Rule exactlyOne(String... columns) {
        return new Rule(String.join("|", columns), "exactly one of " + String.join(", ", columns) + " must be given",
                "num_nonnulls(" + Arrays.stream(columns).map(c -> "s." + c).reduce((a, b) -> a + ", " + b).orElseThrow()
                        + ") <> 1");
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The staging table this one is loaded into before it is checked. */
    public String stage() {
        return "stage_" + name;
    }
}
