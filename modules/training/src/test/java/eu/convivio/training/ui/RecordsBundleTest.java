package eu.convivio.training.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The records bundle speaks all four languages, and every text a page asks for exists. */
class RecordsBundleTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RecordsBundleTest.class.getResourceAsStream("/eu/convivio/training/ui/records" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        for (String language : new String[] {"_el", "_bg", "_sk"}) {
            assertThat(load(language).stringPropertyNames()).as(language).isEqualTo(english);
        }
    }

    @Test
    void patternsWithArgumentsAreValidMessageFormats() throws IOException {
        for (String language : new String[] {"", "_el", "_bg", "_sk"}) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("mail.") || key.startsWith("certificate.")) {
                    String formatted = new MessageFormat(p.getProperty(key)).format(new Object[] {"A", "B"});
                    assertThat(formatted).as(language + " " + key).doesNotContain("{0}").doesNotContain("{1}");
                }
            }
        }
    }

    @Test
    void everyTextThePagesAskForExists() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        Pattern used = Pattern.compile("records\\['([A-Za-z.]+)'\\]");
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> pages = Files.list(Path.of("src/main/resources/META-INF/resources/training"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(english).containsAll(asked);
    }
}
