package eu.convivio.platform.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the error page says: a heading for the status only. Exception details stay in the
 * server log; they help attackers more than users.
 */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    private HttpServletRequest request;

    public int getStatus() {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 500;
    }

    /** The key of the heading and explanation in the bundle: error.403, error.404 or error.500. */
    public String getKind() {
        int status = getStatus();
        if (status == 401 || status == 403) {
            return "403";
        }
        if (status == 404 || status == 405) {
            return "404";
        }
        return "500";
    }
}
