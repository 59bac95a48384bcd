package eu.convivio.platform.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID Connect provider on the loopback interface, in the test's own JVM: discovery, an
 * authorization endpoint that signs everyone in at once, a token endpoint that checks the client's
 * secret, the redirect URI and the PKCE verifier, and its signing key published as a JWK set. It
 * lets the tests run Convivio's side of the protocol for real, without a network.
 */
final class FakeOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "convivio";
    static final String CLIENT_SECRET = "s3cret-for-tests";

    private record Grant(String redirectUri, String challenge, String nonce) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    final AtomicInteger discoveries = new AtomicInteger();
    final AtomicInteger tokenRequests = new AtomicInteger();
    volatile Map<String, Object> claims = Map.of("preferred_username", "maria.rossi");
    volatile String tokenAudience = CLIENT_ID;
    /** While false, discovery answers 503, as a provider in maintenance does. */
    volatile boolean available = true;

    FakeOpenIdProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    URI issuer() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    OpenIdSettings settings() {
        return new OpenIdSettings(issuer(), CLIENT_ID, CLIENT_SECRET, java.util.Optional.empty(),
                List.of("openid", "profile", "email"), "preferred_username", OpenIdSettings.MatchBy.USERNAME, "Sign in");
    }

    private void discovery(HttpExchange exchange) throws IOException {
        discoveries.incrementAndGet();
        if (!available) {
            send(exchange, 503, "");
            return;
        }
        String issuer = issuer().toString();
        send(exchange, 200, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "code_challenge_methods_supported": ["S256"]}
                """.formatted(issuer));
    }

    /** Signs the user in at once and sends the browser back with a fresh code. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(first(query, "redirect_uri"), first(query, "code_challenge"), first(query, "nonce")));
        exchange.getResponseHeaders().add("Location", first(query, "redirect_uri") + "?code=" + code
                + "&state=" + first(query, "state"));
        send(exchange, 302, "");
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> form = URLUtils.parseParameters(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\": \"invalid_client\"}");
            return;
        }
        Grant grant = grants.remove(String.valueOf(first(form, "code")));
        if (grant == null || !"authorization_code".equals(first(form, "grant_type"))
                || !grant.redirectUri().equals(first(form, "redirect_uri"))
                || first(form, "code_verifier") == null
                || !CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(first(form, "code_verifier")))
                .getValue().equals(grant.challenge())) {
            send(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        send(exchange, 200, "{\"access_token\": \"at-" + UUID.randomUUID() + "\", \"token_type\": \"Bearer\","
                + " \"expires_in\": 300, \"id_token\": \"" + idToken(grant.nonce()) + "\"}");
    }

    String idToken(String nonce) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer().toString()).subject("subject-42")
                .audience(tokenAudience).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce);
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
