package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Pages;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * Texts of the {@code strategy} bundle in the page's language, a service's refusals shown beside
 * the inputs (or at the top of the page), and HTTP errors for pages that do not exist for the user.
 */
final class StrategyFeedback {

    /** The bundle of these pages, as faces-config registers it. */
    private static final String BUNDLE = "strategy";

    private StrategyFeedback() {
    }

    static String text(String key, Object... arguments) {
        return Pages.text(BUNDLE, key, arguments);
    }

    static String language() {
        return Pages.language();
    }

    /**
     * Field errors beside their inputs (field name to client id; the input keeps what the user
     * typed), everything else once at the top of the page, or beside {@code otherClientId}.
     */
    static void problem(Problem problem, Map<String, String> inputs, String otherClientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof Problem.Invalid invalid) {
            invalid.byField().forEach((field, message) -> {
                String clientId = inputs.get(field);
                Pages.markInvalid(clientId);
                String key = "invalid." + field;
                String translated = text(key);
                String shown = translated.equals(key) ? message : translated;
                context.addMessage(clientId != null ? clientId : otherClientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
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
        context.addMessage(otherClientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }


    static void success(String key, Object... arguments) {
        Pages.confirm(text(key, arguments));
    }

    static void info(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void sendError(int status) {
        Pages.sendError(status);
    }

    static void redirect(String path) {
        Pages.redirect(path);
    }

    static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    static java.util.UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
