package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility checks with axe-core (from its WebJar on the test class path), injected into the
 * page the browser shows. Checks WCAG 2.0/2.1 A and AA rules; a violation of impact serious or
 * critical fails the test, printed with the rule, the help text and the offending elements.
 */
final class Axe {

    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule broken on the page, with where. */
    record Violation(String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + "\n      " + String.join("\n      ", nodes);
        }
    }

    /** Fails when the page the browser shows has serious or critical violations. */
    static void assertAccessible(WebDriver browser, String page) {
        List<Violation> violations = violations(browser).stream().filter(v -> FAILING.contains(v.impact())).toList();
        assertThat(violations)
                .withFailMessage(() -> "Accessibility violations on " + page + " (" + browser.getCurrentUrl() + "):\n  "
                        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")))
                .isEmpty();
    }

    static List<Violation> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(SOURCE);
        String json = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.stream().map(JsonValue::asJsonObject).map(Axe::violation).toList();
        }
    }

    private static Violation violation(JsonObject v) {
        List<String> nodes = v.getJsonArray("nodes").stream().map(JsonValue::asJsonObject)
                .map(n -> n.getJsonArray("target") + " " + n.getString("failureSummary", "").replace('\n', ' '))
                .toList();
        return new Violation(v.getString("id"), v.isNull("impact") ? "none" : v.getString("impact", "none"),
                v.getString("help", ""), nodes);
    }

    private static String load() {
        try {
            Properties pom = new Properties();
            try (InputStream in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                if (in == null) {
                    throw new IllegalStateException("axe-core's WebJar is not on the test class path");
                }
                pom.load(in);
            }
            String path = "/META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
            try (InputStream in = Axe.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from axe-core's WebJar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
