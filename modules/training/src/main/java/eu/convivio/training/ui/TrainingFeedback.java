package eu.convivio.training.ui;

import eu.convivio.platform.api.Pages;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Messages of the training pages: texts from the {@code training} bundle in the page's language,
 * a refused field's message beside its input, and HTTP errors for pages that do not exist for the user.
 */
final class TrainingFeedback {

    /** The bundle of these pages, as faces-config registers it. */
    private static final String BUNDLE = "training";

    private TrainingFeedback() {
    }

    static String text(String key, Object... arguments) {
        return Pages.text(BUNDLE, key, arguments);
    }

    static String language() {
        return Pages.language();
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
                markInvalid(clientId);
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
     * As {@link Pages#markInvalid}, but a group of checkboxes gets back every value that was sent,
     * as the array it submits (a single string would break its rendering).
     */
    private static void markInvalid(String clientId) {
        if (clientId == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        boolean[] many = {false};
        context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
            if (component instanceof UISelectMany select) {
                many[0] = true;
                select.setValid(false);
                String[] sent = ctx.getExternalContext().getRequestParameterValuesMap().get(clientId);
                select.setSubmittedValue(sent == null ? new String[0] : sent);
            }
        });
        if (!many[0]) {
            Pages.markInvalid(clientId);
        }
    }

    /**
     * The services explain in English, with specifics (which day, how many seats); on a page in
     * another language the field's rule is shown in that language instead.
     */
    private static String fieldMessage(String field, String message) {
        if ("en".equals(language())) {
            return message;
        }
        // a row's field ("translations[2].title") has one rule for every row
        String key = "invalid." + field.replaceAll("\\[\\d+]", "");
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

    /** Sends a signed-out visitor to sign in and back; true when it did. */
    static boolean signInFirst(boolean signedIn, String path) {
        if (signedIn) {
            return false;
        }
        redirect("/login.xhtml?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        return true;
    }

    /**
     * The start of a page that shows one thing a signed-in person may or may not see: a signed-out
     * visitor is sent to sign in and back to {@code path}; then {@code read} runs, and what it cannot
     * find answers 404, what the person may not see 403.
     */
    static void signedInAndRead(boolean signedIn, String path, Runnable read) {
        if (signInFirst(signedIn, path)) {
            return;
        }
        try {
            read.run();
        } catch (Problem.NotFound e) {
            sendError(404);
        } catch (Problem.Forbidden e) {
            sendError(403);
        }
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
