package eu.convivio.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataArchiveTest {

    @Test
    void optionsThatSpeakOfCdsOrWatchClassesLoadingRuleTheArchiveOut() {
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=/tmp/a.jsa", "-XX:ArchiveClassesAtExit=/tmp/a.jsa",
                "-XX:StartFlightRecording=settings=profile,filename=/tmp/start.jfr", "-XX:FlightRecorderOptions=stackdepth=128",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n", "-agentpath:/opt/profiler/libasyncProfiler.so",
                "-javaagent:/opt/otel/opentelemetry-javaagent.jar")) {
            assertThat(ClassDataArchive.excludes(option)).as(option).isTrue();
            assertThat(ClassDataArchive.of(Path.of("/nonexistent"), Path.of("/nonexistent/convivio.jar"),
                    List.of("-Xmx384m", option), List.of())).as(option).isEmpty();
        }
    }

    @Test
    void theDefaultOptionsKeepIt() {
        for (String option : Supervisor.DEFAULT_JAVA_OPTIONS.split(" ")) {
            assertThat(ClassDataArchive.excludes(option)).as(option).isFalse();
        }
    }
}
