package eu.convivio.training.ui;

import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Texts and messages of the records pages: the {@code records} bundle in the page's language, a
 * service's field errors beside their inputs, and the answers for pages a user may not see.
 */
final class RecordsFeedback {

    private RecordsFeedback() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "records");
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

    /** Field errors beside their inputs (field name to client id); anything else once at the top. */
    static void problem(Problem problem, Map<String, String> inputs) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof Problem.Invalid invalid) {
            // a message beside a field is easy to miss on a long form: say at the top that there are some
            if (invalid.byField().keySet().stream().anyMatch(inputs::containsKey)) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("invalidForm"), null));
            }
            invalid.byField().forEach((field, message) -> {
                String clientId = inputs.get(field);
                eu.convivio.platform.api.Pages.markInvalid(clientId);
                String key = "invalid." + field;
                String shown = text(key);
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        shown.equals(key) ? message : shown, null));
            });
            return;
        }
        String text;
        if (problem instanceof Problem.Conflict && problem.detail().contains("changed by someone else")) {
            text = text("stale");
        } else if (problem instanceof Problem.NotFound) {
            text = text("notFound");
        } else if (problem instanceof Problem.Forbidden) {
            text = text("forbidden");
        } else {
            text = problem.detail();
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void success(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getResponseComplete()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Sends an anonymous visitor to sign in and come back; returns whether it did. */
    static boolean signInFirst(boolean signedIn) {
        if (signedIn) {
            return false;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String target = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getRequestURI()
                .substring(external.getRequestContextPath().length());
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        try {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(query == null ? target : target + "?" + query, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    static UUID parse(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
