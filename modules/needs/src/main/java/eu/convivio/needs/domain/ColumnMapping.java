package eu.convivio.needs.domain;

import eu.convivio.platform.api.Problem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a survey export becomes needs: its shape, which column holds which field, and what the
 * labels the survey used for themes, population groups and districts stand for. Saved per
 * assessment, so that the next export of the same survey imports without asking again.
 *
 * @param columns        field → header of the column holding it
 * @param themeValues    label in the file → theme code (labels not listed may be a code or a theme's name)
 * @param groupValues    label in the file → population-group code
 * @param districtValues label in the file → district code (labels not listed may be a district's name or code)
 */
public record ColumnMapping(SurveyShape shape, Map<ImportField, String> columns, Map<String, String> themeValues,
                            Map<String, String> groupValues, Map<String, String> districtValues) {

    /** The fields without which a row of each shape cannot become a need. */
    public static final Map<SurveyShape, Set<ImportField>> REQUIRED = Map.of(
            SurveyShape.NEED_PER_ROW, EnumSet.of(ImportField.THEME, ImportField.POPULATION_GROUP, ImportField.SEVERITY,
                    ImportField.DESCRIPTION),
            SurveyShape.RESPONSE_PER_ROW, EnumSet.of(ImportField.THEME, ImportField.POPULATION_GROUP, ImportField.SEVERITY));

    public ColumnMapping {
        shape = shape == null ? SurveyShape.NEED_PER_ROW : shape;
        Map<ImportField, String> cleaned = new EnumMap<>(ImportField.class);
        if (columns != null) {
            columns.forEach((f, c) -> {
                if (f != null && c != null && !c.isBlank()) {
                    cleaned.put(f, c.strip());
                }
            });
        }
        columns = Map.copyOf(cleaned);
        themeValues = labels(themeValues);
        groupValues = labels(groupValues);
        districtValues = labels(districtValues);
    }

    /**
     * The mapping a file's headers suggest: a column named after a field's code (or its English
     * words, {@code people in need}) holds that field.
     */
    public static ColumnMapping suggested(SurveyShape shape, List<String> headers) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            for (String header : headers) {
                String h = fold(header).replace('_', '-').replace(' ', '-');
                if (h.equals(field.code()) || (field == ImportField.POPULATION_GROUP && h.equals("group"))) {
                    columns.put(field, header.strip());
                    break;
                }
            }
        }
        return new ColumnMapping(shape, columns, Map.of(), Map.of(), Map.of());
    }

    /** What is wrong with this mapping for a file with these headers, field by field. */
    public List<Problem.FieldError> problems(List<String> headers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ImportField required : REQUIRED.get(shape)) {
            if (!columns.containsKey(required)) {
                errors.add(new Problem.FieldError("columns." + required.code(), "Choose the column that holds this field."));
            }
        }
        columns.forEach((field, header) -> {
            if (headers != null && headers.stream().noneMatch(h -> h.strip().equalsIgnoreCase(header))) {
                errors.add(new Problem.FieldError("columns." + field.code(), "The file has no column \"" + header + "\"."));
            }
        });
        Map<String, ImportField> used = new LinkedHashMap<>();
        columns.forEach((field, header) -> {
            ImportField other = used.putIfAbsent(fold(header), field);
            if (other != null) {
                errors.add(new Problem.FieldError("columns." + field.code(),
                        "The column \"" + header + "\" is already mapped to " + other.code() + "."));
            }
        });
        return errors;
    }

    public String column(ImportField field) {
        return columns.get(field);
    }

    /** A label as compared: Unicode-normalised (NFC), without surrounding space, in lower case. */
    public static String fold(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    public String toJson() {
        JsonObjectBuilder cols = Json.createObjectBuilder();
        columns.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> cols.add(e.getKey().code(), e.getValue()));
        return Json.createObjectBuilder()
                .add("shape", shape.code())
                .add("columns", cols)
                .add("themeValues", json(themeValues))
                .add("groupValues", json(groupValues))
                .add("districtValues", json(districtValues))
                .build().toString();
    }

    public static ColumnMapping fromJson(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        o.getJsonObject("columns").forEach((k, v) -> columns.put(ImportField.ofCode(k), ((JsonString) v).getString()));
        return new ColumnMapping(SurveyShape.ofCode(o.getString("shape")), columns, map(o, "themeValues"),
                map(o, "groupValues"), map(o, "districtValues"));
    }

    private static Map<String, String> labels(Map<String, String> values) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((label, code) -> {
                if (label != null && !label.isBlank() && code != null && !code.isBlank()) {
                    cleaned.put(fold(label), code.strip());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(cleaned);
    }

    private static JsonObjectBuilder json(Map<String, String> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach(b::add);
        return b;
    }

    private static Map<String, String> map(JsonObject o, String name) {
        Map<String, String> m = new LinkedHashMap<>();
        JsonValue v = o.get(name);
        if (v instanceof JsonObject obj) {
            obj.forEach((k, val) -> m.put(k, ((JsonString) val).getString()));
        }
        return m;
    }
}
