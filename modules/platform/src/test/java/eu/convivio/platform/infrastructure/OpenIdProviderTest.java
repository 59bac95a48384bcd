package eu.convivio.platform.infrastructure;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import eu.convivio.platform.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Convivio's side of the code flow against {@link FakeOpenIdProvider}, over the loopback interface. */
class OpenIdProviderTest {

    private static final URI CALLBACK = URI.create("https://convivio.example/login/oidc/callback");

    private FakeOpenIdProvider fake;
    private MovableClock clock;
    private OpenIdProvider provider;

    @BeforeEach
    void startProvider() throws Exception {
        fake = new FakeOpenIdProvider();
        clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
        provider = new OpenIdProvider(fake.settings(), clock);
    }

    @AfterEach
    void stopProvider() {
        fake.close();
    }

    @Test
    void theAuthorizationRequestCarriesStateNonceAndAnS256Challenge() throws Exception {
        OpenIdProvider.Start start = provider.start(CALLBACK);
        Map<String, List<String>> query = URLUtils.parseParameters(start.authorizationRequest().getRawQuery());

        assertThat(start.authorizationRequest().toString()).startsWith(fake.issuer() + "/authorize?");
        assertThat(query).containsEntry("response_type", List.of("code"))
                .containsEntry("client_id", List.of(FakeOpenIdProvider.CLIENT_ID))
                .containsEntry("redirect_uri", List.of(CALLBACK.toString()))
                .containsEntry("scope", List.of("openid profile email"))
                .containsEntry("state", List.of(start.attempt().state()))
                .containsEntry("nonce", List.of(start.attempt().nonce()))
                .containsEntry("code_challenge_method", List.of("S256"))
                .containsEntry("code_challenge", List.of(CodeChallenge.compute(CodeChallengeMethod.S256,
                        new CodeVerifier(start.attempt().codeVerifier())).getValue()));
        assertThat(start.attempt().codeVerifier()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(start.attempt().redirectUri()).isEqualTo(CALLBACK);
        assertThat(start.attempt().startedAt()).isEqualTo(clock.instant());
        assertThat(start.attempt().toString()).doesNotContain(start.attempt().state(), start.attempt().nonce(),
                start.attempt().codeVerifier());
    }

    @Test
    void everyAttemptHasItsOwnStateNonceAndVerifier() throws Exception {
        OpenIdProvider.Attempt first = provider.start(CALLBACK).attempt();
        OpenIdProvider.Attempt second = provider.start(CALLBACK).attempt();

        assertThat(second.state()).isNotEqualTo(first.state());
        assertThat(second.nonce()).isNotEqualTo(first.nonce());
        assertThat(second.codeVerifier()).isNotEqualTo(first.codeVerifier());
    }

    @Test
    void aCompletedSignInAnswersTheProvidersClaims() throws Exception {
        OpenIdProvider.Start start = provider.start(CALLBACK);

        OpenIdProvider.Identity identity = provider.complete(start.attempt(), signInAtProvider(start));

        assertThat(identity.subject()).isEqualTo("subject-42");
        assertThat(identity.text("preferred_username")).contains("maria.rossi");
        assertThat(identity.toString()).doesNotContain("maria.rossi");
        assertThat(fake.discoveries).hasValue(1);
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedBeforeTheCodeIsRedeemed() throws Exception {
        OpenIdProvider.Start mine = provider.start(CALLBACK);
        OpenIdProvider.Start someoneElses = provider.start(CALLBACK);
        Map<String, List<String>> callback = signInAtProvider(someoneElses);

        assertThat(failure(() -> provider.complete(mine.attempt(), callback))).isEqualTo(OpenIdProvider.Reason.STATE);
        assertThat(fake.tokenRequests).hasValue(0);
    }

    @Test
    void aCallbackWithoutStateIsRefused() throws Exception {
        OpenIdProvider.Start start = provider.start(CALLBACK);
        Map<String, List<String>> callback = Map.of("code", List.of("some-code"));

        assertThat(failure(() -> provider.complete(start.attempt(), callback))).isEqualTo(OpenIdProvider.Reason.STATE);
    }

    @Test
    void aCallbackLaterThanTheAttemptsLifetimeIsRefused() throws Exception {
        OpenIdProvider.Start start = provider.start(CALLBACK);
        Map<String, List<String>> callback = signInAtProvider(start);
        clock.advance(OpenIdProvider.ATTEMPT_LIFETIME.plusSeconds(1));

        assertThat(failure(() -> provider.complete(start.attempt(), callback))).isEqualTo(OpenIdProvider.Reason.STATE);
    }

    @Test
    void anErrorFromTheProviderIsReportedAsSuch() throws Exception {
        OpenIdProvider.Start start = provider.start(CALLBACK);
        Map<String, List<String>> callback = Map.of("error", List.of("access_denied"),
                "state", List.of(start.attempt().state()));

        assertThat(failure(() -> provider.complete(start.attempt(), callback))).isEqualTo(OpenIdProvider.Reason.PROVIDER);
    }

    @Test
    void aCallbackNamingAnotherIssuerIsRefused() throws Exception {
        OpenIdProvider.Start start = provider.start(CALLBACK);
        Map<String, List<String>> callback = new java.util.HashMap<>(signInAtProvider(start));
        callback.put("iss", List.of("https://attacker.example"));

        assertThat(failure(() -> provider.complete(start.attempt(), callback))).isEqualTo(OpenIdProvider.Reason.PROVIDER);
        assertThat(fake.tokenRequests).hasValue(0);
    }

    @Test
    void aCodeIsRedeemedOnlyWithTheVerifierOfItsAttempt() throws Exception {
        OpenIdProvider.Start start = provider.start(CALLBACK);
        Map<String, List<String>> callback = signInAtProvider(start);
        OpenIdProvider.Attempt forgedVerifier = new OpenIdProvider.Attempt(start.attempt().state(),
                start.attempt().nonce(), new CodeVerifier().getValue(), CALLBACK, start.attempt().startedAt());

        assertThat(failure(() -> provider.complete(forgedVerifier, callback))).isEqualTo(OpenIdProvider.Reason.PROVIDER);
        assertThat(fake.tokenRequests).hasValue(1);
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() throws Exception {
        fake.tokenAudience = "another-application";
        OpenIdProvider.Start start = provider.start(CALLBACK);
        Map<String, List<String>> callback = signInAtProvider(start);

        assertThat(failure(() -> provider.complete(start.attempt(), callback))).isEqualTo(OpenIdProvider.Reason.TOKEN);
    }

    @Test
    void aProviderThatIsDownIsReportedAndAskedAgainOnlyAfterThePause() throws Exception {
        fake.available = false;
        assertThat(failure(() -> provider.start(CALLBACK))).isEqualTo(OpenIdProvider.Reason.PROVIDER);
        fake.available = true;

        clock.advance(OpenIdProvider.RETRY_DISCOVERY_AFTER.minusSeconds(1));
        assertThat(failure(() -> provider.start(CALLBACK))).isEqualTo(OpenIdProvider.Reason.PROVIDER);
        assertThat(fake.discoveries).as("not asked during the pause").hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(provider.start(CALLBACK).authorizationRequest()).isNotNull();
        provider.start(CALLBACK);
        assertThat(fake.discoveries).as("asked once more, then remembered").hasValue(2);
    }

    @Test
    void aProviderNobodyAnswersForIsReportedAsProviderFailure() {
        OpenIdSettings settings = fake.settings();
        fake.close();

        assertThat(failure(() -> new OpenIdProvider(settings, clock).start(CALLBACK)))
                .isEqualTo(OpenIdProvider.Reason.PROVIDER);
    }

    /** What the browser does at the provider: follow the authorization request and read where it is sent back. */
    private static Map<String, List<String>> signInAtProvider(OpenIdProvider.Start start) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) start.authorizationRequest().toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        assertThat(connection.getResponseCode()).isEqualTo(302);
        URI location = URI.create(connection.getHeaderField("Location"));
        assertThat(location.toString()).startsWith(CALLBACK.toString());
        return URLUtils.parseParameters(location.getRawQuery());
    }

    private interface Step {
        void run() throws OpenIdProvider.Failure;
    }

    private static OpenIdProvider.Reason failure(Step step) {
        OpenIdProvider.Failure failure = catchThrowableOfType(OpenIdProvider.Failure.class, step::run);
        assertThat(failure).as("the step fails").isNotNull();
        return failure.reason();
    }
}
