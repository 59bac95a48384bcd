package eu.convivio.platform.web;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.application.ApiTokens;
import eu.convivio.platform.application.SignIn;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exchanges a user name and password for a personal API token, for scripts and API clients that
 * cannot use the web page. Subject to the same throttling as the sign-in form.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class TokenResource {

    @Inject
    private SignIn signIn;

    @Inject
    private ApiTokens tokens;

    @Context
    private HttpServletRequest request;

    public record TokenRequest(String username, String password, String name, Integer validDays) {
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Sign in with user name and password and receive a new API token (its secret is in this response only)")
    public Response issue(TokenRequest body) {
        TokenRequest r = MunicipalityResource.required(body);
        if (r.username() == null || r.username().isBlank() || r.password() == null || r.password().isEmpty()) {
            throw new Problem.Invalid(java.util.List.of(new Problem.FieldError("username", "Enter the user name and password.")));
        }
        SignIn.Outcome outcome = signIn.attempt(r.username(), r.password().toCharArray(), request.getRemoteAddr());
        if (outcome instanceof SignIn.Throttled throttled) {
            throw new Problem.TooManyRequests("Too many failed sign-ins for this user name; try again later.",
                    throttled.retryAfter().toSeconds());
        }
        if (!(outcome instanceof SignIn.Success success)) {
            throw new Problem.Unauthorized("The user name or password is not correct.");
        }
        String name = r.name() == null || r.name().isBlank() ? "API client" : r.name();
        ApiTokens.Issued issued = tokens.issue(success.account().getId(), name, r.validDays() == null ? 90 : r.validDays());
        return Response.status(201).entity(new Views.IssuedTokenView(Views.TokenView.of(issued.token()), issued.secret())).build();
    }
}
