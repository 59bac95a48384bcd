package eu.convivio.strategy.ui;

import eu.convivio.platform.api.Pages;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;
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
        return Pages.text("consultation", key, arguments);
    }

    /** The interface language of the page (en, el, bg, sk). */
    static String language() {
        return Pages.language();
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
                Pages.markInvalid(clientId);
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

    static void success(String key, Object... arguments) {
        Pages.confirm(text(key, arguments));
    }

    static void sendError(int status) {
        Pages.sendError(status);
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
        Pages.redirect(path);
    }
}
