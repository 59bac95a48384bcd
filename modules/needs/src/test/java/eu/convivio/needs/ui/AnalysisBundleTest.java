package eu.convivio.needs.ui;

import eu.convivio.catalogue.api.ServiceCoverage;
import eu.convivio.needs.domain.ImportField;
import eu.convivio.needs.domain.SurveyShape;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The import, analysis and gap pages' texts: the same keys in the four languages, and every key they use. */
class AnalysisBundleTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AnalysisBundleTest.class.getResourceAsStream("/eu/convivio/needs/ui/analysis" + suffix + ".properties")) {
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
    void everyCodeShownHasALabel() throws IOException {
        Properties english = load("");
        for (ImportField f : ImportField.values()) {
            assertThat(english).containsKey("field." + f.code());
        }
        for (SurveyShape s : SurveyShape.values()) {
            assertThat(english).containsKey("import.shape." + s.code());
        }
        for (ServiceCoverage.Level l : ServiceCoverage.Level.values()) {
            assertThat(english).containsKey("level." + l.code());
        }
        for (ServiceCoverage.Criterion c : ServiceCoverage.Criterion.values()) {
            assertThat(english).containsKey("criterion." + c.name().toLowerCase(Locale.ROOT));
        }
        for (String trend : List.of("new", "gone", "worse", "better", "same")) {
            assertThat(english).containsKey("trend." + trend);
        }
    }

    @Test
    void everyKeyThePagesAndBeansNameExists() throws IOException {
        Properties english = load("");
        Pattern page = Pattern.compile("analysis\\['([a-zA-Z.-]+)'\\]");
        Pattern bean = Pattern.compile("AnalysisTexts\\.get\\(\"([a-zA-Z.-]*[a-zA-Z])\"");
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : List.of(page, bean)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        found++;
                        assertThat(english).as(file + " uses " + m.group(1)).containsKey(m.group(1));
                    }
                }
            }
        }
        assertThat(found).as("keys found in the pages and beans").isGreaterThan(100);
    }
}
