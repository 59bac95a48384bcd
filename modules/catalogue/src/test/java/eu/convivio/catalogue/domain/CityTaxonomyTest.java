package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CityTaxonomyTest {

    static CityTaxonomy.Term term(String code, String name, String parent) {
        return new CityTaxonomy.Term(null, code, name, null, parent, Map.of());
    }

    @Test
    void aTaxonomyWithNestedTermsAndNamesInOtherLanguagesIsAccepted() {
        var content = new CityTaxonomy.Content("Trnava city programmes", "Programmes the city funds", "sk", List.of(
                term("welcome", "Vitajte v Trnave", null),
                new CityTaxonomy.Term(null, "welcome-courses", "Kurzy", null, "welcome", Map.of("en", "Courses", "uk", "Курси"))));
        assertThatCode(content::check).doesNotThrowAnyException();
    }

    @Test
    void everyProblemIsNamedByItsPath() {
        UUID id = UUID.randomUUID();
        var content = new CityTaxonomy.Content(" ", "x".repeat(2001), "Slovak", List.of(
                new CityTaxonomy.Term(id, "Bad Code", "", null, null, Map.of("English", "x")),
                new CityTaxonomy.Term(id, "a", "A", null, "nowhere", Map.of("en", " ")),
                term("a", "Again", null)));
        Problem.Invalid invalid = catchThrowableOfType(content::check, Problem.Invalid.class);
        assertThat(invalid.byField()).containsKeys("name", "description", "language", "terms[0].code", "terms[0].name",
                "terms[0].names", "terms[1].id", "terms[1].names.en", "terms[1].parentCode", "terms[2].code");
    }

    @Test
    void aTermCannotEndUpUnderItself() {
        var content = new CityTaxonomy.Content("Loops", "", "en", List.of(term("a", "A", "b"), term("b", "B", "a"), term("c", "C", "c")));
        Problem.Invalid invalid = catchThrowableOfType(content::check, Problem.Invalid.class);
        assertThat(invalid.byField()).containsKeys("terms[0].parentCode", "terms[1].parentCode", "terms[2].parentCode");
        assertThat(invalid.byField().get("terms[2].parentCode")).contains("under itself");
    }
}
