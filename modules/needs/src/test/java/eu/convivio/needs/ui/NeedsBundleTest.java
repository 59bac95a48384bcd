package eu.convivio.needs.ui;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.NeedStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's texts: the same keys in the four interface languages, and every key the pages and beans use. */
class NeedsBundleTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NeedsBundleTest.class.getResourceAsStream("/eu/convivio/needs/ui/needs" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() throws IOException {
        Properties english = load("");
        for (String language : List.of("_sk", "_el", "_bg")) {
            Properties translated = load(language);
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            translated.forEach((k, v) -> assertThat(v.toString()).as(language + " " + k).isNotBlank());
        }
    }

    @Test
    void everyCodeHasALabel() throws IOException {
        Properties english = load("");
        for (PopulationGroup g : PopulationGroup.values()) {
            assertThat(english).containsKey("group." + g.code());
        }
        for (AssessmentMethod m : AssessmentMethod.values()) {
            assertThat(english).containsKey("method." + RegisterLabels.code(m));
        }
        for (AssessmentStatus s : AssessmentStatus.values()) {
            assertThat(english).containsKey("assessmentStatus." + RegisterLabels.code(s));
        }
        for (NeedStatus s : NeedStatus.values()) {
            assertThat(english).containsKey("needStatus." + s.code());
        }
        for (int severity = 1; severity <= 5; severity++) {
            assertThat(english).containsKey("severity." + severity);
        }
    }

    @Test
    void everyKeyThePagesAndBeansNameExists() throws IOException {
        Properties english = load("");
        Pattern page = Pattern.compile("needs\\['([a-zA-Z.]+)'\\]");
        Pattern bean = Pattern.compile("(?:text|success)\\(\"([a-zA-Z.]*[a-zA-Z])\"");
        Path module = Path.of("src/main");
        try (Stream<Path> files = Files.walk(module)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml") || f.toString().contains("needs/ui/") && f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : List.of(page, bean)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        assertThat(english).as(file + " uses " + m.group(1)).containsKey(m.group(1));
                    }
                }
            }
        }
    }
}
