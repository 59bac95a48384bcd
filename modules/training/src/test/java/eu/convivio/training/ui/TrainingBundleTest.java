package eu.convivio.training.ui;

import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.AttendanceStatus;
import eu.convivio.training.domain.CourseFormat;
import eu.convivio.training.domain.CourseStatus;
import eu.convivio.training.domain.EnrolmentStatus;
import eu.convivio.training.domain.SessionStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The training bundle has every key the pages and beans use, in all four interface languages. */
class TrainingBundleTest {

    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources/training");
    private static final Path BEANS = Path.of("src/main/java/eu/convivio/training/ui");

    private static Properties bundle(String suffix) {
        Properties p = new Properties();
        try (InputStream in = TrainingBundleTest.class.getResourceAsStream("/eu/convivio/training/ui/training" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> used() throws IOException {
        Set<String> keys = new HashSet<>();
        Pattern page = Pattern.compile("training\\['([^']+)']");
        Pattern bean = Pattern.compile("(?:text|success)\\(\"([a-zA-Z.]+[a-zA-Z])\"");
        try (Stream<Path> files = Stream.concat(Files.list(PAGES), Files.list(BEANS))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                if (text.contains("RecordsFeedback")) {
                    continue; // the records beans speak the records bundle (RecordsBundleTest)
                }
                Matcher m = (f.toString().endsWith(".xhtml") ? page : bean).matcher(text);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (List<? extends Enum<?>> values : List.of(List.of(Approval.values()), List.of(AttendanceStatus.values()),
                List.of(CourseFormat.values()), List.of(CourseStatus.values()), List.of(EnrolmentStatus.values()),
                List.of(SessionStatus.values()))) {
            String kind = switch (values.get(0).getClass().getSimpleName()) {
                case "Approval" -> "approval";
                case "AttendanceStatus" -> "attendance";
                case "CourseFormat" -> "format";
                case "CourseStatus" -> "course";
                case "EnrolmentStatus" -> "enrolment";
                default -> "session";
            };
            values.forEach(v -> keys.add(kind + ".value." + v.name().toLowerCase(Locale.ROOT)));
        }
        for (EnrolmentStatus s : List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.REQUESTED, EnrolmentStatus.WAITLISTED)) {
            keys.add("enrolment.done." + s.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInEveryLanguage() throws IOException {
        Set<String> used = used();
        assertThat(used).hasSizeGreaterThan(100);
        for (String suffix : List.of("", "_el", "_bg", "_sk")) {
            assertThat(bundle(suffix).stringPropertyNames()).as("training" + suffix).containsAll(used);
        }
    }

    @Test
    void theTranslationsHaveTheEnglishKeysAndNoOthers() {
        Set<String> english = bundle("").stringPropertyNames();
        for (String suffix : List.of("_el", "_bg", "_sk")) {
            assertThat(bundle(suffix).stringPropertyNames()).as("training" + suffix).isEqualTo(english);
        }
    }
}
