package eu.convivio.platform.ui;

import eu.convivio.platform.application.SignIn;
import eu.convivio.platform.web.SignInCredential;
import eu.convivio.platform.web.SignInTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in form. The password is checked here, with throttling; the authentication mechanism
 * then only opens the session. A failure never says whether the user name exists.
 */
@Named
@RequestScoped
public class SignInPage {

    static final String HOME = "/account/index.xhtml";

    @Inject
    private SignIn signIn;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    private String username;
    private String password;
    private String next;

    public void signIn() {
        SignIn.Outcome outcome = signIn.attempt(username, password == null ? new char[0] : password.toCharArray(),
                request.getRemoteAddr());
        password = null;
        if (outcome instanceof SignIn.Throttled throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            Feedback.error("login-error", "login.throttled", minutes);
            return;
        }
        if (!(outcome instanceof SignIn.Success)) {
            Feedback.error("login-error", "login.failed");
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new SignInCredential(outcome)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            Feedback.error("login-error", "login.failed");
            return;
        }
        Feedback.redirect(safeNext(next, HOME));
    }

    /**
     * Only a path on this site (see {@link SignInTarget}), and never the sign-in page itself, which
     * would greet a freshly signed-in user with the form again.
     */
    static String safeNext(String next, String otherwise) {
        if (next != null && next.startsWith("/login.xhtml")) {
            return otherwise;
        }
        return SignInTarget.localPath(next, otherwise);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
