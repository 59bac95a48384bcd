package eu.convivio.catalogue.ui;

import eu.convivio.platform.api.Pages;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * Messages of the library's pages: texts from the {@code library} bundle in the page's language,
 * a service's field errors beside their inputs, and HTTP errors for pages that do not exist for
 * the user.
 */
final class LibraryFeedback {

    private LibraryFeedback() {
    }

    static String text(String key, Object... arguments) {
        return CatalogueTexts.text("library", key, arguments);
    }

    /** The interface language of the page (en, el, bg, sk). */
    static String language() {
        return Pages.language();
    }

    /**
     * Shows what a service refused: field errors beside the inputs (field name to client id, the
     * input keeps what the user typed), everything else once at the top of the page.
     */
    static void problem(Problem problem, Map<String, String> inputs) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof Problem.Invalid invalid) {
            invalid.byField().forEach((field, message) -> {
                String clientId = inputs.get(field);
                String shown = fieldMessage(field, message);
                Pages.markInvalid(clientId);
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        clientId == null ? text("practice.invalid.other", field, shown) : shown, null));
            });
            return;
        }
        String text;
        if (problem instanceof Problem.Conflict && problem.detail().contains("changed by someone else")) {
            text = text("practice.stale");
        } else if (problem instanceof Problem.Conflict) {
            text = text("practice.conflict", problem.detail());
        } else if (problem instanceof Problem.NotFound) {
            text = text("practice.notFound");
        } else if (problem instanceof Problem.Forbidden) {
            text = text("practice.forbidden");
        } else {
            text = problem.detail();
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Bean Validation speaks English: its messages become the page's language, per kind of mistake. */
    private static String fieldMessage(String field, String message) {
        if (message.startsWith("must not be")) {
            return text("practice.invalid.required");
        }
        if (message.startsWith("size must")) {
            return text("practice.invalid.size");
        }
        String key = "practice.invalid." + field;
        String translated = text(key);
        return translated.equals(key) ? message : translated;
    }


    static void success(String key, Object... arguments) {
        Pages.confirm(text(key, arguments));
    }

    static void sendError(int status) {
        Pages.sendError(status);
    }

    static void redirect(String path) {
        Pages.redirect(path);
    }
}
