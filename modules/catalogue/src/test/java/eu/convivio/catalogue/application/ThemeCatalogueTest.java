package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.platform.testing.TestPersistence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared themes as other modules receive them through the catalogue's api. */
class ThemeCatalogueTest {

    @Test
    void everyThemeHasANameInEachInterfaceLanguage() {
        List<Theme> themes = TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"),
                ThemeCatalogue::themes);
        assertThat(themes).hasSize(16);
        assertThat(themes).allSatisfy(t -> assertThat(t.names()).containsKeys("en", "el", "bg", "sk"));
        Theme legal = themes.stream().filter(t -> t.code().equals("legal-counselling")).findFirst().orElseThrow();
        assertThat(legal.name("bg")).isEqualTo("Правно консултиране и документи");
        assertThat(legal.name("el")).isEqualTo("Νομική συμβουλευτική και έγγραφα");
        assertThat(legal.name("sk")).isEqualTo("Právne poradenstvo a doklady");
        // a language without names falls back to English
        assertThat(legal.name("tr")).isEqualTo("Legal counselling and documentation");
    }
}
