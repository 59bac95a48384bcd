package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.application.SearchResults;
import eu.convivio.catalogue.application.SearchResults.Facet;
import eu.convivio.catalogue.application.ServiceHit;
import eu.convivio.catalogue.application.ServiceQuery;
import eu.convivio.catalogue.application.ServiceSearch;
import eu.convivio.catalogue.application.ThemeCatalogue;
import eu.convivio.catalogue.domain.Address;
import eu.convivio.catalogue.domain.Attribute;
import eu.convivio.catalogue.domain.CostOption;
import eu.convivio.catalogue.domain.Language;
import eu.convivio.catalogue.domain.Location;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.catalogue.domain.Phone;
import eu.convivio.catalogue.domain.Schedule;
import eu.convivio.catalogue.domain.Service;
import eu.convivio.catalogue.domain.ServiceArea;
import eu.convivio.catalogue.domain.ServiceAtLocation;
import eu.convivio.catalogue.domain.ServiceEligibility;
import eu.convivio.catalogue.domain.Translation;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.testing.MovableClock;
import eu.convivio.platform.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking, fallback, filters and facets of the catalogue search over a small catalogue of its own.
 * The database is shared with other tests, so every query is narrowed to this fixture's
 * municipality (or, for the municipality facet, looks only at this fixture's municipalities).
 * The clock stands on Monday 23 November 2026, 10:00 in Sofia (08:00 UTC, 08:00 in London).
 */
class ServiceSearchTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final UUID HERE = UUID.randomUUID();
    private static final UUID ELSEWHERE = UUID.randomUUID();
    private static final UUID PAGING = UUID.randomUUID();
    private static final UUID ORGANIZATION = UUID.randomUUID();

    private static final UUID LEGAL_BG = UUID.randomUUID();
    private static final UUID KITCHEN = UUID.randomUUID();
    private static final UUID LEGAL_AID = UUID.randomUUID();
    private static final UUID GREEK = UUID.randomUUID();
    private static final UUID SLOVAK = UUID.randomUUID();
    private static final UUID INACTIVE = UUID.randomUUID();
    private static final UUID LEGAL_ELSEWHERE = UUID.randomUUID();
    private static final UUID SHELTER = UUID.randomUUID();
    private static final List<UUID> IDENTICAL = new ArrayList<>();

    private static ServiceSearch search;
    private static Themes themes;
    private static Directory directory;

    @BeforeAll
    static void catalogue() {
        CatalogueUnit.doInTransaction(em -> {
            em.persist(new Organization(ORGANIZATION, "Search fixture organisation", "Runs the search fixture"));
            Map<String, UUID> themes = ThemeCatalogue.themes(em).stream().collect(Collectors.toMap(Theme::code, Theme::id));

            service(em, LEGAL_BG, "Безплатна правна помощ за търсещи закрила", "bg", "active",
                    "Адвокати консултират по процедурата за международна закрила.", HERE);
            em.persist(new Translation(UUID.randomUUID(), "service", LEGAL_BG, "name", "en", "Free legal aid for asylum seekers", true));
            em.persist(new Translation(UUID.randomUUID(), "service", LEGAL_BG, "description", "en", "Lawyers advise on the asylum procedure.", true));
            theme(em, themes, LEGAL_BG, "legal-counselling");
            languages(em, LEGAL_BG, "bg", "ar");
            status(em, LEGAL_BG, "asylum_seeker");
            place(em, LEGAL_BG, "Office Sofia", false, "42.697700", "23.321900", "BG");
            em.persist(new Schedule(UUID.randomUUID()).setServiceId(LEGAL_BG).setFreq("WEEKLY").setByday("MO,TU,WE,TH,FR")
                    .setOpensAt(LocalTime.of(9, 0)).setClosesAt(LocalTime.of(17, 0)));
            em.find(Service.class, LEGAL_BG).setAssuredDate(TODAY.minusDays(22));

            service(em, KITCHEN, "Community kitchen", "en", "active",
                    "Hot meals every day; volunteers also give free legal aid on Tuesdays.", HERE);
            theme(em, themes, KITCHEN, "culture-community");
            languages(em, KITCHEN, "en");
            em.persist(new CostOption(UUID.randomUUID(), KITCHEN).setAmount(new BigDecimal("5.00")).setCurrency("GBP"));
            place(em, KITCHEN, "Plymouth hall", false, "50.375500", "-4.142700", "GB");
            em.persist(new Schedule(UUID.randomUUID()).setServiceId(KITCHEN).setFreq("WEEKLY").setByday("SA")
                    .setOpensAt(LocalTime.of(9, 0)).setClosesAt(LocalTime.of(13, 0)));

            service(em, LEGAL_AID, "Legal aid", "en", "active", "Advice and representation.", HERE);
            theme(em, themes, LEGAL_AID, "legal-counselling");
            theme(em, themes, LEGAL_AID, "housing");
            languages(em, LEGAL_AID, "en", "ar");
            em.persist(new CostOption(UUID.randomUUID(), LEGAL_AID).setAmount(BigDecimal.ZERO).setCurrency("GBP"));
            place(em, LEGAL_AID, "London office", false, "51.507400", "-0.127800", "GB");
            em.persist(new Schedule(UUID.randomUUID()).setServiceId(LEGAL_AID).setFreq("WEEKLY").setByday("MO")
                    .setOpensAt(LocalTime.of(8, 0)).setClosesAt(LocalTime.of(12, 0))
                    .setValidFrom(LocalDate.of(2026, 11, 1)).setValidTo(LocalDate.of(2026, 12, 31)));
            em.find(Service.class, LEGAL_AID).setMinimumAge(18).setAssuredDate(LocalDate.of(2026, 1, 1));

            service(em, GREEK, "Νομική συμβουλευτική για πρόσφυγες", "el", "active",
                    "Δωρεάν βοήθεια σε αιτούντες άσυλο.", HERE);
            theme(em, themes, GREEK, "legal-counselling");
            languages(em, GREEK, "el");
            status(em, GREEK, "asylum_seeker");
            status(em, GREEK, "international_protection");
            place(em, GREEK, "Γραφείο Αθήνας", false, "37.983800", "23.727500", "GR");

            service(em, SLOVAK, "Poradenstvo pri bývaní", "sk", "active", "Pomoc s hľadaním nájomného bývania.", HERE);
            theme(em, themes, SLOVAK, "housing");
            languages(em, SLOVAK, "sk", "uk");
            status(em, SLOVAK, "temporary_protection");
            em.find(Service.class, SLOVAK).setMinimumAge(18);
            em.persist(new Location(SHELTER, "physical", true).setName("Hidden shelter")
                    .setLatitude(new BigDecimal("48.150000")).setLongitude(new BigDecimal("17.110000")));
            em.persist(new Address(UUID.randomUUID(), SHELTER, "Secret street 7", "Bratislava", "SK", "physical"));
            em.persist(new ServiceAtLocation(UUID.randomUUID(), SLOVAK, SHELTER));
            // a shelter is reached by phone (other tests check that every shelter has one)
            em.persist(new Phone(UUID.randomUUID(), "+421 2 123 456").setServiceId(SLOVAK).setType("voice"));
            em.persist(new Schedule(UUID.randomUUID()).setServiceId(SLOVAK).setFreq("WEEKLY").setByday("MO,TU,WE,TH,FR")
                    .setOpensAt(LocalTime.of(0, 0)).setClosesAt(LocalTime.of(23, 0))
                    .setValidFrom(LocalDate.of(2025, 1, 1)).setValidTo(LocalDate.of(2025, 12, 31)));

            service(em, INACTIVE, "Legal aid archive", "en", "inactive", "No longer offered.", HERE);
            service(em, LEGAL_ELSEWHERE, "Legal aid", "en", "active", "Advice.", ELSEWHERE);

            for (int i = 0; i < 5; i++) {
                UUID id = UUID.randomUUID();
                IDENTICAL.add(id);
                service(em, id, "Identical name", "en", "active", "One of five.", PAGING);
            }
        });
        themes = new Themes() {
            @Override
            public List<Theme> all() {
                return CatalogueUnit.inTransaction(ThemeCatalogue::themes);
            }

            @Override
            public Optional<Theme> byCode(String code) {
                return all().stream().filter(t -> t.code().equals(code)).findFirst();
            }
        };
        directory = new Directory() {
            @Override
            public Optional<MunicipalitySummary> municipality(UUID id) {
                return municipalities().stream().filter(m -> m.id().equals(id)).findFirst();
            }

            @Override
            public List<MunicipalitySummary> municipalities() {
                return List.of(new MunicipalitySummary(HERE, "Fixtureville", "BG", MunicipalityKind.MUNICIPALITY, null, "bg", "Europe/Sofia"),
                        new MunicipalitySummary(ELSEWHERE, "Elsewhere", "GB", MunicipalityKind.MUNICIPALITY, null, "en", "Europe/London"));
            }

            @Override
            public List<DepartmentSummary> departments(UUID municipalityId) {
                return List.of();
            }
        };
        search = new ServiceSearch(TestDatabase.dataSource(), Clock.fixed(MONDAY_MORNING, ZoneOffset.UTC), themes, directory);
    }

    @Test
    void anAnswerAskedAgainIsKeptWhileTheCatalogueStaysAsItWasAndWithinItsMinute() {
        UUID town = UUID.randomUUID();
        CatalogueUnit.doInTransaction(em -> service(em, UUID.randomUUID(), "Advice desk", "en", "active", "Advice.", town));
        MovableClock clock = new MovableClock(MONDAY_MORNING);
        ServiceSearch keeping = new ServiceSearch(TestDatabase.dataSource(), clock, themes, directory, true);
        ServiceQuery advice = new ServiceQuery("advice", "en", town, Set.of(), null, null, null, false, false, null, null, 1, 20);

        SearchResults once = keeping.search(advice);
        assertThat(once.total()).isEqualTo(1);
        SearchResults first = keeping.search(advice);
        assertThat(first).as("asked a second time: answered afresh, and kept").isNotSameAs(once);
        assertThat(keeping.search(advice)).as("asked again").isSameAs(first);

        clock.advance(Duration.ofSeconds(60));
        SearchResults nextMinute = keeping.search(advice);
        assertThat(nextMinute).as("a minute later").isNotSameAs(first);
        assertThat(nextMinute.total()).isEqualTo(1);

        CatalogueUnit.doInTransaction(em -> service(em, UUID.randomUUID(), "Advice for families", "en", "active", "Advice.", town));
        assertThat(keeping.search(advice).total()).as("after a service was added, in the same minute").isEqualTo(2);
    }

    @Test
    void aKeptAnswerPastItsMinuteIsServedWhileItIsComputedAgainButAChangedCatalogueIsNeverServedLate() {
        UUID town = UUID.randomUUID();
        CatalogueUnit.doInTransaction(em -> service(em, UUID.randomUUID(), "Advice desk", "en", "active", "Advice.", town));
        MovableClock clock = new MovableClock(MONDAY_MORNING);
        List<Runnable> recounts = new java.util.ArrayList<>();
        ServiceSearch keeping = new ServiceSearch(TestDatabase.dataSource(), clock, themes, directory, true, recounts::add);
        ServiceQuery advice = new ServiceQuery("advice", "en", town, Set.of(), null, null, null, false, false, null, null, 1, 20);
        keeping.search(advice);
        SearchResults kept = keeping.search(advice);
        assertThat(recounts).isEmpty();

        clock.advance(Duration.ofSeconds(60));
        assertThat(keeping.search(advice)).as("the next minute, while it is computed again").isSameAs(kept);
        assertThat(recounts).hasSize(1);
        recounts.forEach(Runnable::run);
        SearchResults recounted = keeping.search(advice);
        assertThat(recounted).isNotSameAs(kept);
        assertThat(recounted.total()).isEqualTo(1);

        CatalogueUnit.doInTransaction(em -> service(em, UUID.randomUUID(), "Advice for families", "en", "active", "Advice.", town));
        assertThat(keeping.search(advice).total()).as("after a service was added: no kept answer is served").isEqualTo(2);
    }

    private static void service(EntityManager em, UUID id, String name, String language, String status, String description,
                                UUID municipality) {
        em.persist(new Service(id, ORGANIZATION, name, language, status).setDescription(description));
        em.persist(new ServiceArea(UUID.randomUUID(), id, "Area").setMunicipalityId(municipality));
    }

    private static void theme(EntityManager em, Map<String, UUID> themes, UUID service, String code) {
        em.persist(new Attribute(UUID.randomUUID(), service, "service", themes.get(code)));
    }

    private static void languages(EntityManager em, UUID service, String... codes) {
        for (String code : codes) {
            em.persist(new Language(UUID.randomUUID(), code).setServiceId(service));
        }
    }

    private static void status(EntityManager em, UUID service, String status) {
        em.persist(new ServiceEligibility(UUID.randomUUID(), service).setResidenceStatus(status));
    }

    private static void place(EntityManager em, UUID service, String name, boolean confidential, String lat, String lon,
                              String country) {
        UUID location = UUID.randomUUID();
        em.persist(new Location(location, "physical", confidential).setName(name)
                .setLatitude(new BigDecimal(lat)).setLongitude(new BigDecimal(lon)));
        em.persist(new Address(UUID.randomUUID(), location, name + " street 1", name, country, "physical"));
        em.persist(new ServiceAtLocation(UUID.randomUUID(), service, location));
    }

    private static ServiceQuery here(String text, String language) {
        return new ServiceQuery(text, language, HERE, Set.of(), null, null, null, false, false, null, null, 1, 20);
    }

    private static List<UUID> ids(SearchResults results) {
        return results.hits().stream().map(ServiceHit::id).toList();
    }

    private static Map<String, Long> facet(SearchResults results, Facet facet) {
        return results.facets().get(facet).stream()
                .collect(Collectors.toMap(SearchResults.FacetCount::value, SearchResults.FacetCount::count));
    }

    @Test
    void theReadersWordsAreParsedOnceForEachDistinctReading() throws java.sql.SQLException {
        assertThat(searchQuery("bg", "Правна помощ")).as("Cyrillic parses alike in all four")
                .isEqualTo("'правна' & 'помощ'");
        assertThat(searchQuery("en", "Housing advice")).as("English stems, the others do not")
                .isEqualTo("'hous' & 'advic' | 'housing' & 'advice'");
        assertThat(searchQuery("sk", "právna pomoc")).as("folded without accents").isEqualTo("'pravna' & 'pomoc'");
        assertThat(searchQuery("en", "the")).as("only a stop word in English").isEqualTo("'the'");
    }

    private static String searchQuery(String language, String text) throws java.sql.SQLException {
        try (var c = TestDatabase.dataSource().getConnection();
             var ps = c.prepareStatement("SELECT catalogue.search_query(?, ?)::text")) {
            ps.setString(1, language);
            ps.setString(2, text);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void anExactNameComesFirstAndAMatchInTheDescriptionLast() {
        SearchResults results = search.search(here("legal aid", "en"));
        assertThat(ids(results)).containsExactly(LEGAL_AID, LEGAL_BG, KITCHEN);
    }

    @Test
    void aTranslationIsFoundInTheReadersLanguageAndShownInIt() {
        ServiceHit hit = search.search(here("free legal aid", "en")).hits().get(0);
        assertThat(hit.id()).isEqualTo(LEGAL_BG);
        assertThat(hit.name()).isEqualTo("Free legal aid for asylum seekers");
        assertThat(hit.textLanguage()).isEqualTo("en");

        ServiceHit inBulgarian = search.search(here("правна помощ", "bg")).hits().get(0);
        assertThat(inBulgarian.id()).isEqualTo(LEGAL_BG);
        assertThat(inBulgarian.name()).isEqualTo("Безплатна правна помощ за търсещи закрила");
        assertThat(inBulgarian.textLanguage()).isEqualTo("bg");
    }

    @Test
    void anUntranslatedServiceIsFoundInItsOriginalLanguage() {
        SearchResults results = search.search(here("bývanie bývaní", "en"));
        assertThat(ids(results)).contains(SLOVAK);
        ServiceHit hit = results.hits().stream().filter(h -> h.id().equals(SLOVAK)).findFirst().orElseThrow();
        assertThat(hit.textLanguage()).isEqualTo("sk");
        assertThat(hit.name()).isEqualTo("Poradenstvo pri bývaní");

        assertThat(ids(search.search(here("pri bývaní", "de")))).containsExactly(SLOVAK);
    }

    @Test
    void aMisspelledNameIsFoundByTrigrams() {
        assertThat(ids(search.search(here("kitchn", "en")))).containsExactly(KITCHEN);
        assertThat(ids(search.search(here("comunity", "en")))).containsExactly(KITCHEN);
    }

    @Test
    void wordsThatMatchServicesTheFiltersLeaveOutAreNotTakenForAMisspelling() {
        UUID town = UUID.randomUUID();
        UUID advocacy = UUID.randomUUID();
        UUID advocates = UUID.randomUUID();
        CatalogueUnit.doInTransaction(em -> {
            Map<String, UUID> codes = ThemeCatalogue.themes(em).stream().collect(Collectors.toMap(Theme::code, Theme::id));
            service(em, advocacy, "Advocacy centre", "en", "active", "Representation.", town);
            theme(em, codes, advocacy, "legal-counselling");
            service(em, advocates, "Advocate housing desk", "en", "active", "Tenancy.", town);
            theme(em, codes, advocates, "housing");
        });
        ServiceQuery misspelt = new ServiceQuery("advocat", "en", town, Set.of("housing"), null, null, null, false, false,
                null, null, 1, 20);
        assertThat(ids(search.search(misspelt))).as("no word matches: names like it do").containsExactly(advocates);

        ServiceQuery spelt = new ServiceQuery("advocacy", "en", town, Set.of("housing"), null, null, null, false, false,
                null, null, 1, 20);
        SearchResults housing = search.search(spelt);
        assertThat(housing.total()).as("the word matches, but not among housing services").isZero();
        assertThat(facet(housing, Facet.THEME)).containsEntry("legal-counselling", 1L);
    }

    @Test
    void greekWordsAreFoundInOtherInflections() {
        // "αιτούντων" (genitive) is not the description's "αιτούντες"; the Greek stemmer makes both αιτουντ
        assertThat(ids(search.search(here("αιτούντων", "el")))).containsExactly(GREEK);
        assertThat(ids(search.search(here("νομικής", "el")))).containsExactly(GREEK);
    }

    @Test
    void inactiveServicesAreNeverFound() {
        SearchResults results = search.search(here("legal aid archive", "en"));
        assertThat(ids(results)).doesNotContain(INACTIVE);
        assertThat(search.search(here(null, "en")).total()).isEqualTo(5);
    }

    @Test
    void facetsCountTheServicesTheOtherFiltersLeave() {
        SearchResults all = search.search(here(null, "en"));
        assertThat(all.total()).isEqualTo(5);
        assertThat(facet(all, Facet.THEME)).containsExactlyInAnyOrderEntriesOf(
                Map.of("legal-counselling", 3L, "housing", 2L, "culture-community", 1L));
        assertThat(facet(all, Facet.LANGUAGE)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ar", 2L, "en", 2L, "bg", 1L, "el", 1L, "sk", 1L, "uk", 1L));
        assertThat(facet(all, Facet.RESIDENCE_STATUS)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "asylum_seeker", 4L, "international_protection", 3L, "temporary_protection", 3L,
                "subsidiary_protection", 2L, "family_reunification", 2L, "residence_permit", 2L, "undocumented", 2L));
        assertThat(facet(all, Facet.FREE)).containsExactlyEntriesOf(Map.of("true", 4L));
        assertThat(facet(all, Facet.OPEN_NOW)).containsExactlyEntriesOf(Map.of("true", 2L));
        assertThat(facet(all, Facet.MUNICIPALITY)).containsEntry(HERE.toString(), 5L);
        assertThat(all.facets().get(Facet.THEME)).first().satisfies(f -> assertThat(f.label()).isEqualTo("Legal counselling and documentation"));
        assertThat(search.search(here(null, "bg")).facets().get(Facet.THEME)).first()
                .satisfies(f -> assertThat(f.label()).isEqualTo("Правно консултиране и документи"));

        SearchResults asylum = search.search(new ServiceQuery(null, "en", HERE, Set.of(), null,
                ResidenceStatus.ASYLUM_SEEKER, null, false, false, null, null, 1, 20));
        assertThat(asylum.total()).isEqualTo(4);
        assertThat(ids(asylum)).containsExactlyInAnyOrder(LEGAL_BG, KITCHEN, LEGAL_AID, GREEK);
        assertThat(facet(asylum, Facet.THEME)).containsExactlyInAnyOrderEntriesOf(
                Map.of("legal-counselling", 3L, "housing", 1L, "culture-community", 1L));
        // the status facet ignores its own filter
        assertThat(facet(asylum, Facet.RESIDENCE_STATUS)).containsEntry("temporary_protection", 3L);
    }

    @Test
    void eachFilterNarrows() {
        assertThat(ids(search.search(new ServiceQuery(null, "en", HERE, Set.of("housing"), null, null, null, false, false, null, null, 1, 20))))
                .containsExactlyInAnyOrder(LEGAL_AID, SLOVAK);
        assertThat(ids(search.search(new ServiceQuery(null, "en", HERE, Set.of(), "ar", null, null, false, false, null, null, 1, 20))))
                .containsExactlyInAnyOrder(LEGAL_BG, LEGAL_AID);
        assertThat(ids(search.search(new ServiceQuery(null, "en", HERE, Set.of(), null, ResidenceStatus.TEMPORARY_PROTECTION, null, false, false, null, null, 1, 20))))
                .containsExactlyInAnyOrder(SLOVAK, KITCHEN, LEGAL_AID);
        assertThat(ids(search.search(new ServiceQuery(null, "en", HERE, Set.of(), null, null, 16, false, false, null, null, 1, 20))))
                .containsExactlyInAnyOrder(LEGAL_BG, KITCHEN, GREEK);
        SearchResults free = search.search(new ServiceQuery(null, "en", HERE, Set.of(), null, null, null, true, false, null, null, 1, 20));
        assertThat(ids(free)).containsExactlyInAnyOrder(LEGAL_BG, LEGAL_AID, GREEK, SLOVAK);
        assertThat(facet(free, Facet.THEME)).doesNotContainKey("culture-community");
        // Monday 10:00 in Sofia, 08:00 in London: the seasonal Monday-morning hours apply, last year's do not
        assertThat(ids(search.search(new ServiceQuery(null, "en", HERE, Set.of(), null, null, null, false, true, null, null, 1, 20))))
                .containsExactlyInAnyOrder(LEGAL_BG, LEGAL_AID);
        assertThat(ids(search.search(new ServiceQuery("legal aid", "en", ELSEWHERE, Set.of(), null, null, null, false, false, null, null, 1, 20))))
                .containsExactly(LEGAL_ELSEWHERE);
    }

    @Test
    void theMunicipalityFacetCountsOtherMunicipalities() {
        SearchResults results = search.search(here("legal aid", "en"));
        Map<String, Long> municipalities = facet(results, Facet.MUNICIPALITY);
        assertThat(municipalities).containsEntry(HERE.toString(), 3L).containsEntry(ELSEWHERE.toString(), 1L);
        assertThat(results.facets().get(Facet.MUNICIPALITY)).filteredOn(f -> f.value().equals(ELSEWHERE.toString()))
                .singleElement().satisfies(f -> assertThat(f.label()).isEqualTo("Elsewhere"));
    }

    @Test
    void distanceOrderPutsServicesWithoutCoordinatesLast() {
        SearchResults results = search.search(new ServiceQuery(null, "en", HERE, Set.of(), null, null, null, false, false,
                new ServiceQuery.GeoPoint(42.70, 23.32), ServiceQuery.Sort.DISTANCE, 1, 20));
        assertThat(ids(results)).containsExactly(LEGAL_BG, GREEK, LEGAL_AID, KITCHEN, SLOVAK);
        assertThat(results.hits().get(0).distanceKm()).isLessThan(1.0);
        assertThat(results.hits().get(1).distanceKm()).isBetween(500.0, 560.0);
        assertThat(results.hits().get(4).distanceKm()).isNull();
    }

    @Test
    void pagesNeitherRepeatNorSkipAmongEqualNames() {
        List<UUID> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResults results = search.search(new ServiceQuery(null, "en", PAGING, Set.of(), null, null, null, false, false,
                    null, ServiceQuery.Sort.NAME, page, 2));
            assertThat(results.total()).isEqualTo(5);
            assertThat(results.totalPages()).isEqualTo(3);
            seen.addAll(ids(results));
        }
        // PostgreSQL orders uuids by their bytes, as their text sorts (Java's compareTo is signed)
        assertThat(seen).containsExactlyElementsOf(IDENTICAL.stream().sorted(java.util.Comparator.comparing(UUID::toString)).toList());
        assertThat(ids(search.search(new ServiceQuery("identical", "en", PAGING, Set.of(), null, null, null, false, false,
                null, null, 4, 2)))).isEmpty();
    }

    @Test
    void confidentialLocationsAreNeverShown() {
        SearchResults results = search.search(here(null, "en"));
        ServiceHit slovak = results.hits().stream().filter(h -> h.id().equals(SLOVAK)).findFirst().orElseThrow();
        assertThat(slovak.place()).isNull();
        assertThat(results.hits()).allSatisfy(h -> {
            if (h.place() != null) {
                assertThat(h.place().locationId()).isNotEqualTo(SHELTER);
                assertThat(h.place().address()).doesNotContain("Secret");
            }
        });
        assertThat(ids(search.search(here("hidden shelter", "en")))).isEmpty();
    }

    @Test
    void hitsCarryHoursFreedomAndFreshness() {
        SearchResults results = search.search(here(null, "en"));
        ServiceHit legal = results.hits().stream().filter(h -> h.id().equals(LEGAL_BG)).findFirst().orElseThrow();
        assertThat(legal.free()).isTrue();
        assertThat(legal.needsReview()).isFalse();
        assertThat(legal.themes()).containsExactly("legal-counselling");
        assertThat(legal.languages()).containsExactlyInAnyOrder("bg", "ar");
        assertThat(legal.openingHours()).singleElement().satisfies(h -> {
            assertThat(h.byday()).isEqualTo("MO,TU,WE,TH,FR");
            assertThat(h.opensAt()).isEqualTo(LocalTime.of(9, 0));
        });
        assertThat(legal.place().city()).isEqualTo("Office Sofia");
        ServiceHit kitchen = results.hits().stream().filter(h -> h.id().equals(KITCHEN)).findFirst().orElseThrow();
        assertThat(kitchen.free()).isFalse();
        assertThat(kitchen.needsReview()).isTrue();
        ServiceHit legalAid = results.hits().stream().filter(h -> h.id().equals(LEGAL_AID)).findFirst().orElseThrow();
        assertThat(legalAid.free()).as("a cost option of zero is free").isTrue();
        assertThat(legalAid.needsReview()).as("assured more than 180 days ago").isTrue();
    }
}
