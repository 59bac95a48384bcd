package eu.convivio.needs.domain;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.SurveyImport.Plan;
import eu.convivio.needs.domain.SurveyImport.PlannedNeed;
import eu.convivio.needs.domain.SurveyImport.Reference;
import eu.convivio.needs.infrastructure.SurveyCsv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Survey exports as officers bring them: four scripts, both separators, both shapes, bad rows. */
class SurveyImportTest {

    private static final UUID STARE_MESTO = UUID.randomUUID();
    private static final UUID DRUZBA = UUID.randomUUID();
    private static final UUID OLD_TOWN = UUID.randomUUID();
    private static final UUID KALAMARIA = UUID.randomUUID();
    private static final UUID OBORISHTE = UUID.randomUUID();

    private static final Reference REFERENCE = reference();

    @Test
    void aSlovakNeedTablewithSemicolonsBomAndQuotedNewlines() {
        SurveyTable table = SurveyCsv.read(file("trnava-needs.csv"));
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.headers()).startsWith("Téma", "Mestská časť");
        assertThat(table.rows()).extracting(SurveyTable.Row::line).containsExactly(2, 4, 5);

        Plan plan = SurveyImport.plan(table, new ColumnMapping(SurveyShape.NEED_PER_ROW, columns(
                ImportField.THEME, "Téma", ImportField.DISTRICT, "Mestská časť", ImportField.POPULATION_GROUP, "Skupina",
                ImportField.SEVERITY, "Závažnosť", ImportField.PEOPLE_AFFECTED, "Dotknutí", ImportField.PEOPLE_IN_NEED, "V núdzi",
                ImportField.DESCRIPTION, "Popis", ImportField.LANGUAGES, "Jazyky", ImportField.SOURCE, "Zdroj"),
                Map.of(), Map.of("Dočasné útočisko", "temporary-protection", "Žiadatelia o azyl", "asylum-seekers"), Map.of()),
                REFERENCE, "trnava.csv");

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.needs()).extracting(n -> n.content().themeCode(), PlannedNeed::districtName,
                        n -> n.content().populationGroup(), n -> n.content().severity(), n -> n.content().peopleAffected(),
                        n -> n.content().peopleInNeed(), n -> n.content().languages())
                .containsExactly(
                        tuple("housing", "Staré Mesto", PopulationGroup.TEMPORARY_PROTECTION, 4, 1200, 850, List.of("uk", "ru")),
                        tuple("language-learning", "Družba", PopulationGroup.TEMPORARY_PROTECTION, 3, 400, null, List.of("uk")),
                        tuple("health", null, PopulationGroup.ASYLUM_SEEKERS, 5, 60, 60, List.of("ar", "fa")));
        assertThat(plan.needs().get(0).content().description()).contains("odídencov.\nČakacie lehoty");
        assertThat(plan.needs().get(2).content().description()).contains("\"urgentne\"");
        assertThat(plan.needs().get(0).content().source()).isEqualTo("Prieskum 2026");
        assertThat(plan.needs().get(0).content().districtId()).isEqualTo(STARE_MESTO);
    }

    @Test
    void greekResponsesAreAggregatedByThemeDistrictAndGroup() {
        SurveyTable table = SurveyCsv.read(file("thessaloniki-responses.csv"));
        assertThat(table.delimiter()).isEqualTo(',');

        Plan plan = SurveyImport.plan(table, new ColumnMapping(SurveyShape.RESPONSE_PER_ROW, columns(
                ImportField.THEME, "theme", ImportField.DISTRICT, "district", ImportField.POPULATION_GROUP, "group",
                ImportField.SEVERITY, "severity", ImportField.LANGUAGES, "languages", ImportField.DESCRIPTION, "comment"),
                Map.of(), Map.of(), Map.of()), REFERENCE, "thessaloniki-2026.csv");

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.rows()).isEqualTo(7);
        assertThat(plan.needs()).extracting(n -> n.content().themeCode(), PlannedNeed::districtName,
                        n -> n.content().populationGroup(), n -> n.content().severity(), n -> n.content().peopleAffected(),
                        n -> n.content().peopleInNeed(), PlannedNeed::lines)
                .containsExactly(
                        // ratings 4, 5, 2, 3: median 3.5, rounded up; three of four rate 3 or higher
                        tuple("housing", "Kalamaria", PopulationGroup.REFUGEES, 4, 4, 3, List.of(2, 3, 4, 6)),
                        tuple("employment", "Kalamaria", PopulationGroup.REFUGEES, 3, 1, 1, List.of(5)),
                        tuple("health", null, PopulationGroup.ASYLUM_SEEKERS, 5, 1, 1, List.of(7)),
                        tuple("employment", "Kalamaria", PopulationGroup.WOMEN, 1, 1, 0, List.of(8)));
        PlannedNeed housing = plan.needs().get(0);
        assertThat(housing.content().languages()).containsExactly("ar", "fa");
        assertThat(housing.content().description()).isEqualTo("Δεν βρίσκουμε σπίτι με ενοίκιο, οι ιδιοκτήτες ζητούν εγγυητή.");
        assertThat(housing.content().evidence()).isEqualTo("4 survey responses, lines 2, 3, 4, 6");
        assertThat(housing.content().source()).isEqualTo("thessaloniki-2026.csv");
        assertThat(plan.needs().get(2).content().description()).isEqualTo("1 survey response");
    }

    @Test
    void bulgarianLabelsAndArabicTextWithValueMappings() {
        SurveyTable table = SurveyCsv.read(file("sofia-needs.csv"));
        ColumnMapping mapping = new ColumnMapping(SurveyShape.NEED_PER_ROW, columns(
                ImportField.THEME, "Тема", ImportField.DISTRICT, "Район", ImportField.POPULATION_GROUP, "Група",
                ImportField.SEVERITY, "Тежест", ImportField.PEOPLE_AFFECTED, "Засегнати", ImportField.PEOPLE_IN_NEED, "В нужда",
                ImportField.DESCRIPTION, "Описание", ImportField.LANGUAGES, "Езици"),
                Map.of("Правна помощ", "legal-counselling"),
                Map.of("Търсещи закрила", "asylum-seekers", "Бежанци", "refugees"), Map.of("оборище", "obor"));

        Plan plan = SurveyImport.plan(table, mapping, REFERENCE, "sofia.csv");

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.needs()).extracting(n -> n.content().themeCode(), n -> n.content().districtId(),
                        n -> n.content().populationGroup())
                .containsExactly(tuple("legal-counselling", OBORISHTE, PopulationGroup.ASYLUM_SEEKERS),
                        tuple("employment", OBORISHTE, PopulationGroup.REFUGEES),
                        tuple("health", null, PopulationGroup.ASYLUM_SEEKERS));
        assertThat(plan.needs().get(1).content().languages()).containsExactly("ar", "ps", "uk");
        assertThat(plan.needs().get(2).content().description()).startsWith("يحتاج طالبو اللجوء").contains("\nЛипсват");
        assertThat(plan.needs().get(2).lines()).containsExactly(4);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsPlanned() {
        SurveyTable table = SurveyCsv.read(file("bad-rows.csv"));
        ColumnMapping mapping = ColumnMapping.suggested(SurveyShape.NEED_PER_ROW, table.headers());
        assertThat(mapping.columns()).hasSize(7);

        Plan plan = SurveyImport.plan(table, mapping, REFERENCE, "bad.csv");

        assertThat(plan.valid()).isFalse();
        assertThat(plan.needs()).isEmpty();
        assertThat(plan.errors()).extracting(RowError::line, RowError::field).containsExactly(
                tuple(3, "district"), tuple(3, "severity"),
                tuple(4, "theme"), tuple(4, "people-affected"),
                tuple(5, "population-group"),
                tuple(7, "severity"), tuple(7, "description"));
        assertThat(plan.errors().get(0).message()).contains("Nowhere");
        assertThat(plan.errors().get(0).column()).isEqualTo("district");
    }

    @Test
    void aRowBreakingARuleOfTheRegisterIsReportedToo() {
        String csv = "theme,population-group,severity,people-affected,people-in-need,description,languages\n"
                + "housing,refugees,3,10,20,Too few flats.,uk\n"
                + "housing,refugees,3,10,5,Too few flats.,Ukrainian\n";
        Plan plan = SurveyImport.plan(SurveyCsv.read(csv.getBytes(StandardCharsets.UTF_8)),
                ColumnMapping.suggested(SurveyShape.NEED_PER_ROW, List.of("theme", "population-group", "severity",
                        "people-affected", "people-in-need", "description", "languages")), REFERENCE, null);

        assertThat(plan.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2, "people-in-need"), tuple(3, "languages"));
    }

    @Test
    void aMappingMissingRequiredColumnsOrNamingAbsentOnesIsRefused() {
        SurveyTable table = SurveyCsv.read(file("thessaloniki-responses.csv"));
        ColumnMapping mapping = new ColumnMapping(SurveyShape.NEED_PER_ROW,
                columns(ImportField.THEME, "theme", ImportField.SEVERITY, "rating"), Map.of(), Map.of(), Map.of());

        Plan plan = SurveyImport.plan(table, mapping, REFERENCE, null);

        assertThat(plan.errors()).extracting(RowError::field)
                .containsExactlyInAnyOrder("population-group", "description", "severity");
    }

    @Test
    void theMappingSurvivesItsJson() {
        ColumnMapping mapping = new ColumnMapping(SurveyShape.RESPONSE_PER_ROW,
                columns(ImportField.THEME, "Тема", ImportField.SEVERITY, "Тежест"), Map.of("Правна помощ", "legal-counselling"),
                Map.of("Бежанци", "refugees"), Map.of("Оборище", "obor"));

        ColumnMapping back = ColumnMapping.fromJson(mapping.toJson());

        assertThat(back).isEqualTo(mapping);
        assertThat(back.themeValues()).containsEntry("правна помощ", "legal-counselling");
    }

    @Test
    void filesThatAreNotUtf8OrNotCsvAreRefusedWithTheirLine() {
        byte[] latin1 = "theme,description\nhousing,Bývanie\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SurveyCsv.read(latin1)).isInstanceOf(SurveyRejected.class)
                .satisfies(e -> assertThat(((SurveyRejected) e).errors().get(0).line()).isEqualTo(2))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> SurveyCsv.read("a,b\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SurveyRejected.class)
                .satisfies(e -> assertThat(((SurveyRejected) e).errors().get(0).line()).isEqualTo(2));
        assertThatThrownBy(() -> SurveyCsv.read("a,b\n1,\"2\n3,4\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SurveyRejected.class);
        assertThatThrownBy(() -> SurveyCsv.read(new byte[0])).isInstanceOf(SurveyRejected.class);
        assertThatThrownBy(() -> SurveyCsv.read("a,a\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("Two columns");
    }

    @Test
    void theMedianOfAnEvenNumberOfRatingsRoundsAHalfUp() {
        assertThat(SurveyImport.medianSeverity(List.of(2, 3))).isEqualTo(3);
        assertThat(SurveyImport.medianSeverity(List.of(1, 5, 5))).isEqualTo(5);
        assertThat(SurveyImport.medianSeverity(List.of(4, 2, 2, 2))).isEqualTo(2);
    }

    private static Map<ImportField, String> columns(Object... pairs) {
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ImportField) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }

    private static Reference reference() {
        Map<String, String> themes = new HashMap<>();
        for (String code : List.of("housing", "health", "language-learning", "employment", "legal-counselling", "education")) {
            themes.put(code, code);
        }
        themes.put("bývanie", "housing");
        themes.put("zdravie", "health");
        themes.put("jazykové vzdelávanie", "language-learning");
        themes.put("заетост", "employment");
        themes.put("здравеопазване", "health");
        themes.put("здраве", "health");
        Map<String, Reference.District> districts = new HashMap<>();
        district(districts, STARE_MESTO, "SM", "Staré Mesto");
        district(districts, DRUZBA, "DR", "Družba");
        district(districts, OLD_TOWN, "OT", "Old Town");
        district(districts, KALAMARIA, "KAL", "Kalamaria");
        district(districts, OBORISHTE, "obor", "Оборище");
        return new Reference(themes, districts);
    }

    private static void district(Map<String, Reference.District> districts, UUID id, String code, String name) {
        Reference.District d = new Reference.District(id, code, name);
        districts.put(ColumnMapping.fold(code), d);
        districts.put(ColumnMapping.fold(name), d);
    }

    private static byte[] file(String name) {
        try (InputStream in = SurveyImportTest.class.getResourceAsStream("/surveys/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
