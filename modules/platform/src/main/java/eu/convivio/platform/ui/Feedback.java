package eu.convivio.platform.ui;

import eu.convivio.platform.api.Pages;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Messages for the people using the pages: texts from the {@code msg} bundle in the page's
 * language, field errors beside their inputs, and a success message that survives the redirect
 * after a successful action. A {@link Problem} never reaches the page as an exception.
 */
final class Feedback {

    private Feedback() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /**
     * The page's language for a message a service wrote in English. Services speak English
     * because the API answers with the same texts; the bundles hold each known text under a
     * {@code service.*} key, found here by its English wording. Unknown texts stay as they are.
     */
    static String translate(String serviceText) {
        if (serviceText == null) {
            return "";
        }
        if (STALE_VERSION.matcher(serviceText).matches()) {
            return text("problem.stale");
        }
        String key = switch (serviceText) {
            case "must not be blank", "must not be null" -> "validation.required";
            case "must be a well-formed email address" -> "validation.email";
            default -> ServiceTexts.KEYS.get(serviceText);
        };
        return key == null ? serviceText : text(key);
    }

    /** The wording of the application layer's optimistic-locking conflict (Versions). */
    private static final Pattern STALE_VERSION = Pattern.compile(
            "This \\S+ was changed by someone else since you opened it \\(version \\d+, now \\d+\\)\\. Reload it and apply your change again\\.");

    /** English service texts to their keys, read once from the English bundle. */
    private static final class ServiceTexts {
        static final Map<String, String> KEYS = load();

        private static Map<String, String> load() {
            ResourceBundle english = ResourceBundle.getBundle("eu.convivio.platform.ui.messages", Locale.ROOT,
                    Feedback.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> keys = new HashMap<>();
            for (String key : english.keySet()) {
                if (key.startsWith("service.")) {
                    keys.put(english.getString(key), key);
                }
            }
            return Map.copyOf(keys);
        }
    }

    /** An error beside one input (its client id) or, with a null client id, at the top of the page. */
    static void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        Pages.markInvalid(clientId);
    }


    /** A confirmation shown on the page the action redirects to. */
    static void success(String key, Object... arguments) {
        Pages.confirm(text(key, arguments));
    }

    /**
     * Shows what a service refused. Field errors go beside the inputs named in {@code inputs}
     * (service field name to client id); everything else becomes one message for the page.
     */
    static void problem(Problem problem, Map<String, String> inputs) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem instanceof Problem.Invalid invalid) {
            invalid.byField().forEach((field, message) -> {
                String clientId = inputs.get(field);
                String translated = translate(message);
                Pages.markInvalid(clientId);
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        clientId == null ? text("problem.invalid") + " " + translated : translated, null));
            });
            return;
        }
        String summary;
        if (problem instanceof Problem.NotFound) {
            summary = text("problem.notFound");
        } else if (problem instanceof Problem.Forbidden) {
            summary = text("problem.forbidden");
        } else if (problem instanceof Problem.Conflict) {
            summary = text("problem.conflict");
        } else if (problem instanceof Problem.Unauthorized) {
            summary = text("problem.unauthorized");
        } else {
            summary = text("problem.other");
        }
        // a conflict's detail says what clashed (a stale version, a name in use): the user needs it to act
        String text = problem instanceof Problem.Conflict ? summary + " " + translate(problem.detail()) : summary;
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Answers with an HTTP error, so that the container shows the friendly error page. */
    static void sendError(int status) {
        Pages.sendError(status);
    }

    static void redirect(String path) {
        Pages.redirect(path);
    }
}
