package eu.convivio.platform.web;

import eu.convivio.platform.api.Problem;
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
}
