package eu.convivio.platform.ui;

import eu.convivio.platform.application.OpenIdSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the login page needs to offer sign-in through the city's OpenID Connect provider:
 * {@code #{oidc.enabled}} shows the button, {@code #{oidc.buttonLabel}} labels it. The button is a
 * plain link to {@code /login/oidc}, which does the rest.
 */
@Named("oidc")
@ApplicationScoped
public class CityAccountSignIn {

    @Inject
    private OpenIdSignIn openId;

    public boolean isEnabled() {
        return openId.isEnabled();
    }

    public String getButtonLabel() {
        return openId.buttonLabel();
    }
}
