package eu.convivio.platform.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The interface speaks four languages completely: no key missing, none extra, none left empty. */
class MessagesTest {

    private static final String BASE = "/eu/convivio/platform/ui/messages";
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"el", "bg", "sk"})
    void everyTranslationHasExactlyTheEnglishKeys(String language) throws IOException {
        Properties english = load("");
        Properties translation = load("_" + language);

        assertThat(translation.stringPropertyNames())
                .as("keys of messages_%s.properties", language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_el", "_bg", "_sk"})
    void noTextIsEmpty(String suffix) throws IOException {
        Properties bundle = load(suffix);

        assertThat(bundle).isNotEmpty();
        bundle.forEach((key, value) -> assertThat(value.toString().strip()).as("value of %s in messages%s", key, suffix).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"el", "bg", "sk"})
    void translationsKeepTheirPlaceholders(String language) throws IOException {
        Properties english = load("");
        Properties translation = load("_" + language);

        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translation.getProperty(key, "")))
                    .as("placeholders of %s in messages_%s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsAnother() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("sk"));
            ResourceBundle.clearCache();

            ResourceBundle bundle = ResourceBundle.getBundle("eu.convivio.platform.ui.messages", Locale.ENGLISH);

            assertThat(bundle.getString("nav.home")).isEqualTo("Home");
        } finally {
            Locale.setDefault(serverDefault);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void languageLinksNameEveryBundle() {
        assertThat(Languages.ALL).extracting(Languages.Language::code).containsExactly("en", "el", "bg", "sk");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertThat(in).as("messages%s.properties on the class path", suffix).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
