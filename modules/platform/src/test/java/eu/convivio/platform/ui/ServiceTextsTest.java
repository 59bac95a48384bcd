package eu.convivio.platform.ui;

import eu.convivio.platform.domain.PasswordPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI translates a service's English message by finding its exact wording under a
 * {@code service.*} key. When a service changes its wording, this test names the key to update,
 * instead of the translation silently falling back to English.
 */
class ServiceTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path VALIDATION_MESSAGES = Path.of("src/main/resources/ValidationMessages.properties");

    @Test
    void everyServiceTextIsWordedAsTheServicesWordIt() throws IOException {
        String serviceSources = read(SOURCES) + Files.readString(VALIDATION_MESSAGES, StandardCharsets.UTF_8);
        Properties english = english();

        for (String key : english.stringPropertyNames()) {
            if (!key.startsWith("service.") || key.startsWith("service.password")) {
                continue;
            }
            assertThat(serviceSources).as("wording of %s in the services", key).contains(english.getProperty(key));
        }
    }

    @Test
    void passwordRulesQuoteThePolicy() throws IOException {
        Properties english = english();

        assertThat(english.getProperty("service.passwordTooShort")).isEqualTo("Use at least " + PasswordPolicy.MIN_LENGTH + " characters.");
        assertThat(english.getProperty("service.passwordTooLong")).isEqualTo("Use at most " + PasswordPolicy.MAX_LENGTH + " characters.");
        assertThat(read(SOURCES)).contains(english.getProperty("service.passwordHasUsername"), english.getProperty("service.passwordCommon"));
    }

    private static Properties english() throws IOException {
        try (InputStream in = ServiceTextsTest.class.getResourceAsStream("/eu/convivio/platform/ui/messages.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    /** The platform's services, without the UI itself (whose bundles would match trivially). */
    private static String read(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/ui/"))
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }
}
