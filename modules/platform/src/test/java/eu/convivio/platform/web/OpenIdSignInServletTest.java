package eu.convivio.platform.web;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class OpenIdSignInServletTest {

    @Test
    void theCallbackIsDerivedFromTheHostTheBrowserUsed() {
        assertThat(OpenIdSignInServlet.derivedCallback("https", "convivio.city.example", ""))
                .isEqualTo(URI.create("https://convivio.city.example/login/oidc/callback"));
        assertThat(OpenIdSignInServlet.derivedCallback("http", "localhost:8083", "/convivio"))
                .isEqualTo(URI.create("http://localhost:8083/convivio/login/oidc/callback"));
    }
}
