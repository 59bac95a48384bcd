package eu.convivio.needs.ui;

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
import java.util.UUID;

/**
 * What the register's pages share: texts of the {@code needs} bundle in the page's language,
 * a service's field errors beside their inputs, and HTTP errors for pages that do not exist for
 * the user (another municipality's records answer 404, as in the API).
 */
final class RegisterPages {

    private RegisterPages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "needs");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** The interface language of the page (en, el, bg, sk). */
    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
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
                markInvalid(context, clientId);
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

    /** Answers the request with an HTTP error (404: not there for this user; 403: the role does not allow it). */
    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The HTTP error for a refusal of the services. */
    static void refuse(Problem problem) {
        sendError(problem instanceof Problem.Forbidden ? 403 : problem instanceof Problem.Unauthorized ? 401 : 404);
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
}
