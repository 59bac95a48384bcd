package eu.convivio.platform.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @Test
    void readsStrongWeakAndBareVersions() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3);
        assertThat(IfMatch.version("W/\"12\"")).isEqualTo(12);
        assertThat(IfMatch.version("7")).isEqualTo(7);
        assertThat(IfMatch.version("  \"0\" ")).isZero();
    }

    @Test
    void aMissingHeaderAsksForTheVersion() {
        for (String missing : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> IfMatch.version(missing))
                    .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("If-Match"));
        }
    }

    @Test
    void somethingOtherThanAVersionIsInvalidInput() {
        for (String bad : new String[]{"*", "\"abc\"", "W/", "1.5", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> IfMatch.version(bad)).as(bad)
                    .isInstanceOfSatisfying(Problem.Invalid.class, p -> {
                        assertThat(p.status()).isEqualTo(422);
                        assertThat(p.byField()).containsKey("If-Match");
                    });
        }
    }

    @Test
    void withoutTheHeaderTheBodysVersionDecides() {
        assertThat(IfMatch.optional(null)).isNull();
        assertThat(IfMatch.optional(" ")).isNull();
        assertThat(IfMatch.version(null, 4L)).isEqualTo(4);
        assertThat(IfMatch.version("\"5\"", 4L)).as("the header wins").isEqualTo(5);
        assertThatThrownBy(() -> IfMatch.version("", null))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("version"));
        assertThatThrownBy(() -> IfMatch.optional("*"))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("If-Match"));
    }
}
