package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.MunicipalitySummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalogue as a newcomer meets it, loaded once into the test database. */
class DemoCatalogueTest {

    private static final List<MunicipalitySummary> CITIES = DemoCatalogue.CITIES.stream()
            .map(c -> new MunicipalitySummary(UUID.randomUUID(), c.municipality(), c.country(), MunicipalityKind.MUNICIPALITY,
                    null, c.language(), "Europe/Sofia"))
            .toList();

    @BeforeAll
    static void load() {
        Directory directory = new Directory() {
            @Override
            public Optional<MunicipalitySummary> municipality(UUID id) {
                return CITIES.stream().filter(m -> m.id().equals(id)).findFirst();
            }

            @Override
            public List<MunicipalitySummary> municipalities() {
                return CITIES;
            }

            @Override
            public List<DepartmentSummary> departments(UUID municipalityId) {
                return List.of();
            }
        };
        CatalogueUnit.doInTransaction(em -> new DemoCatalogue(em).load(new DemoDataLoading(directory)));
    }

    @Test
    void everyDemoCityHasItsServices() {
        long services = count("SELECT count(*) FROM catalogue.service");
        assertThat(services).isGreaterThanOrEqualTo(250);
        for (MunicipalitySummary city : CITIES) {
            assertThat(count("SELECT count(*) FROM catalogue.service_area WHERE municipality_id = '" + city.id() + "'"))
                    .as(city.name()).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void aNewcomerFindsFreeLegalCounsellingForAsylumSeekersInSofiaInBulgarian() {
        var filter = new HsdsQueries.ServiceFilter("правна помощ закрила", null, null);
        List<JsonNode> found = CatalogueUnit.inTransaction(em -> new HsdsQueries(em).services(filter, "bg", 0, 50))
                .stream().map(HsdsQueriesTest::json).toList();
        JsonNode sofia = found.stream()
                .filter(s -> s.get("organization_id").asText().equals(DemoCatalogue.LEGAL_AID_SOFIA.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("not found in " + found));
        assertThat(sofia.get("name").asText()).isEqualTo("Безплатна правна помощ за търсещи закрила");
        assertThat(sofia.get("fees_description").asText()).isEqualTo("Безплатно");
        JsonNode full = HsdsQueriesTest.json(CatalogueUnit.inTransaction(em ->
                new HsdsQueries(em).service(UUID.fromString(sofia.get("id").asText()), "en")).orElseThrow());
        assertThat(full.get("name").asText()).isEqualTo("Free legal counselling for asylum seekers");
        assertThat(full.get("organization").get("name").asText()).isEqualTo("Legal Aid for Refugees Sofia");
        assertThat(full.get("service_at_locations").get(0).get("location").get("addresses").get(0).get("city").asText())
                .isEqualTo("София");
        assertThat(full.get("attributes").findValuesAsText("code")).contains("legal-counselling");
        assertThat(full.get("languages").findValuesAsText("code")).contains("bg", "ar", "fa");
        assertThat(count("SELECT count(*) FROM catalogue.service_eligibility WHERE service_id = '" + sofia.get("id").asText()
                + "' AND residence_status = 'asylum_seeker'")).isEqualTo(1);
    }

    @Test
    void noFullServiceShowsAShelterLocation() {
        @SuppressWarnings("unchecked")
        List<Object[]> shelters = CatalogueUnit.inTransaction(em -> em.createNativeQuery("""
                SELECT sal.service_id::text, l.id::text FROM catalogue.service_at_location sal
                JOIN catalogue.location l ON l.id = sal.location_id WHERE l.confidential""").getResultList());
        assertThat(shelters).hasSizeGreaterThanOrEqualTo(10);
        for (Object[] shelter : shelters) {
            String full = CatalogueUnit.inTransaction(em ->
                    new HsdsQueries(em).service(UUID.fromString((String) shelter[0]), null)).orElseThrow();
            assertThat(full).doesNotContain((String) shelter[1]);
            assertThat(HsdsQueriesTest.json(full).get("service_at_locations")).isEmpty();
            // the crisis line is how people reach the shelter
            assertThat(HsdsQueriesTest.json(full).get("phones")).isNotEmpty();
        }
    }

    private static long count(String sql) {
        return CatalogueUnit.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
