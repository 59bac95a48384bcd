package eu.convivio.training.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which title a reader gets: their language's translation, else the course's own. */
class CourseTitlesTest {

    private static final Map<String, String> TRANSLATED = Map.of("el", "Συνεργασία με διερμηνείς", "sk", "Práca s tlmočníkmi");

    @Test
    void aReaderWhoseLanguageHasATranslationGetsIt() {
        assertThat(CourseTitles.in("sk", "Working with interpreters", TRANSLATED)).isEqualTo("Práca s tlmočníkmi");
        assertThat(CourseTitles.in("el", "Working with interpreters", TRANSLATED)).isEqualTo("Συνεργασία με διερμηνείς");
    }

    @Test
    void aReaderOfAnotherLanguageOrOfNoneGetsTheCoursesOwnTitle() {
        assertThat(CourseTitles.in("bg", "Working with interpreters", TRANSLATED)).isEqualTo("Working with interpreters");
        assertThat(CourseTitles.in(null, "Working with interpreters", TRANSLATED)).isEqualTo("Working with interpreters");
        assertThat(CourseTitles.in(" ", "Working with interpreters", TRANSLATED)).isEqualTo("Working with interpreters");
        assertThat(CourseTitles.in("sk", "Working with interpreters", Map.of())).isEqualTo("Working with interpreters");
    }

    @Test
    void aRegionalVariantFallsBackToThePlainLanguageAndTheOtherWayRound() {
        assertThat(CourseTitles.in("el-CY", "Working with interpreters", TRANSLATED)).isEqualTo("Συνεργασία με διερμηνείς");
        assertThat(CourseTitles.in("pt", "Working with interpreters", Map.of("pt-BR", "Trabalhar com intérpretes")))
                .isEqualTo("Trabalhar com intérpretes");
        assertThat(CourseTitles.in("pt-PT", "X", Map.of("pt-BR", "Brasil", "pt-PT", "Portugal"))).isEqualTo("Portugal");
    }
}
