package eu.convivio.launcher.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every response tells a browser, and the web interface's refusal of forged form posts. */
@ExtendWith(SharedConvivio.class)
class WebSecurityIT {

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndNoProductBanner(Api api) {
        for (String path : List.of("/", "/api/municipalities", "/api/no-such-thing")) {
            Api.Reply reply = api.get(path, null);
            String csp = reply.header("Content-Security-Policy").orElse("");
            String scriptSrc = csp.replaceAll(".*script-src([^;]*).*", "$1");
            assertThat(csp).as(path).contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(scriptSrc).as(path).contains("'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(reply.header("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(path).isPresent();
            assertThat(reply.header("Server")).as(path).isEmpty();
            assertThat(reply.header("X-Powered-By")).as(path).isEmpty();
        }
    }

    @Test
    void aFormPostWithoutViewStateIsRefused(Api api) {
        Api.Reply forged = api.send(api.request("/login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=convivio-demo-2026")));

        // CsrfGuard answers 403 through the web.xml error page; without /error.xhtml (the UI's) the container says 404
        assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedEvenWithAViewState(Api api) {
        Api.Reply forged = api.send(api.request("/login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&jakarta.faces.ViewState=stolen")));

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void errorsNeverShowAStackTrace(Api api) {
        Api.Reply broken = api.send(api.request("/api/municipalities", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": ")));

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
