package eu.convivio.platform.infrastructure;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenIdSettingsTest {

    private final Map<String, String> config = new HashMap<>(Map.of(
            "convivio.oidc.issuer", "https://login.city.example/realms/staff",
            "convivio.oidc.client-id", "convivio",
            "convivio.oidc.client-secret", "s3cret"));

    private Optional<OpenIdSettings> read() {
        return OpenIdSettings.read(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void offWithoutAnIssuer() {
        config.remove("convivio.oidc.issuer");
        assertThat(read()).isEmpty();

        config.put("convivio.oidc.issuer", "  ");
        assertThat(read()).as("an empty variable in the environment").isEmpty();
    }

    @Test
    void offEvenWhenOnlyTheClientIsConfigured() {
        config.remove("convivio.oidc.issuer");
        config.put("convivio.oidc.redirect-uri", "not a url");

        assertThat(read()).isEmpty();
    }

    @Test
    void defaults() {
        OpenIdSettings settings = read().orElseThrow();

        assertThat(settings.issuer()).isEqualTo(URI.create("https://login.city.example/realms/staff"));
        assertThat(settings.clientId()).isEqualTo("convivio");
        assertThat(settings.clientSecret()).isEqualTo("s3cret");
        assertThat(settings.redirectUri()).isEmpty();
        assertThat(settings.scopes()).containsExactly("openid", "profile", "email");
        assertThat(settings.usernameClaim()).isEqualTo("preferred_username");
        assertThat(settings.matchBy()).isEqualTo(OpenIdSettings.MatchBy.USERNAME);
        assertThat(settings.buttonLabel()).isEqualTo("Sign in with your city account");
    }

    @Test
    void everyKeyIsRead() {
        config.put("convivio.oidc.redirect-uri", "https://convivio.city.example/login/oidc/callback");
        config.put("convivio.oidc.scopes", "openid email");
        config.put("convivio.oidc.username-claim", "upn");
        config.put("convivio.oidc.match-by", "EMAIL");
        config.put("convivio.oidc.button-label", "Accedi con SPID");
        OpenIdSettings settings = read().orElseThrow();

        assertThat(settings.redirectUri()).contains(URI.create("https://convivio.city.example/login/oidc/callback"));
        assertThat(settings.scopes()).isEqualTo(List.of("openid", "email"));
        assertThat(settings.usernameClaim()).isEqualTo("upn");
        assertThat(settings.matchBy()).isEqualTo(OpenIdSettings.MatchBy.EMAIL);
        assertThat(settings.buttonLabel()).isEqualTo("Accedi con SPID");
    }

    @Test
    void aRedirectUriThatCannotWorkIsRefusedNamingTheKey() {
        for (String bad : List.of("/login/oidc/callback", "ftp://convivio.city.example/cb", "https://exa mple/cb",
                "https://convivio.city.example/login/oidc/callback#top")) {
            config.put("convivio.oidc.redirect-uri", bad);
            assertThatThrownBy(this::read).as(bad).isInstanceOf(OpenIdSettings.Invalid.class)
                    .hasMessageContaining("convivio.oidc.redirect-uri");
        }
    }

    @Test
    void anIssuerOverPlainHttpIsRefusedExceptOnThisMachine() {
        config.put("convivio.oidc.issuer", "http://login.city.example/realms/staff");
        assertThatThrownBy(this::read).isInstanceOf(OpenIdSettings.Invalid.class)
                .hasMessageContaining("convivio.oidc.issuer").hasMessageContaining("https");

        config.put("convivio.oidc.issuer", "http://localhost:8180/realms/staff");
        assertThat(read()).isPresent();
    }

    @Test
    void aClientIdAndSecretAreRequired() {
        config.remove("convivio.oidc.client-secret");
        assertThatThrownBy(this::read).hasMessageContaining("convivio.oidc.client-secret must be set");

        config.remove("convivio.oidc.client-id");
        assertThatThrownBy(this::read).hasMessageContaining("convivio.oidc.client-id must be set");
    }

    @Test
    void scopesWithoutOpenidAreRefused() {
        config.put("convivio.oidc.scopes", "profile email");
        assertThatThrownBy(this::read).hasMessageContaining("convivio.oidc.scopes must include openid");
    }

    @Test
    void anUnknownMatchIsRefused() {
        config.put("convivio.oidc.match-by", "phone");
        assertThatThrownBy(this::read).hasMessageContaining("convivio.oidc.match-by must be username or email");
    }

    @Test
    void theSecretNeverShowsInTheSettingsText() {
        assertThat(read().orElseThrow().toString()).contains("convivio").doesNotContain("s3cret");
    }
}
