package eu.convivio.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery protection for the web interface. Every form is a Faces form, whose
 * server-side view state is an unguessable token bound to the session; a state-changing request
 * without it, or one whose Origin names another site, is refused with 403 before it reaches a
 * page. (The API is guarded in {@link RoleCheck}: it takes writes only with bearer tokens.)
 */
@WebFilter(filterName = "csrfGuard", urlPatterns = "/*", asyncSupported = true)
public class CsrfGuard extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || ConvivioAuthenticationMechanism.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!sameOrigin(request) || request.getParameter(VIEW_STATE) == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            // browsers send Origin on cross-site POSTs; its absence means a same-site or non-browser client
            return origin == null;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("X-Forwarded-Host") != null ? request.getHeader("X-Forwarded-Host") : request.getHeader("Host");
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(originHost) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
