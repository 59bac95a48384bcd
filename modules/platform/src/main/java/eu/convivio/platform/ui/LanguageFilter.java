package eu.convivio.platform.ui;

import eu.convivio.platform.web.ConvivioAuthenticationMechanism;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Language switching without JavaScript: a link with {@code ?lang=el} stores the choice in the
 * session and in a long-lived cookie, then redirects to the same address without the parameter,
 * so that bookmarks and shared links stay language-neutral.
 */
@WebFilter(filterName = "languageFilter", urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chosen = request.getParameter(Languages.PARAMETER);
        if (chosen == null || !"GET".equals(request.getMethod()) || ConvivioAuthenticationMechanism.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (Languages.supported(chosen)) {
            request.getSession(true).setAttribute(Languages.SESSION_ATTRIBUTE, chosen);
            Cookie cookie = new Cookie(Languages.COOKIE, chosen);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        response.sendRedirect(withoutLanguage(request));
    }

    static String withoutLanguage(HttpServletRequest request) {
        String query = Languages.withoutLanguage(request.getQueryString());
        return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }
}
