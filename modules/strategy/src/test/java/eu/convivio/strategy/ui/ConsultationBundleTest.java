package eu.convivio.strategy.ui;

import eu.convivio.strategy.domain.CommentAnswer;
import eu.convivio.strategy.domain.CommentTarget;
import eu.convivio.strategy.domain.FlagReason;
import eu.convivio.strategy.domain.LinkKind;
import eu.convivio.strategy.domain.MeasureStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultation, links and monitoring texts: every key in all four languages, and every key the pages use defined. */
class ConsultationBundleTest {

    private static final List<String> LANGUAGES = List.of("", "_el", "_bg", "_sk");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ConsultationBundleTest.class.getResourceAsStream(
                "/eu/convivio/strategy/ui/consultation" + suffix + ".properties"), StandardCharsets.UTF_8)) {
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
            assertThat(p.stringPropertyNames()).as("keys of consultation%s", language).isEqualTo(english);
            english.forEach(k -> assertThat(p.getProperty(k)).as("%s in consultation%s", k, language).isNotBlank());
        }
    }

    @Test
    void thePagesAndBeansUseOnlyDefinedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/META-INF/resources/strategy"), Pattern.compile("consultation\\['([a-zA-Z_.]+)'\\]"), used);
        // the beans of this part of the interface speak through ConsultationFeedback; the core's beans use the strategy bundle
        collect(Path.of("src/main/java/eu/convivio/strategy/ui"), Pattern.compile("ConsultationFeedback\\.text\\(\"([a-zA-Z_.]+)\""), used);
        used.add("problem.invalid");
        used.removeIf(k -> k.endsWith("."));
        // keys built from the domain's values
        Arrays.stream(MeasureStatus.values()).forEach(s -> used.add("status." + s.name()));
        Arrays.stream(CommentAnswer.values()).forEach(a -> used.add("answer." + a.name()));
        Arrays.stream(CommentTarget.values()).forEach(t -> used.add("target." + t.name()));
        Arrays.stream(FlagReason.values()).forEach(f -> used.add("flag." + f.name()));
        Arrays.stream(LinkKind.values()).forEach(k -> used.add("links.kind." + k.name()));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }

    private static void collect(Path dir, Pattern use, Set<String> used) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
    }
}
