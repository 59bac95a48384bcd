package eu.convivio.platform.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The language switch leaves the rest of an address alone and offers only the four interface languages. */
class LanguagesTest {

    @Test
    void dropsOnlyTheLanguageParameter() {
        assertThat(Languages.withoutLanguage("lang=el")).isEmpty();
        assertThat(Languages.withoutLanguage("id=42&lang=bg&page=2")).isEqualTo("id=42&page=2");
        assertThat(Languages.withoutLanguage("language=x&lang")).isEqualTo("language=x");
        assertThat(Languages.withoutLanguage(null)).isEmpty();
    }

    @Test
    void knowsTheFourInterfaceLanguages() {
        assertThat(Languages.supported("sk")).isTrue();
        assertThat(Languages.supported("de")).isFalse();
        assertThat(Languages.supported(null)).isFalse();
        assertThat(Languages.codeOf(Locale.forLanguageTag("el-GR"))).isEqualTo("el");
        assertThat(Languages.codeOf(Locale.forLanguageTag("tr"))).isNull();
    }
}
