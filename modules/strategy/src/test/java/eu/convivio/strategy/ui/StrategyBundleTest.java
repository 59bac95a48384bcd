package eu.convivio.strategy.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The strategy pages' texts exist in all four interface languages, and every key a page uses is there. */
class StrategyBundleTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StrategyBundleTest.class.getResourceAsStream("/eu/convivio/strategy/ui/strategy" + suffix + ".properties")) {
            assertThat(in).as("bundle strategy%s", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSameArguments() throws IOException {
        Properties english = bundle("");
        for (String suffix : new String[]{"_sk", "_el", "_bg"}) {
            Properties other = bundle(suffix);
            assertThat(other.stringPropertyNames()).as(suffix).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(suffix + " " + key).isNotBlank();
                assertThat(new MessageFormat(other.getProperty(key)).getFormats().length).as(suffix + " " + key)
                        .isEqualTo(new MessageFormat(english.getProperty(key)).getFormats().length);
            }
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties english = bundle("");
        Pattern used = Pattern.compile("strategy\\['([A-Za-z.]+)'\\]");
        try (Stream<Path> pages = Files.list(Path.of("src/main/resources/META-INF/resources/strategy"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    assertThat(english).as(page.getFileName() + " uses " + m.group(1)).containsKey(m.group(1));
                }
            }
        }
    }
}
