package eu.convivio.needs.ui;

import eu.convivio.platform.api.Pages;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;
import java.util.UUID;

/**
 * What the register's pages share: texts of the {@code needs} bundle in the page's language,
 * a service's field errors beside their inputs, and HTTP errors for pages that do not exist for
 * the user (another municipality's records answer 404, as in the API).
 */
final class RegisterPages {

    /** The bundle of these pages, as faces-config registers it. */
    private static final String BUNDLE = "needs";

    private RegisterPages() {
    }

    static String text(String key, Object... arguments) {
        return Pages.text(BUNDLE, key, arguments);
    }

    /** The interface language of the page (en, el, bg, sk). */
    static String language() {
        return Pages.language();
    }

    static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    static UUID id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isPostback() {
        return FacesContext.getCurrentInstance().isPostback();
    }

    /**
     * Shows what a service refused: field errors beside the inputs (field name to client id; the
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
                        clientId == null ? text("invalid.other", field, shown) : shown, null));
            });
            return;
        }
        String text;
        if (problem instanceof Problem.Conflict && problem.detail().contains("changed by someone else")) {
            text = text("stale");
        } else if (problem instanceof Problem.Conflict) {
            text = text("conflict", problem.detail());
        } else if (problem instanceof Problem.NotFound) {
            text = text("notFound");
        } else if (problem instanceof Problem.Forbidden) {
            text = text("forbidden");
        } else {
            text = problem.detail();
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The services speak English: their field messages become the page's language where the bundle has them. */
    private static String fieldMessage(String field, String message) {
        String key = "invalid." + field;
        String translated = text(key);
        return translated.equals(key) ? message : translated;
    }


    static void success(String key, Object... arguments) {
        Pages.confirm(text(key, arguments));
    }

    /** Answers the request with an HTTP error (404: not there for this user; 403: the role does not allow it). */
    static void sendError(int status) {
        Pages.sendError(status);
    }

    /** The HTTP error for a refusal of the services. */
    static void refuse(Problem problem) {
        sendError(problem instanceof Problem.Forbidden ? 403 : problem instanceof Problem.Unauthorized ? 401 : 404);
    }

    static void redirect(String path) {
        Pages.redirect(path);
    }
}
