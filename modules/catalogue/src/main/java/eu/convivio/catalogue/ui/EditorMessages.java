package eu.convivio.catalogue.ui;

import com.fasterxml.jackson.databind.JsonNode;
import eu.convivio.catalogue.application.StaleRecord;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor pages' messages: texts from the {@code editor} bundle, a refused field's message
 * beside its input (found by the field name the application layer uses), and a stale edit's
 * changes as rows the page can show.
 */
final class EditorMessages {

    /** One field someone else changed: its label, the value the editor saw and the value now. */
    public record ChangedField(String field, String label, String yours, String now) implements Serializable {
    }

    private static final Pattern ROW_FIELD = Pattern.compile("([a-z_]+)\\[(\\d+)]\\.([a-z_0-9]+)");
    private static final Pattern ROW = Pattern.compile("([a-z_]+)\\[(\\d+)]");

    private EditorMessages() {
    }

    static String text(String key, Object... arguments) {
        return CatalogueTexts.text("editor", key, arguments);
    }

    /** A label for a field name of the records ({@code field.<name>} in the bundle), or the name itself. */
    static String label(String field) {
        String key = "field." + field;
        String label = text(key);
        return label.equals(key) ? field : label;
    }

    static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /**
     * Shows what the application refused. Field errors go beside their inputs (the form's client
     * id, then the field as the record names it: {@code schedules[0].closes_at} is the input
     * {@code closes_at} of row 0 of the repeat {@code schedules}); a field without an input on
     * this page is named in a message at the top.
     */
    static void problem(Problem problem, String form, Map<String, String> rowKeys) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof Problem.Invalid invalid) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("problem.invalid"), null));
            invalid.byField().forEach((field, message) -> {
                String clientId = clientId(form, field, rowKeys);
                boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
                    if (component instanceof UIInput input) {
                        input.setValid(false);
                    }
                });
                if (found) {
                    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                } else {
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label(field) + ": " + message, null));
                }
            });
            return;
        }
        String key = switch (problem.status()) {
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            default -> "problem.other";
        };
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    static String clientId(String form, String field, Map<String, String> rowKeys) {
        String f = field.startsWith("eligibility.") ? field.substring("eligibility.".length())
                : field.startsWith("address.") ? field.substring("address.".length()) : field;
        Matcher rowField = ROW_FIELD.matcher(f);
        if (rowField.matches()) {
            return form + ":" + rowField.group(1) + ":" + rowField.group(2) + ":" + rowField.group(3);
        }
        Matcher row = ROW.matcher(f);
        if (row.matches()) {
            // a whole row (listed twice) is reported at its first input; a value of a checkbox group at the group
            String key = rowKeys.get(row.group(1));
            return key != null ? form + ":" + row.group(1) + ":" + row.group(2) + ":" + key : form + ":" + row.group(1);
        }
        return form + ":" + f;
    }

    static List<ChangedField> changes(StaleRecord stale) {
        return stale.changes().stream()
                .map(c -> new ChangedField(c.field(), label(c.field()), shown(c.yours()), shown(c.now()))).toList();
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return value.toString();
    }
}
