package eu.convivio.catalogue.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor pages' texts: every key in all four languages, and every key the pages use defined. */
class EditorBundleTest {

    private static final List<String> LANGUAGES = List.of("", "_el", "_bg", "_sk");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(EditorBundleTest.class.getResourceAsStream(
                "/eu/convivio/catalogue/ui/editor" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyKeyIsInEveryLanguageAndNotBlank() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        assertThat(english).isNotEmpty();
        for (String language : LANGUAGES) {
            Properties p = bundle(language);
            assertThat(p.stringPropertyNames()).as("keys of editor%s", language).isEqualTo(english);
            english.forEach(k -> assertThat(p.getProperty(k)).as("%s in editor%s", k, language).isNotBlank());
        }
    }

    @Test
    void thePagesUseOnlyDefinedKeys() throws IOException {
        Pattern use = Pattern.compile("editor\\['([a-zA-Z_.]+)'\\]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.list(Path.of("src/main/resources/META-INF/resources/catalogue/edit"))) {
            for (Path page : pages.toList()) {
                Matcher m = use.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }
}
