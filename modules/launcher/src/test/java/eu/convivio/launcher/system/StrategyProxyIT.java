package eu.convivio.launcher.system;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public consultation's rate limit behind a reverse proxy: the shared application trusts the
 * loopback address as a proxy ({@code convivio.http.trusted-proxies}, through the environment; see
 * {@link SharedConvivio}), so the limit counts the client the proxy names in X-Forwarded-For, not the
 * proxy, and what a client writes to the left of the proxy's entry changes nothing. The addresses
 * here are documentation ranges of this test's own, so the allowance of the other tests (which send
 * no X-Forwarded-For and count as the loopback itself) is not spent. That the header is ignored
 * without the setting is shown by the unit test {@code ClientAddressTest}.
 */
@ExtendWith(SharedConvivio.class)
class StrategyProxyIT {

    private static final String KOSICE = UUID.nameUUIDFromBytes("convivio-demo:strategy:kosice".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String INTRO = UUID.nameUUIDFromBytes("convivio-demo:strategy-lineage:kosice:intro".getBytes(StandardCharsets.UTF_8)).toString();

    private static Api.Reply comment(Api api, String forwardedFor) {
        String body = Json.createObjectBuilder().add("targetKind", "section").add("targetId", INTRO)
                .add("text", "Evening opening hours, please. " + UUID.randomUUID()).build().toString();
        return api.send(api.request("/api/strategies/" + KOSICE + "/consultation/comments", null)
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void behindATrustedProxyTheLimitCountsTheClientTheProxyNames(Api api) {
        for (int i = 0; i < 5; i++) {
            Api.Reply sent = comment(api, "198.51.100.7");
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }
        Api.Reply tooMany = comment(api, "198.51.100.7");
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(429);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.header("Retry-After")).isPresent();
        // a client cannot escape by writing another address before the one the proxy appended
        assertThat(comment(api, "203.0.113.99, 198.51.100.7").status()).isEqualTo(429);
        // another client behind the same proxy has an allowance of its own
        Api.Reply other = comment(api, "198.51.100.8");
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
    }
}
