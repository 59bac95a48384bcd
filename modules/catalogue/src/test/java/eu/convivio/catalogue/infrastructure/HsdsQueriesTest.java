package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import eu.convivio.catalogue.domain.Address;
import eu.convivio.catalogue.domain.Attribute;
import eu.convivio.catalogue.domain.Location;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.catalogue.domain.Service;
import eu.convivio.catalogue.domain.ServiceAtLocation;
import eu.convivio.catalogue.domain.Translation;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.platform.web.JsonMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS read queries over a fixture of three services that share a word no other test uses,
 * so that the database's other rows do not disturb the counts.
 */
class HsdsQueriesTest {

    private static final UUID HOUSING = UUID.fromString("e7a1c2d4-0000-4000-8000-000000000001");
    private static final String WORD = "fixture" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID ALPHA = UUID.randomUUID();
    private static final UUID BETA = UUID.randomUUID();
    private static final UUID GAMMA = UUID.randomUUID();
    private static final UUID SHELTER = UUID.randomUUID();
    private static final UUID OFFICE = UUID.randomUUID();

    private final HsdsQueries.ServiceFilter all = new HsdsQueries.ServiceFilter(WORD, null, null);

    @BeforeAll
    static void threeServices() throws SQLException {
        CatalogueUnit.doInTransaction(em -> {
            em.persist(new Organization(ORGANIZATION, "Fixture organisation " + WORD, "Runs the fixture services"));
            em.persist(new Service(ALPHA, ORGANIZATION, "Alpha " + WORD, "sk", "active").setDescription("Poradenstvo"));
            em.persist(new Translation(UUID.randomUUID(), "service", ALPHA, "name", "bg", "Алфа " + WORD, true));
            em.persist(new Service(BETA, ORGANIZATION, "Beta " + WORD, "sk", "active"));
            em.persist(new Service(GAMMA, ORGANIZATION, "Gamma " + WORD, "sk", "inactive"));
            em.persist(new Attribute(UUID.randomUUID(), ALPHA, "service", HOUSING));
            em.persist(new Location(OFFICE, "physical", false).setName("Office")
                    .setLatitude(new BigDecimal("48.148600")).setLongitude(new BigDecimal("17.107700")));
            em.persist(new Address(UUID.randomUUID(), OFFICE, "Obchodná 1", "Bratislava", "SK", "physical"));
            em.persist(new ServiceAtLocation(UUID.randomUUID(), ALPHA, OFFICE));
            em.persist(new Location(SHELTER, "physical", true).setName("Shelter")
                    .setLatitude(new BigDecimal("48.150000")).setLongitude(new BigDecimal("17.110000")));
            em.persist(new Address(UUID.randomUUID(), SHELTER, "Hidden lane 7", "Bratislava", "SK", "physical"));
            em.persist(new ServiceAtLocation(UUID.randomUUID(), ALPHA, SHELTER));
        });
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE catalogue.service SET last_modified = '2020-01-01T00:00:00Z' WHERE id = '" + BETA + "'");
        }
    }

    @Test
    void pagingThroughTheListingSeesEveryServiceOnceInIdOrder() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            int offset = page * 2;
            seen.addAll(query(q -> q.services(all, null, offset, 2)).stream()
                    .map(j -> json(j).get("id").asText()).toList());
        }
        assertThat(count(all)).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(List.of(ALPHA, BETA, GAMMA).stream().map(UUID::toString).sorted().toList());
        List<String> beyond = query(q -> q.services(all, null, 4, 2));
        assertThat(beyond).isEmpty();
    }

    @Test
    void modifiedAfterLeavesOutWhatHasNotChangedSince() {
        var filter = new HsdsQueries.ServiceFilter(WORD, null, OffsetDateTime.parse("2025-01-01T00:00:00Z"));
        assertThat(count(filter)).isEqualTo(2);
        assertThat(names(filter, null)).containsExactlyInAnyOrder("Alpha " + WORD, "Gamma " + WORD);
    }

    @Test
    void theTaxonomyTermFilterKeepsTheTaggedServices() {
        var filter = new HsdsQueries.ServiceFilter(WORD, HOUSING, null);
        assertThat(names(filter, null)).containsExactly("Alpha " + WORD);
    }

    @Test
    void textsComeInTheReadersLanguageOrAsWritten() {
        var alpha = new HsdsQueries.ServiceFilter(WORD, HOUSING, null);
        assertThat(names(alpha, "bg")).containsExactly("Алфа " + WORD);
        assertThat(names(alpha, "el")).containsExactly("Alpha " + WORD);
        assertThat(names(alpha, null)).containsExactly("Alpha " + WORD);
    }

    @Test
    void searchFindsAServiceByItsTranslatedName() {
        var filter = new HsdsQueries.ServiceFilter("Алфа " + WORD, null, null);
        assertThat(names(filter, "bg")).containsExactly("Алфа " + WORD);
    }

    @Test
    void theFullServiceNeverShowsAConfidentialLocation() {
        String text = query(q -> q.service(ALPHA, "en")).orElseThrow();
        JsonNode full = json(text);
        assertThat(full.get("organization").get("id").asText()).isEqualTo(ORGANIZATION.toString());
        assertThat(full.get("service_at_locations")).hasSize(1);
        JsonNode location = full.get("service_at_locations").get(0).get("location");
        assertThat(location.get("id").asText()).isEqualTo(OFFICE.toString());
        assertThat(location.get("addresses").get(0).get("address_1").asText()).isEqualTo("Obchodná 1");
        assertThat(full.get("attributes").get(0).get("taxonomy_term").get("code").asText()).isEqualTo("housing");
        assertThat(text).doesNotContain(SHELTER.toString()).doesNotContain("Hidden lane").doesNotContain("48.15");
    }

    @Test
    void aConfidentialLocationIsNeitherListedNorFound() {
        Optional<String> shelter = query(q -> q.location(SHELTER, null));
        Optional<String> office = query(q -> q.location(OFFICE, null));
        assertThat(shelter).isEmpty();
        assertThat(json(office.orElseThrow()).get("addresses").get(0).get("address_1").asText()).isEqualTo("Obchodná 1");
        long locations = query(HsdsQueries::countLocations);
        List<String> listed = query(q -> q.locations(null, 0, (int) locations + 10));
        assertThat(listed).hasSize((int) locations).noneMatch(l -> l.contains(SHELTER.toString()));
        long atLocations = query(HsdsQueries::countServicesAtLocations);
        List<String> alpha = query(q -> q.servicesAtLocations(null, 0, (int) atLocations + 10)).stream()
                .filter(sal -> json(sal).get("service_id").asText().equals(ALPHA.toString())).toList();
        assertThat(alpha).hasSize(1);
        assertThat(json(alpha.get(0)).get("location_id").asText()).isEqualTo(OFFICE.toString());
        String full = query(q -> q.serviceAtLocation(UUID.fromString(json(alpha.get(0)).get("id").asText()), "bg")).orElseThrow();
        assertThat(json(full).get("service").get("name").asText()).isEqualTo("Алфа " + WORD);
        assertThat(json(full).get("location").get("name").asText()).isEqualTo("Office");
    }

    @Test
    void anUnknownIdFindsNothing() {
        Optional<String> service = query(q -> q.service(UUID.randomUUID(), null));
        Optional<String> organization = query(q -> q.organization(UUID.randomUUID(), null));
        assertThat(service).isEmpty();
        assertThat(organization).isEmpty();
    }

    @Test
    void anOrganizationListsItsServices() {
        JsonNode organization = json(query(q -> q.organization(ORGANIZATION, null)).orElseThrow());
        assertThat(organization.get("name").asText()).isEqualTo("Fixture organisation " + WORD);
        assertThat(organization.get("services")).hasSize(3);
    }

    @Test
    void theThemesTaxonomyIsListedWithTranslatedTerms() {
        assertThat(query(q -> q.taxonomies(0, 50)).stream().map(t -> json(t).get("name").asText()))
                .contains("convivio-themes");
        UUID themes = UUID.fromString("e7a1c2d4-0000-4000-8000-000000000000");
        long terms = query(q -> q.countTaxonomyTerms(themes));
        assertThat(terms).isEqualTo(16);
        assertThat(query(q -> q.taxonomyTerms(themes, "bg", 0, 50)).stream().map(t -> json(t).get("name").asText()))
                .contains("Правно консултиране и документи", "Жилищно настаняване");
    }

    private long count(HsdsQueries.ServiceFilter filter) {
        return query(q -> q.countServices(filter));
    }

    private List<String> names(HsdsQueries.ServiceFilter filter, String language) {
        return query(q -> q.services(filter, language, 0, 50)).stream().map(j -> json(j).get("name").asText()).toList();
    }

    private static <T> T query(java.util.function.Function<HsdsQueries, T> work) {
        return CatalogueUnit.inTransaction(em -> work.apply(new HsdsQueries(em)));
    }

    static JsonNode json(String text) {
        try {
            return JsonMapping.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
