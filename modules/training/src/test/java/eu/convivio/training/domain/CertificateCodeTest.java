package eu.convivio.training.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateCodeTest {

    @Test
    void aRandomCodeIsTwelveCrockfordCharactersShownInGroupsOfFour() {
        CertificateCode code = CertificateCode.random();
        assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(code.display()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(code.display().replace("-", "")).isEqualTo(code.value());
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(CertificateCode.random().value())).isTrue();
        }
    }

    @Test
    void typedCodesAreReadTheForgivingWay() {
        assertThat(CertificateCode.parse("7kq2-m9xd-4htr")).contains(new CertificateCode("7KQ2M9XD4HTR"));
        assertThat(CertificateCode.parse(" 7KQ2 M9XD 4HTR ")).contains(new CertificateCode("7KQ2M9XD4HTR"));
        // I and L are read as 1, O as 0: the letters people confuse with digits
        assertThat(CertificateCode.parse("ILO0-ABCD-EFGH")).contains(new CertificateCode("1100ABCDEFGH"));
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertThat(CertificateCode.parse(null)).isEmpty();
        assertThat(CertificateCode.parse("")).isEmpty();
        assertThat(CertificateCode.parse("7KQ2-M9XD-4HT")).isEmpty();
        assertThat(CertificateCode.parse("7KQ2-M9XD-4HTRX")).isEmpty();
        assertThat(CertificateCode.parse("7KQ2-M9XD-4HTU")).isEmpty();
        assertThat(CertificateCode.parse("'; DROP TABLE x;--")).isEmpty();
        assertThat(CertificateCode.parse("x".repeat(1000))).isEmpty();
        assertThatThrownBy(() -> new CertificateCode("7KQ2M9XD4HTU")).isInstanceOf(IllegalArgumentException.class);
    }
}
