package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the {@code strategy} bundle in the page's language, a service's refusals shown beside
 * the inputs (or at the top of the page), and HTTP errors for pages that do not exist for the user.
 */
final class StrategyFeedback {

    private StrategyFeedback() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "strategy");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
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
                markInvalid(context, clientId);
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

    private static void markInvalid(FacesContext context, String clientId) {
        if (clientId == null) {
            return;
        }
        context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
            if (component instanceof UIInput input) {
                input.setValid(false);
                String sent = ctx.getExternalContext().getRequestParameterMap().get(clientId);
                if (sent != null) {
                    input.setSubmittedValue(sent);
                }
            }
        });
    }

    static void success(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void info(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    static void redirect(String path) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
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
