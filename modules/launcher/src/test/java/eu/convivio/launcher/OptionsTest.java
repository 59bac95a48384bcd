package eu.convivio.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    private static Options parse(String... args) {
        return Options.parse(args, Map.of());
    }

    @Test
    void defaultsServeTheEmbeddedRunOnPort8080WithDemoData() {
        Options options = parse();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".convivio").toAbsolutePath());
        assertThat(options.demo()).isTrue();
        assertThat(options.help()).isFalse();
        assertThat(options.externalDatabase()).isFalse();
    }

    @Test
    void portAndDataDirectoryInBothSpellings() {
        Options spaced = parse("--port", "8082", "--data-dir", "some/dir");
        Options joined = parse("--port=9090", "--data-dir=/var/lib/convivio");

        assertThat(spaced.port()).isEqualTo(8082);
        assertThat(spaced.dataDir()).isAbsolute().isEqualTo(Path.of("some/dir").toAbsolutePath());
        assertThat(joined.port()).isEqualTo(9090);
        assertThat(joined.dataDir()).isEqualTo(Path.of("/var/lib/convivio"));
    }

    @Test
    void noDemoAndHelp() {
        assertThat(parse("--no-demo").demo()).isFalse();
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("-h").help()).isTrue();
    }

    @Test
    void demoDataCanBeSwitchedOffFromTheEnvironmentToo() {
        assertThat(Options.parse(new String[0], Map.of("CONVIVIO_DEMO", "false")).demo()).isFalse();
        assertThat(Options.parse(new String[0], Map.of("CONVIVIO_DEMO", "TRUE")).demo()).isTrue();
        assertThat(Options.parse(new String[]{"--no-demo"}, Map.of("CONVIVIO_DEMO", "true")).demo())
                .as("the command line says no").isFalse();
        assertThatThrownBy(() -> Options.parse(new String[0], Map.of("CONVIVIO_DEMO", "no")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONVIVIO_DEMO").hasMessageContaining("'no'");
    }

    @Test
    void requestThreadsFromTheCommandLineOrTheEnvironmentAndAtLeastEightByDefault() {
        assertThat(parse().httpThreads()).isEqualTo(Options.defaultHttpThreads()).isGreaterThanOrEqualTo(8);
        assertThat(parse("--http-threads", "4").httpThreads()).isEqualTo(4);
        assertThat(parse("--http-threads=12").httpThreads()).isEqualTo(12);
        assertThat(Options.parse(new String[0], Map.of("CONVIVIO_HTTP_THREADS", "6")).httpThreads()).isEqualTo(6);
        assertThat(Options.parse(new String[]{"--http-threads", "5"}, Map.of("CONVIVIO_HTTP_THREADS", "6")).httpThreads())
                .as("the command line over the environment").isEqualTo(5);
        for (String wrong : new String[]{"0", "-3", "many", "1001"}) {
            assertThatThrownBy(() -> parse("--http-threads", wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--http-threads").hasMessageContaining("'" + wrong + "'");
        }
    }

    @Test
    void anExternalDatabaseComesFromTheEnvironment() {
        Options options = Options.parse(new String[0], Map.of(
                "CONVIVIO_DB_URL", "jdbc:postgresql://db.example.org:5432/convivio",
                "CONVIVIO_DB_USER", "convivio",
                "CONVIVIO_DB_PASSWORD", "secret"));

        assertThat(options.externalDatabase()).isTrue();
        assertThat(options.externalDbUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/convivio");
        assertThat(options.externalDbUser()).isEqualTo("convivio");
        assertThat(options.externalDbPassword()).isEqualTo("secret");
        assertThat(Options.parse(new String[0], Map.of("CONVIVIO_DB_URL", "  ")).externalDatabase())
                .as("a blank variable counts as unset").isFalse();
    }

    @Test
    void badPortsAreRefusedWithAReason() {
        assertThatThrownBy(() -> parse("--port", "http")).hasMessageContaining("--port needs a number, not 'http'");
        assertThatThrownBy(() -> parse("--port", "0")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> parse("--port=70000")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> parse("--port")).hasMessageContaining("--port needs a value");
    }

    @Test
    void unknownOptionsAndMissingValuesAreRefused() {
        assertThatThrownBy(() -> parse("--prot", "8080")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option '--prot'");
        assertThatThrownBy(() -> parse("--data-dir")).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> parse("8080")).hasMessageContaining("unknown option '8080'");
    }
}
