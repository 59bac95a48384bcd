package eu.convivio.platform.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OpenID Connect protocol towards one provider: discovery, the authorization request (code
 * flow with state, nonce and PKCE S256), the token request (client_secret_basic) and the
 * validation of the ID token (issuer, audience, expiry, nonce, signature against the provider's
 * published keys).
 *
 * <p>Discovery happens on first use, never at deployment, so that an unreachable provider cannot
 * keep Convivio from starting; a failed discovery is retried by the next sign-in once
 * {@link #RETRY_DISCOVERY_AFTER} has passed, so that a provider that is down is not asked on every
 * click. The provider's keys are cached and refreshed by Nimbus' JWK source when they rotate.
 */
public class OpenIdProvider {

    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());

    /** How long a failed discovery is remembered before the next sign-in tries again. */
    public static final Duration RETRY_DISCOVERY_AFTER = Duration.ofSeconds(30);
    /** How long a user may take at the provider before the callback is no longer accepted. */
    public static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);
    /** The ID token signatures Convivio accepts; "none" and symmetric algorithms never are. */
    static final Set<JWSAlgorithm> SIGNATURE_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int KEY_SET_SIZE_LIMIT = 512 * 1024;

    /** Why a sign-in through the provider failed; the code is what the login page is told. */
    public enum Reason {
        /** the callback does not belong to the sign-in this browser started, or came too late */
        STATE("state"),
        /** the provider refused, answered an error, or could not be reached */
        PROVIDER("provider"),
        /** the ID token is missing or did not validate */
        TOKEN("token");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * A failed step. The message is meant for the log: it never holds a token, a code or a
     * claim's value.
     */
    public static final class Failure extends Exception {
        private final Reason reason;

        public Failure(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /**
     * What the browser's session must remember between the redirect to the provider and the
     * callback. Plain strings, so that a replicated session can carry it.
     */
    public record Attempt(String state, String nonce, String codeVerifier, URI redirectUri, Instant startedAt)
            implements Serializable {

        @Override
        public String toString() {
            return "Attempt[redirectUri=" + redirectUri + ", startedAt=" + startedAt + "]";
        }
    }

    /** A new attempt and the provider's URL to send the browser to. */
    public record Start(Attempt attempt, URI authorizationRequest) {
    }

    /** The validated identity: the ID token's subject and claims. */
    public record Identity(String subject, Map<String, Object> claims) {

        public Optional<String> text(String claim) {
            return claims.get(claim) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
        }

        public Optional<Boolean> flag(String claim) {
            return claims.get(claim) instanceof Boolean value ? Optional.of(value) : Optional.empty();
        }

        @Override
        public String toString() {
            return "Identity[claims=" + claims.keySet() + "]";
        }
    }

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    private final OpenIdSettings settings;
    private final Clock clock;
    private final Object discovering = new Object();
    private volatile Discovered discovered;
    private Instant failedAt;

    public OpenIdProvider(OpenIdSettings settings) {
        this(settings, Clock.systemUTC());
    }

    OpenIdProvider(OpenIdSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a sign-in: fresh state, nonce and PKCE verifier, and the authorization request. */
    public Start start(URI redirectUri) throws Failure {
        Discovered provider = discovered();
        Attempt attempt = new Attempt(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(),
                redirectUri, clock.instant());
        URI request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()), redirectUri)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(new State(attempt.state()))
                .nonce(new Nonce(attempt.nonce()))
                .codeChallenge(new CodeVerifier(attempt.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Start(attempt, request);
    }

    /**
     * Completes a sign-in at the callback: checks that the response belongs to {@code attempt},
     * exchanges the code for tokens and validates the ID token.
     *
     * @param callback the callback's query parameters
     */
    public Identity complete(Attempt attempt, Map<String, List<String>> callback) throws Failure {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(attempt.redirectUri(), callback);
        } catch (ParseException e) {
            throw new Failure(Reason.STATE, "the callback is not an authorization response: " + e.getMessage());
        }
        if (response.getState() == null || !response.getState().getValue().equals(attempt.state())) {
            throw new Failure(Reason.STATE, "the callback's state does not match the sign-in this session started");
        }
        if (clock.instant().isAfter(attempt.startedAt().plus(ATTEMPT_LIFETIME))) {
            throw new Failure(Reason.STATE, "the callback came more than " + ATTEMPT_LIFETIME.toMinutes()
                    + " minutes after the sign-in started");
        }
        if (!response.indicatesSuccess()) {
            throw new Failure(Reason.PROVIDER, "the provider answered with the error "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        Issuer issuer = new Issuer(settings.issuer());
        // RFC 9207: a provider that names itself in the response must be the configured one
        if (success.getIssuer() != null && !success.getIssuer().equals(issuer)) {
            throw new Failure(Reason.PROVIDER, "the callback names another issuer: " + success.getIssuer());
        }
        AuthorizationCode code = success.getAuthorizationCode();
        if (code == null) {
            throw new Failure(Reason.PROVIDER, "the callback carries no authorization code");
        }
        Discovered provider = discovered();
        JWT idToken = exchange(provider.metadata(), code, attempt);
        IDTokenClaimsSet claims = verify(provider.validator(), idToken, new Nonce(attempt.nonce()));
        // not Map.copyOf: a provider may send a claim with a null value
        return new Identity(claims.getSubject().getValue(),
                Collections.unmodifiableMap(new LinkedHashMap<>(claims.toJSONObject())));
    }

    private JWT exchange(OIDCProviderMetadata metadata, AuthorizationCode code, Attempt attempt) throws Failure {
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, attempt.redirectUri(), new CodeVerifier(attempt.codeVerifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new Failure(Reason.PROVIDER, "the token endpoint could not be reached: " + e);
        } catch (ParseException e) {
            throw new Failure(Reason.PROVIDER, "the token endpoint's answer could not be read: " + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            throw new Failure(Reason.PROVIDER, "the token endpoint refused the code with the error "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        if (!(response.toSuccessResponse() instanceof OIDCTokenResponse tokens) || tokens.getOIDCTokens().getIDToken() == null) {
            throw new Failure(Reason.TOKEN, "the token endpoint answered without an ID token");
        }
        return tokens.getOIDCTokens().getIDToken();
    }

    /** Validates the ID token's signature, issuer, audience, expiry and nonce. */
    static IDTokenClaimsSet verify(IDTokenValidator validator, JWT idToken, Nonce nonce) throws Failure {
        try {
            return validator.validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException e) {
            throw new Failure(Reason.TOKEN, "the ID token was refused: " + e.getMessage());
        }
    }

    /** The validator for ID tokens of {@code issuer} issued to {@code clientId}, signed with one of {@code keys}. */
    static IDTokenValidator validator(Issuer issuer, ClientID clientId, JWKSource<SecurityContext> keys) {
        return new IDTokenValidator(issuer, clientId, new JWSVerificationKeySelector<>(SIGNATURE_ALGORITHMS, keys), null);
    }

    private Discovered discovered() throws Failure {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (discovering) {
            if (discovered != null) {
                return discovered;
            }
            Instant now = clock.instant();
            if (failedAt != null && now.isBefore(failedAt.plus(RETRY_DISCOVERY_AFTER))) {
                throw new Failure(Reason.PROVIDER, "discovery at " + settings.issuer() + " failed less than "
                        + RETRY_DISCOVERY_AFTER.toSeconds() + " s ago; it is tried again after that");
            }
            try {
                Issuer issuer = new Issuer(settings.issuer());
                OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                URL keySet = metadata.getJWKSetURI().toURL();
                JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(keySet,
                        new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, KEY_SET_SIZE_LIMIT)).build();
                discovered = new Discovered(metadata, validator(issuer, new ClientID(settings.clientId()), keys));
                failedAt = null;
                LOG.info(() -> "OpenID Connect provider " + settings.issuer() + " discovered");
                return discovered;
            } catch (GeneralException | IOException | RuntimeException e) {
                failedAt = now;
                LOG.log(Level.WARNING, "OpenID Connect discovery at {0} failed, sign-in through it is unavailable "
                        + "until it succeeds: {1}", new Object[]{settings.issuer(), e.toString()});
                throw new Failure(Reason.PROVIDER, "discovery at " + settings.issuer() + " failed: " + e);
            }
        }
    }
}
