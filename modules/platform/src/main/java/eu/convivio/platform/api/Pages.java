package eu.convivio.platform.api;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The mechanics every module's Faces pages share: a text of a registered bundle in the page's
 * language, an input marked invalid with what the user sent, a confirmation kept across a
 * redirect, an HTTP error, a redirect inside the application. Each module keeps its own wording
 * (which keys, how a service's refusal is said) and calls these for the rest.
 */
public final class Pages {

    private Pages() {
    }

    /** The text of {@code key} in the bundle registered as {@code bundle} (faces-config var), arguments filled in; the key itself when missing. */
    public static String text(String bundle, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle texts = context.getApplication().getResourceBundle(context, bundle);
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** The page's interface language (en, el, bg, sk). */
    public static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /**
     * Flags the input, so that it renders aria-invalid and assistive technology announces the
     * error; an invalid input shows its submitted value, not the model's, so it gets what was sent.
     */
    public static void markInvalid(String clientId) {
        if (clientId == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
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

    /** A confirmation shown on the page the action redirects to. */
    public static void confirm(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Answers the request with an HTTP error (404: not there for this user; 403: the role does not allow it). */
    public static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Redirects to a path inside the application. */
    public static void redirect(String path) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
