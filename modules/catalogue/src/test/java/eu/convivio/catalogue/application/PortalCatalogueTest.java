package eu.convivio.catalogue.application;

import eu.convivio.catalogue.application.PortalCatalogue.ServiceDetail;
import eu.convivio.catalogue.application.PortalCatalogue.TextState;
import eu.convivio.catalogue.domain.Address;
import eu.convivio.catalogue.domain.Location;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.catalogue.domain.Phone;
import eu.convivio.catalogue.domain.Schedule;
import eu.convivio.catalogue.domain.Service;
import eu.convivio.catalogue.domain.ServiceArea;
import eu.convivio.catalogue.domain.ServiceAtLocation;
import eu.convivio.catalogue.domain.ServiceEligibility;
import eu.convivio.catalogue.domain.Translation;
import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's reads on embedded PostgreSQL, over a fixture service written in Slovak. */
class PortalCatalogueTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID OFFICE = UUID.randomUUID();
    private static final UUID SHELTER = UUID.randomUUID();
    private static final UUID MUNICIPALITY = UUID.randomUUID();

    @BeforeAll
    static void aServiceInSlovak() {
        inTransaction(em -> {
            em.persist(new Organization(ORGANIZATION, "Poradňa pre migrantov", "Pomáha"));
            em.persist(new Service(SERVICE, ORGANIZATION, "Právna poradňa", "sk", "active")
                    .setDescription("Poradenstvo o azylovom konaní").setApplicationProcess("Zavolajte nám")
                    .setMinimumAge(18));
            em.persist(new Service(OTHER, ORGANIZATION, "Asistencia", "sk", "active"));
            em.persist(new Translation(UUID.randomUUID(), "service", SERVICE, "name", "bg", "Правна консултация", true));
            em.persist(new Translation(UUID.randomUUID(), "service", SERVICE, "description", "bg", "Съвети за убежище", false));
            em.persist(new ServiceEligibility(UUID.randomUUID(), SERVICE).setResidenceStatus("asylum_seeker"));
            em.persist(new ServiceEligibility(UUID.randomUUID(), SERVICE).setGender("female"));
            em.persist(new Location(OFFICE, "physical", false).setName("Kancelária")
                    .setLatitude(new BigDecimal("48.100000")).setLongitude(new BigDecimal("17.100000")));
            em.persist(new Address(UUID.randomUUID(), OFFICE, "Obchodná 1", "Bratislava", "SK", "physical").setPostalCode("811 01"));
            UUID office = UUID.randomUUID();
            em.persist(new ServiceAtLocation(office, SERVICE, OFFICE));
            em.persist(new Schedule(UUID.randomUUID()).setServiceAtLocationId(office).setFreq("WEEKLY").setByday("MO,WE")
                    .setOpensAt(LocalTime.of(9, 0)).setClosesAt(LocalTime.of(12, 0)));
            em.persist(new Location(SHELTER, "physical", true).setName("Útulok")
                    .setLatitude(new BigDecimal("48.300000")).setLongitude(new BigDecimal("17.300000")));
            em.persist(new Address(UUID.randomUUID(), SHELTER, "Skrytá 7", "Bratislava", "SK", "physical"));
            // a shelter is reached by its crisis line only (as the demo catalogue's shelters are)
            em.persist(new ServiceAtLocation(UUID.randomUUID(), OTHER, SHELTER));
            em.persist(new Phone(UUID.randomUUID(), "+421 2 000000").setServiceId(OTHER).setType("voice"));
            em.persist(new ServiceArea(UUID.randomUUID(), SERVICE, "Bratislava").setMunicipalityId(MUNICIPALITY));
            em.persist(new ServiceArea(UUID.randomUUID(), OTHER, "Bratislava").setMunicipalityId(MUNICIPALITY));
            return null;
        });
    }

    @Test
    void aServiceReadsInTheReadersLanguageAndSaysWhichTextsAreNotReviewedOrNotTranslated() {
        ServiceDetail s = read(c -> c.service(SERVICE, "bg")).orElseThrow();

        assertThat(s.name()).isEqualTo("Правна консултация");
        assertThat(s.textState("name")).isEqualTo(TextState.FINAL);
        assertThat(s.description()).isEqualTo("Съвети за убежище");
        assertThat(s.textState("description")).isEqualTo(TextState.UNREVIEWED);
        assertThat(s.applicationProcess()).isEqualTo("Zavolajte nám");
        assertThat(s.textState("application_process")).isEqualTo(TextState.ORIGINAL);
        assertThat(s.originalLanguage()).isEqualTo("sk");
        assertThat(s.organizationName()).isEqualTo("Poradňa pre migrantov");

        ServiceDetail original = read(c -> c.service(SERVICE, "sk")).orElseThrow();
        assertThat(original.name()).isEqualTo("Právna poradňa");
        assertThat(original.textStates()).isEmpty();
    }

    @Test
    void whoMayUseItAndWhereButNeverAConfidentialPlace() {
        ServiceDetail s = read(c -> c.service(SERVICE, "en")).orElseThrow();

        assertThat(s.residenceStatuses()).containsExactly("asylum_seeker");
        assertThat(s.genders()).containsExactly("female");
        assertThat(s.minimumAge()).isEqualTo(18);
        assertThat(s.maximumAge()).isNull();
        assertThat(s.places()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Kancelária");
            assertThat(p.addressLines()).containsExactly("Obchodná 1", "811 01 Bratislava");
            assertThat(p.openingHours()).singleElement().satisfies(h -> {
                assertThat(h.byday()).isEqualTo("MO,WE");
                assertThat(h.opensAt()).isEqualTo(LocalTime.of(9, 0));
            });
        });
        ServiceDetail shelter = read(c -> c.service(OTHER, "en")).orElseThrow();
        assertThat(shelter.places()).isEmpty();
        assertThat(shelter.toString()).doesNotContain("Skrytá", "Útulok", SHELTER.toString());
        assertThat(shelter.phones()).extracting(PortalCatalogue.Phone::number).containsExactly("+421 2 000000");
        assertThat(s.free()).isTrue();
        assertThat(s.serviceAreas()).containsExactly("Bratislava");
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertThat(read(c -> c.service(UUID.randomUUID(), "en")).isEmpty()).isTrue();
        assertThat(read(c -> c.organization(UUID.randomUUID(), "en")).isEmpty()).isTrue();
    }

    @Test
    void anOrganisationListsItsServicesByName() {
        PortalCatalogue.OrganizationDetail o = read(c -> c.organization(ORGANIZATION, "sk")).orElseThrow();

        assertThat(o.name()).isEqualTo("Poradňa pre migrantov");
        assertThat(o.services()).extracting(PortalCatalogue.ServiceSummary::name).containsExactly("Asistencia", "Právna poradňa");

        PortalCatalogue.OrganizationDetail inBulgarian = read(c -> c.organization(ORGANIZATION, "bg")).orElseThrow();
        assertThat(inBulgarian.services()).extracting(PortalCatalogue.ServiceSummary::name, PortalCatalogue.ServiceSummary::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Asistencia", "sk"),
                        org.assertj.core.groups.Tuple.tuple("Правна консултация", "bg"));
    }

    @Test
    void aTownsCentreIsTheMeanOfItsServicesPublicPlaces() {
        ServiceQuery.GeoPoint centre = read(c -> c.municipalityCentre(MUNICIPALITY)).orElseThrow();

        // the shelter's coordinates (48.3, 17.3) must not pull the centre towards it
        assertThat(centre.latitude()).isEqualTo(48.1, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(centre.longitude()).isEqualTo(17.1, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(read(c -> c.municipalityCentre(UUID.randomUUID())).isEmpty()).isTrue();
    }

    private static <T> T read(Function<PortalCatalogue, T> query) {
        return inTransaction(em -> query.apply(new PortalCatalogue(em)));
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"), work);
    }
}
