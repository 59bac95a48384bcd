package eu.convivio.platform.infrastructure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code convivio.oidc.*} configuration of sign-in through a city's OpenID Connect provider.
 * OpenID Connect is off unless {@code convivio.oidc.issuer} is set; once it is, a setting that
 * cannot work (no client id, a relative redirect URI, an issuer over plain http) is refused with
 * a message naming the key, so that the mistake shows at deployment and not at a user's first
 * sign-in.
 *
 * @param issuer        the provider's issuer identifier; discovery reads
 *                      {@code <issuer>/.well-known/openid-configuration}
 * @param clientId      Convivio's client id at the provider
 * @param clientSecret  its secret, sent with HTTP Basic authentication to the token endpoint
 * @param redirectUri   the callback registered at the provider; empty: derived from each request
 * @param scopes        the scopes asked for, always including {@code openid}
 * @param usernameClaim the ID token claim that holds the Convivio user name
 * @param matchBy       whether the identity is matched to an account by user name or by e-mail
 * @param buttonLabel   the label of the sign-in button on the login page
 */
public record OpenIdSettings(URI issuer, String clientId, String clientSecret, Optional<URI> redirectUri,
                             List<String> scopes, String usernameClaim, MatchBy matchBy, String buttonLabel) {

    public static final String PREFIX = "convivio.oidc.";
    public static final String DEFAULT_SCOPES = "openid profile email";
    public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";
    public static final String DEFAULT_BUTTON_LABEL = "Sign in with your city account";
    /** Where the provider sends the browser back, relative to the application's context root. */
    public static final String CALLBACK_PATH = "/login/oidc/callback";

    /** Which account attribute the identity from the provider must equal. */
    public enum MatchBy {
        /** the configured user-name claim equals the account's user name */
        USERNAME,
        /** the {@code email} claim equals the account's e-mail address (ignoring case) */
        EMAIL
    }

    /** A configuration that cannot work; the message names the key and what is expected. */
    public static final class Invalid extends IllegalStateException {
        Invalid(String key, String expected) {
            super("OpenID Connect sign-in is misconfigured: " + PREFIX + key + " " + expected);
        }
    }

    @Override
    public String toString() {
        // the secret must never reach a log through this record
        return "OpenIdSettings[issuer=" + issuer + ", clientId=" + clientId + ", redirectUri="
                + redirectUri.map(URI::toString).orElse("(from the request)") + ", scopes=" + scopes
                + ", usernameClaim=" + usernameClaim + ", matchBy=" + matchBy + "]";
    }

    /**
     * Reads the settings through {@code lookup} (a MicroProfile Config lookup in production, a
     * map in tests). Answers empty when no issuer is configured.
     *
     * @throws Invalid if OpenID Connect is switched on but a setting cannot work
     */
    public static Optional<OpenIdSettings> read(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(PREFIX + key).map(String::strip)
                .filter(v -> !v.isEmpty());
        Optional<String> issuerValue = value.apply("issuer");
        if (issuerValue.isEmpty()) {
            return Optional.empty();
        }
        URI issuer = absolute("issuer", issuerValue.get());
        if (!"https".equals(issuer.getScheme()) && !isLoopback(issuer)) {
            throw new Invalid("issuer", "must be an https URL (plain http is accepted only for localhost), not "
                    + issuerValue.get());
        }
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw new Invalid("issuer", "may not have a query or a fragment: " + issuerValue.get());
        }
        String clientId = value.apply("client-id")
                .orElseThrow(() -> new Invalid("client-id", "must be set when " + PREFIX + "issuer is set"));
        String clientSecret = value.apply("client-secret")
                .orElseThrow(() -> new Invalid("client-secret", "must be set when " + PREFIX + "issuer is set"));
        Optional<URI> redirectUri = value.apply("redirect-uri").map(v -> absolute("redirect-uri", v));
        redirectUri.ifPresent(uri -> {
            if (uri.getRawFragment() != null) {
                throw new Invalid("redirect-uri", "may not have a fragment: " + uri);
            }
        });
        List<String> scopes = List.copyOf(new LinkedHashSet<>(Arrays.asList(
                value.apply("scopes").orElse(DEFAULT_SCOPES).split("[\\s,]+"))));
        if (!scopes.contains("openid")) {
            throw new Invalid("scopes", "must include openid, not " + String.join(" ", scopes));
        }
        String usernameClaim = value.apply("username-claim").orElse(DEFAULT_USERNAME_CLAIM);
        String matchByValue = value.apply("match-by").orElse("username");
        MatchBy matchBy = switch (matchByValue.toLowerCase(Locale.ROOT)) {
            case "username" -> MatchBy.USERNAME;
            case "email" -> MatchBy.EMAIL;
            default -> throw new Invalid("match-by", "must be username or email, not " + matchByValue);
        };
        String buttonLabel = value.apply("button-label").orElse(DEFAULT_BUTTON_LABEL);
        return Optional.of(new OpenIdSettings(issuer, clientId, clientSecret, redirectUri, scopes, usernameClaim,
                matchBy, buttonLabel));
    }

    private static URI absolute(String key, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new Invalid(key, "is not a valid URL: " + value);
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new Invalid(key, "must be an absolute http or https URL, not " + value);
        }
        return uri;
    }

    private static boolean isLoopback(URI uri) {
        return Set.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost().toLowerCase(Locale.ROOT));
    }
}
