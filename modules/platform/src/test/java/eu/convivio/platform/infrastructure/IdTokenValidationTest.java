package eu.convivio.platform.infrastructure;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ID token checks Convivio relies on, with the validator Convivio builds, against a key set
 * held in memory: each test changes one thing in an otherwise valid token.
 */
class IdTokenValidationTest {

    private static final Issuer ISSUER = new Issuer("https://login.city.example/realms/staff");
    private static final ClientID CLIENT = new ClientID("convivio");
    private static final Nonce NONCE = new Nonce("n-0S6_WzA2Mj");

    private static RSAKey providerKey;
    private static RSAKey otherKey;
    private static IDTokenValidator validator;

    @BeforeAll
    static void keys() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("city-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("city-1").generate();
        validator = OpenIdProvider.validator(ISSUER, CLIENT, new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));
    }

    @Test
    void aValidTokenGivesItsClaims() throws Exception {
        var claims = OpenIdProvider.verify(validator, signed(UnaryOperator.identity()), NONCE);

        assertThat(claims.getSubject().getValue()).isEqualTo("subject-42");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("maria.rossi");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(signed(c -> c.audience("another-application")), NONCE);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        // beyond the validator's one minute of tolerated clock skew
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        assertRefused(signed(c -> c.issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past))), NONCE);
    }

    @Test
    void aTokenWithAnotherNonceIsRefused() throws Exception {
        assertRefused(signed(UnaryOperator.identity()), new Nonce("a-different-nonce"));
    }

    @Test
    void aTokenWithoutNonceIsRefused() throws Exception {
        assertRefused(signed(c -> c.claim("nonce", null)), NONCE);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(signed(c -> c.issuer("https://login.elsewhere.example")), NONCE);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("city-1").build(),
                claims(UnaryOperator.identity()));
        jwt.sign(new RSASSASigner(otherKey));

        assertRefused(jwt, NONCE);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused(new PlainJWT(claims(UnaryOperator.identity())), NONCE);
    }

    @Test
    void aTokenSignedWithTheClientSecretIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(UnaryOperator.identity()));
        jwt.sign(new MACSigner("a-client-secret-of-at-least-256-bits-length!"));

        assertRefused(jwt, NONCE);
    }

    private static void assertRefused(JWT token, Nonce nonce) {
        assertThatThrownBy(() -> OpenIdProvider.verify(validator, token, nonce))
                .isInstanceOfSatisfying(OpenIdProvider.Failure.class,
                        f -> assertThat(f.reason()).isEqualTo(OpenIdProvider.Reason.TOKEN));
    }

    private static SignedJWT signed(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("city-1").build(), claims(change));
        jwt.sign(new RSASSASigner(providerKey));
        return jwt;
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(ISSUER.getValue()).subject("subject-42").audience(CLIENT.getValue())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", NONCE.getValue()).claim("preferred_username", "maria.rossi")).build();
    }
}
