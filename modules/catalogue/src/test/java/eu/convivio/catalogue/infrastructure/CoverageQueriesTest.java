package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.ServiceCoverage;
import eu.convivio.catalogue.api.ServiceCoverage.Coverage;
import eu.convivio.catalogue.api.ServiceCoverage.Criterion;
import eu.convivio.catalogue.api.ServiceCoverage.Level;
import eu.convivio.catalogue.api.ServiceCoverage.NeedCriteria;
import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.application.CatalogueCoverage;
import eu.convivio.catalogue.application.ThemeCatalogue;
import eu.convivio.catalogue.domain.Attribute;
import eu.convivio.catalogue.domain.Language;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.catalogue.domain.Service;
import eu.convivio.catalogue.domain.ServiceArea;
import eu.convivio.catalogue.domain.ServiceEligibility;
import eu.convivio.catalogue.domain.Translation;
import eu.convivio.platform.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gap analysis's classification over a small catalogue of its own, in a municipality no other
 * test uses (the database is shared): which services are candidates, which criteria each meets, and
 * covered / partly covered / not covered.
 */
class CoverageQueriesTest {

    private static final UUID HERE = UUID.randomUUID();
    private static final UUID ELSEWHERE = UUID.randomUUID();
    private static final UUID ORGANIZATION = UUID.randomUUID();

    private static final UUID HOUSING_OPEN = UUID.randomUUID();
    private static final UUID HOUSING_ASYLUM = UUID.randomUUID();
    private static final UUID LEGAL_ADULTS = UUID.randomUUID();
    private static final UUID HEALTH_ELSEWHERE = UUID.randomUUID();
    private static final UUID WOMEN_ONLY = UUID.randomUUID();
    private static final UUID HOUSING_INACTIVE = UUID.randomUUID();

    private static ServiceCoverage coverage;

    @BeforeAll
    static void catalogue() {
        CatalogueUnit.doInTransaction(em -> {
            em.persist(new Organization(ORGANIZATION, "Coverage fixture organisation", "Runs the coverage fixture"));
            Map<String, UUID> themes = ThemeCatalogue.themes(em).stream().collect(Collectors.toMap(Theme::code, Theme::id));

            service(em, themes, HOUSING_OPEN, "Poradenstvo pri bývaní", "sk", "active", "housing", HERE, "sk", "uk");
            em.persist(new Translation(UUID.randomUUID(), "service", HOUSING_OPEN, "name", "en", "Housing advice", true));
            service(em, themes, HOUSING_ASYLUM, "Ubytovanie pre žiadateľov o azyl", "sk", "active", "housing", HERE, "ar");
            em.persist(new ServiceEligibility(UUID.randomUUID(), HOUSING_ASYLUM).setResidenceStatus("asylum_seeker"));
            service(em, themes, LEGAL_ADULTS, "Právna poradňa", "sk", "active", "legal-counselling", HERE, "en", "sk");
            em.find(Service.class, LEGAL_ADULTS).setMinimumAge(18);
            service(em, themes, HEALTH_ELSEWHERE, "Ambulancia", "sk", "active", "health", ELSEWHERE, "sk");
            service(em, themes, WOMEN_ONLY, "Centrum pre ženy", "sk", "active", "women-children", HERE, "ar", "sk");
            em.persist(new ServiceEligibility(UUID.randomUUID(), WOMEN_ONLY).setGender("female"));
            service(em, themes, HOUSING_INACTIVE, "Bývalé ubytovanie", "sk", "inactive", "housing", HERE, "uk");
        });
        coverage = new CatalogueCoverage(TestDatabase.dataSource());
    }

    @Test
    void needsAreClassifiedByTheFourCriteria() {
        List<NeedCriteria> needs = List.of(
                need("housing", Set.of(ResidenceStatus.TEMPORARY_PROTECTION), null, null, null, "uk"),
                need("housing", Set.of(ResidenceStatus.ASYLUM_SEEKER), null, null, null, "fa"),
                need("legal-counselling", Set.of(), 0, 17, null, "en"),
                need("health", Set.of(), null, null, null),
                need("women-children", Set.of(), null, null, "female", "ar"),
                need("women-children", Set.of(), null, null, "male", "ar"),
                need("legal-counselling", Set.of(), 18, null, null));

        List<Coverage> result = coverage.coverage(needs, "en", 5);

        assertThat(result).extracting(Coverage::level).containsExactly(
                Level.COVERED, Level.PARTLY_COVERED, Level.PARTLY_COVERED, Level.NOT_COVERED,
                Level.COVERED, Level.PARTLY_COVERED, Level.COVERED);
        assertThat(result).extracting(Coverage::candidates).containsExactly(2, 2, 1, 0, 1, 1, 1);
        assertThat(result).extracting(Coverage::fullMatches).containsExactly(1, 0, 0, 0, 1, 0, 1);
    }

