package eu.convivio.platform.web;

import eu.convivio.platform.application.ApiTokens;
import eu.convivio.platform.application.RequestUser;
import eu.convivio.platform.application.SignIn;
import eu.convivio.platform.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Convivio's single authentication mechanism. The API authenticates with a bearer token on each
 * request; the UI signs in through the login form (which calls
 * {@code SecurityContext.authenticate} with a {@link SignInCredential}) and is then remembered by
 * the HTTP session, which keeps only the account id. Roles are read from the database on every
 * request, so that a role taken away takes effect at once.
 */
@ApplicationScoped
public class ConvivioAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the signed-in account's id. */
    public static final String SESSION_ACCOUNT = "convivio.account";
    /** Request attribute: how this request was authenticated ("token" or "session"). */
    public static final String AUTHENTICATED_BY = "convivio.authenticatedBy";

    @Inject
    private ApiTokens tokens;

    @PersistenceContext
    private EntityManager em;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Account> account = tokens.authenticate(authorization.substring(7).strip());
            if (account.isEmpty()) {
                return refuse(request, response, "The bearer token is unknown, expired or revoked.");
            }
            return login(request, context, account.get(), "token");
        }

        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof SignInCredential signIn && signIn.outcome() instanceof SignIn.Success success) {
            Account account = success.account();
            HttpSession old = request.getSession(false);
            Object language = old == null ? null : old.getAttribute("convivio.locale");
            // a fresh session id at sign-in defeats session fixation
            if (old != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_ACCOUNT, account.getId());
            if (language != null) {
                session.setAttribute("convivio.locale", language);
            }
            return login(request, context, account, "session");
        }
        if (credential != null) {
            return AuthenticationStatus.SEND_FAILURE;
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof UUID accountId) {
            Account account = em.find(Account.class, accountId);
            if (account != null && account.isActive()) {
                return login(request, context, account, "session");
            }
            session.invalidate();
        }

        if (isApi(request)) {
            // the API decides per resource method (RoleCheck), answering problem+json
            return context.doNothing();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * Tells the container who this is, and hands the loaded account on to {@link RequestUser},
     * so that the request does not read it from the database a second time.
     */
    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Account account,
                                              String by) {
        request.setAttribute(AUTHENTICATED_BY, by);
        request.setAttribute(RequestUser.AUTHENTICATED_ACCOUNT, account);
        return context.notifyContainerAboutLogin(account.getUsername(), RequestUser.groupsOf(account));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Whether the request goes to the REST API under /api, which answers problem+json, not pages. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            SecurityHeaders.apply(request, response);
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"convivio\"");
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.getWriter().write(ProblemJson.of(401, "unauthorized", "Sign-in required", detail).toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
