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
import java.util.UUID;

/**
 * Texts and messages of the consultation, links, coverage and monitoring pages: the
 * {@code consultation} bundle in the page's language, a refused field's message beside its input
 * (the input keeps what was typed), and HTTP errors for what does not exist for the user.
 */
final class ConsultationFeedback {

    private ConsultationFeedback() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "consultation");
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

    static UUID parameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Shows what a service refused: field errors beside the inputs (field name to client id),
     * everything else once at the top of the page. The services' messages are in English; the
     * page adds its own words for the kind of refusal.
     */
    static void problem(Problem problem, Map<String, String> inputs) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof Problem.Invalid invalid) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("problem.invalid"), null));
            invalid.byField().forEach((field, message) -> {
                String clientId = inputs.get(field);
                String key = "invalid." + field;
                String translated = text(key);
                String shown = translated.equals(key) ? message : translated;
                markInvalid(context, clientId);
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
            });
            return;
        }
        String key = switch (problem.status()) {
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 409 -> "problem.conflict";
            case 429 -> "problem.tooMany";
            default -> "problem.other";
        };
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, problem.detail()), null));
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

    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** A page for what the user may not see: 404, or sign in first when they are not signed in and it might be theirs. */
    static void refuse(Problem problem, String here) {
        if (problem instanceof Problem.Unauthorized) {
            redirect("/login.xhtml?next=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8));
        } else {
            sendError(problem.status() == 403 ? 403 : 404);
        }
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
