package eu.convivio.training.ui;

import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Messages of the training pages: texts from the {@code training} bundle in the page's language,
 * a refused field's message beside its input, and HTTP errors for pages that do not exist for the user.
 */
final class TrainingFeedback {

    private TrainingFeedback() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "training");
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

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /**
     * Shows what a service refused: field errors beside their inputs (field name to client id;
     * the input keeps what the user typed), everything else once at the top.
     */
    static void problem(Problem problem, Map<String, String> inputs) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof Problem.Invalid invalid) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("problem.invalid"), null));
            invalid.byField().forEach((field, message) -> {
                String clientId = inputs.get(field);
                markInvalid(context, clientId);
                String shown = fieldMessage(field, message);
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        clientId == null ? field + ": " + shown : shown, null));
            });
            return;
        }
        String text;
        if (problem instanceof Problem.Conflict && problem.detail().contains("changed by someone else")) {
            text = text("problem.stale");
        } else if (problem instanceof Problem.Conflict) {
            text = text("problem.conflict", problem.detail());
        } else if (problem instanceof Problem.NotFound) {
            text = text("problem.notFound");
        } else if (problem instanceof Problem.Forbidden) {
            text = text("problem.forbidden");
        } else {
            text = problem.detail();
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * The services explain in English, with specifics (which day, how many seats); on a page in
     * another language the field's rule is shown in that language instead.
     */
    private static String fieldMessage(String field, String message) {
        if ("en".equals(language())) {
            return message;
        }
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

    /** Sends a signed-out visitor to sign in and back; true when it did. */
    static boolean signInFirst(boolean signedIn, String path) {
        if (signedIn) {
            return false;
        }
        redirect("/login.xhtml?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        return true;
    }

    static UUID parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