    @Test
    void theBestCandidatesComeFirstWithTheCriteriaTheyMeet() {
        Coverage housing = coverage.coverage(
                List.of(need("housing", Set.of(ResidenceStatus.TEMPORARY_PROTECTION), null, null, null, "uk")), "en", 5).get(0);

        assertThat(housing.services()).extracting(ServiceCoverage.CoveringService::id)
                .containsExactly(HOUSING_OPEN, HOUSING_ASYLUM);
        assertThat(housing.services().get(0).meets()).containsExactlyInAnyOrder(Criterion.values());
        assertThat(housing.services().get(0).name()).isEqualTo("Housing advice");
        assertThat(housing.services().get(0).textLanguage()).isEqualTo("en");
        assertThat(housing.services().get(1).meets()).containsExactlyInAnyOrder(Criterion.THEME, Criterion.AREA);
        assertThat(housing.services().get(1).name()).isEqualTo("Ubytovanie pre žiadateľov o azyl");

        Coverage asylum = coverage.coverage(
                List.of(need("housing", Set.of(ResidenceStatus.ASYLUM_SEEKER), null, null, null, "ar")), "sk", 5).get(0);
        assertThat(asylum.services().get(0).id()).isEqualTo(HOUSING_ASYLUM);
        assertThat(asylum.services().get(0).meetsAll()).isTrue();
        assertThat(asylum.services().get(1).meets()).containsExactlyInAnyOrder(Criterion.THEME, Criterion.AREA,
                Criterion.ELIGIBILITY);
    }

    @Test
    void theListIsCutButTheCountsAreNot() {
        Coverage housing = coverage.coverage(List.of(need("housing", Set.of(), null, null, null)), "en", 1).get(0);

        assertThat(housing.candidates()).isEqualTo(2);
        assertThat(housing.fullMatches()).isEqualTo(2);
        assertThat(housing.services()).hasSize(1);
        assertThat(coverage.coverage(List.of(need("housing", Set.of(), null, null, null)), "en", 0).get(0).services())
                .isEmpty();
    }

    @Test
    void aNeedAskingAnotherMunicipalityFindsOnlyItsServices() {
        Coverage health = coverage.coverage(
                List.of(new NeedCriteria(ELSEWHERE, "health", Set.of(), null, null, null, Set.of())), "en", 5).get(0);

        assertThat(health.level()).isEqualTo(Level.COVERED);
        assertThat(health.services()).extracting(ServiceCoverage.CoveringService::id).containsExactly(HEALTH_ELSEWHERE);
    }

    @Test
    void emptyAndOversizedRequests() {
        assertThat(coverage.coverage(List.of(), "en", 5)).isEmpty();
        assertThatThrownBy(() -> coverage.coverage(List.of(need("housing", Set.of(), null, null, null)), "en", 51))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeedCriteria(HERE, "housing", Set.of(), 30, 10, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static NeedCriteria need(String theme, Set<ResidenceStatus> statuses, Integer minAge, Integer maxAge,
                                     String gender, String... languages) {
        return new NeedCriteria(HERE, theme, statuses, minAge, maxAge, gender, Set.of(languages));
    }

    private static void service(EntityManager em, Map<String, UUID> themes, UUID id, String name, String language,
                                String status, String theme, UUID municipality, String... spoken) {
        em.persist(new Service(id, ORGANIZATION, name, language, status).setDescription(name + "."));
        em.persist(new ServiceArea(UUID.randomUUID(), id, "Area").setMunicipalityId(municipality));
        em.persist(new Attribute(UUID.randomUUID(), id, "service", themes.get(theme)));
        for (String code : spoken) {
            em.persist(new Language(UUID.randomUUID(), code).setServiceId(id));
        }
    }
}
