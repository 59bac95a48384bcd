package eu.convivio.platform.web;

import eu.convivio.platform.application.SignIn;
import jakarta.security.enterprise.credential.Credential;

/**
 * Carries the outcome of a password check from the login form to the authentication mechanism:
 * the form checks the password (with throttling) and the mechanism only establishes the session.
 */
public record SignInCredential(SignIn.Outcome outcome) implements Credential {
}
