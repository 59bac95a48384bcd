package eu.convivio.platform.ui;

import eu.convivio.platform.api.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface language of this request. An explicit choice wins (session, then cookie); then
 * the signed-in account's preferred language; then the browser's Accept-Language; then English.
 */
@Named("locale")
@RequestScoped
public class LocaleSelection {

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentUser user;

    private String code;

    public String getCode() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    public Locale getCurrent() {
        return Locale.forLanguageTag(getCode());
    }

    public List<Languages.Language> getLanguages() {
        return Languages.ALL;
    }

    /** This page's address with the language parameter, which {@link LanguageFilter} turns into a choice. */
    public String link(String language) {
        String path = Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                .or(() -> Optional.ofNullable((String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI)))
                .orElse(request.getRequestURI());
        String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null ? null
                : Optional.ofNullable((String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING))
                .orElse(request.getQueryString());
        String kept = Languages.withoutLanguage(query);
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + Languages.PARAMETER + "="
                + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }

    private String resolve() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(Languages.SESSION_ATTRIBUTE) instanceof String chosen
                && Languages.supported(chosen)) {
            return chosen;
        }
        if (request.getCookies() != null) {
            Optional<String> remembered = Arrays.stream(request.getCookies())
                    .filter(c -> Languages.COOKIE.equals(c.getName())).map(Cookie::getValue)
                    .filter(Languages::supported).findFirst();
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        if (user.isAuthenticated() && Languages.supported(user.preferredLanguage())) {
            return user.preferredLanguage();
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                String supported = Languages.codeOf(locale);
                if (supported != null) {
                    return supported;
                }
            }
        }
        return Languages.DEFAULT;
    }
}
