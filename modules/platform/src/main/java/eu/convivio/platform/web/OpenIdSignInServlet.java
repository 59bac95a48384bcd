package eu.convivio.platform.web;

import eu.convivio.platform.application.OpenIdSignIn;
import eu.convivio.platform.application.SignIn;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.infrastructure.OpenIdProvider;
import eu.convivio.platform.infrastructure.OpenIdSettings;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Sign-in through the city's OpenID Connect provider. {@code GET /login/oidc?next=…} remembers a
 * new attempt (state, nonce, PKCE verifier) and the local target in the session and sends the
 * browser to the provider; {@code GET /login/oidc/callback} completes the attempt and signs the
 * account in through {@link ConvivioAuthenticationMechanism}, exactly as the login form does, so
 * that the session holds only the account id under a fresh session id. Any failure goes back to
 * the login page with {@code ?oidcError=state|provider|token|account}. With OpenID Connect off
 * both answer 404.
 */
@WebServlet(name = "openIdSignIn", urlPatterns = {OpenIdSignInServlet.START_PATH, OpenIdSettings.CALLBACK_PATH})
public class OpenIdSignInServlet extends HttpServlet {

    public static final String START_PATH = "/login/oidc";
    static final String ATTEMPT = "convivio.oidc.attempt";
    static final String TARGET = "convivio.oidc.next";
    private static final Logger LOG = Logger.getLogger(OpenIdSignInServlet.class.getName());
    /** A Host header worth building a URL from: a name or IP literal and an optional port. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?");

    @Inject
    private transient OpenIdSignIn openId;

    @Inject
    private transient SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!openId.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (OpenIdSettings.CALLBACK_PATH.equals(request.getServletPath())) {
            callback(request, response);
        } else {
            start(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = SignInTarget.localPath(request.getParameter("next"));
        OpenIdProvider.Start start;
        try {
            start = openId.start(derivedCallback(request.getScheme(), host(request), request.getContextPath()));
        } catch (OpenIdSignIn.Refused refused) {
            backToLogin(request, response, refused.code(), target);
            return;
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTEMPT, start.attempt());
        session.setAttribute(TARGET, target);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(start.authorizationRequest().toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object attempt = session == null ? null : session.getAttribute(ATTEMPT);
        String target = session != null && session.getAttribute(TARGET) instanceof String t ? t : SignInTarget.HOME;
        if (session != null) {
            // an attempt is good for one callback: a replayed one finds nothing
            session.removeAttribute(ATTEMPT);
            session.removeAttribute(TARGET);
        }
        if (!(attempt instanceof OpenIdProvider.Attempt started)) {
            LOG.info("OpenID Connect sign-in refused (state): the callback came to a session that started no sign-in");
            backToLogin(request, response, OpenIdProvider.Reason.STATE.code(), target);
            return;
        }
        Account account;
        try {
            account = openId.complete(started, parameters(request));
        } catch (OpenIdSignIn.Refused refused) {
            backToLogin(request, response, refused.code(), target);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new SignInCredential(new SignIn.Success(account)))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            LOG.info(() -> "OpenID Connect sign-in refused (account): the authentication mechanism answered " + status);
            backToLogin(request, response, OpenIdSignIn.Refused.ACCOUNT, target);
            return;
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    private static void backToLogin(HttpServletRequest request, HttpServletResponse response, String code, String target)
            throws IOException {
        String query = "?oidcError=" + code;
        if (!SignInTarget.HOME.equals(target)) {
            query += "&next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml" + query);
    }

    /** The host the browser used, as the proxy reports it (the same rule as {@link CsrfGuard}). */
    private static String host(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Host");
        String host = forwarded != null ? forwarded : request.getHeader("Host");
        if (host == null || !HOST.matcher(host.strip()).matches()) {
            int port = request.getServerPort();
            return request.getServerName() + (port == 80 || port == 443 ? "" : ":" + port);
        }
        return host.strip();
    }

    /**
     * The callback URL for this request, used when {@code convivio.oidc.redirect-uri} is not set.
     * A forged Host header gains nothing: the provider sends codes only to registered redirect URIs.
     */
    static URI derivedCallback(String scheme, String host, String contextPath) {
        try {
            return new URI(scheme + "://" + host + contextPath + OpenIdSettings.CALLBACK_PATH);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no callback URL can be built from the host " + host, e);
        }
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }
}
