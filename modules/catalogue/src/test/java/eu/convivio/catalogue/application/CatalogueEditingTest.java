package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.ServiceWithdrawn;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The editing use cases on the real schema: who may write, the stored record, versions and the
 * refusal of stale edits with what changed, validation that stores nothing, the editor's lists,
 * and the daily review reminders, with a fixed clock instead of waiting for a day.
 */
class CatalogueEditingTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 3, 14);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static final UUID CITY = UUID.randomUUID();
    private static final UUID OTHER_CITY = UUID.randomUUID();
    private static final UUID NGO = UUID.randomUUID();

    private static final Editor OFFICER = new Editor(true, false, Set.of(CITY), Set.of(CITY), Set.of());
    private static final Editor OTHER_OFFICER = new Editor(true, false, Set.of(OTHER_CITY), Set.of(OTHER_CITY), Set.of());
    private static final Editor COUNCIL = new Editor(true, false, Set.of(), Set.of(CITY), Set.of());
    private static final Editor NGO_EDITOR = new Editor(true, false, Set.of(), Set.of(), Set.of(NGO));

    @BeforeAll
    static void anOrganisation() {
        in(OFFICER, (em, editing) -> {
            em.persist(new Organization(NGO, "Editing test NGO " + NGO, "Counsels newcomers"));
            return null;
        });
    }

    private static <T> T in(Editor editor, java.util.function.BiFunction<EntityManager, CatalogueEditing, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"),
                em -> work.apply(em, new CatalogueEditing(em, VALIDATOR, () -> editor, CLOCK)));
    }

    private static <T> T as(Editor editor, Function<CatalogueEditing, T> work) {
        return in(editor, (em, editing) -> work.apply(editing));
    }

    static ServiceRecord draft(String name) {
        return new ServiceRecord(null, null, null, false, NGO, name, null, "Free advice on asylum procedures", null,
                "advice@ngo.example", "active", "en", null, "Walk in", null, null, null, TODAY.minusDays(200), null,
                new ServiceRecord.Eligibility(List.of("asylum_seeker"), 18, null, List.of()),
                List.of("legal-counselling"),
                List.of(new ServiceRecord.SpokenLanguage("ar", "Arabic", null), new ServiceRecord.SpokenLanguage("fa", null, null)),
                List.of(new ServiceRecord.Area("Test city", CITY, null)),
                List.of(new ServiceRecord.OpeningHours("WEEKLY", "MO,WE", LocalTime.of(9, 0), LocalTime.of(13, 0), null, null, null, null, null)),
                List.of(new ServiceRecord.RequiredDocument("Registration card", null)),
                List.of(),
                List.of(new ServiceRecord.PhoneNumber("+359 2 123 4567", null, "voice", null)),
                List.of(new ServiceRecord.TranslatedText("name", "bg", "Правна помощ", false)));
    }

    static ServiceRecord renamed(ServiceRecord r, String name, Long version) {
        return new ServiceRecord(null, version, null, false, r.organizationId(), name, r.alternateName(), r.description(), r.url(),
                r.email(), r.status(), r.language(), r.interpretationServices(), r.applicationProcess(), r.feesDescription(),
                r.eligibilityDescription(), r.alert(), r.assuredDate(), r.assurerEmail(), r.eligibility(), r.themes(), r.languages(),
                r.serviceAreas(), r.schedules(), r.requiredDocuments(), r.costOptions(), r.phones(), r.translations());
    }

    @Test
    void aProviderEditorCreatesAServiceThatReadsBackWhole() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Asylum advice")));

        ServiceRecord read = as(Editor.ANONYMOUS, e -> e.service(created.id()));
        assertThat(read.version()).isEqualTo(created.version());
        assertThat(read.needsReview()).as("assured 200 days ago").isTrue();
        assertThat(read.themes()).containsExactly("legal-counselling");
        assertThat(read.languages()).extracting(ServiceRecord.SpokenLanguage::code).containsExactly("ar", "fa");
        assertThat(read.eligibility().residenceStatuses()).containsExactly("asylum_seeker");
        assertThat(read.eligibility().minimumAge()).isEqualTo(18);
        assertThat(read.serviceAreas()).extracting(ServiceRecord.Area::municipalityId).containsExactly(CITY);
        assertThat(read.schedules()).extracting(ServiceRecord.OpeningHours::byday).containsExactly("MO,WE");
        assertThat(read.translations()).extracting(ServiceRecord.TranslatedText::text).containsExactly("Правна помощ");
        assertThat(read.phones()).extracting(ServiceRecord.PhoneNumber::number).containsExactly("+359 2 123 4567");
    }

    @Test
    void termsOfACitysOwnTaxonomyAreSetKeptWhenLeftOutAndCleared() {
        UUID taxonomy = UUID.randomUUID();
        List<UUID> terms = in(OFFICER, (em, editing) -> {
            UUID city = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO platform.municipality (id, name, country, kind, default_language, time_zone) "
                    + "VALUES (CAST(?1 AS uuid), ?2, 'SK', 'MUNICIPALITY', 'sk', 'Europe/Bratislava')")
                    .setParameter(1, city.toString()).setParameter(2, "Terms town " + city).executeUpdate();
            new eu.convivio.catalogue.infrastructure.CityTaxonomyStore(em).create(taxonomy, city,
                    new eu.convivio.catalogue.domain.CityTaxonomy.Content("City programmes " + taxonomy, "", "sk", List.of(
                            new eu.convivio.catalogue.domain.CityTaxonomy.Term(null, "welcome", "Vitajte", null, null, java.util.Map.of()),
                            new eu.convivio.catalogue.domain.CityTaxonomy.Term(null, "mentoring", "Mentoring", null, null, java.util.Map.of()))));
            return new eu.convivio.catalogue.infrastructure.CityTaxonomyStore(em).find(taxonomy).orElseThrow().terms().stream()
                    .map(eu.convivio.catalogue.domain.CityTaxonomy.Term::id).toList();
        });
        ServiceRecord d = draft("Mentoring for newcomers");
        ServiceRecord withTerms = new ServiceRecord(null, null, null, false, d.organizationId(), d.name(), d.alternateName(), d.description(),
                d.url(), d.email(), d.status(), d.language(), d.interpretationServices(), d.applicationProcess(), d.feesDescription(),
                d.eligibilityDescription(), d.alert(), d.assuredDate(), d.assurerEmail(), d.eligibility(), d.themes(), d.languages(),
                d.serviceAreas(), d.schedules(), d.requiredDocuments(), d.costOptions(), d.phones(), d.translations(), List.of(terms.get(1)));
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(withTerms));
        assertThat(created.localTerms()).containsExactly(terms.get(1));
        assertThat(created.themes()).as("the shared themes beside them").containsExactly("legal-counselling");

        // a save without local_terms (an older client) keeps them
        ServiceRecord renamed = as(OFFICER, e -> e.updateService(created.id(), created.version(), renamed(created, "Mentoring", null)));
        assertThat(renamed.localTerms()).containsExactly(terms.get(1));

        // a term of the shared themes is not a city's term
        UUID theme = UUID.fromString("e7a1c2d4-0000-4000-8000-000000000001");
        ServiceRecord wrong = new ServiceRecord(null, renamed.version(), null, false, d.organizationId(), "Mentoring", null, null, null, null,
                "active", "en", null, null, null, null, null, null, null, d.eligibility(), d.themes(), d.languages(), d.serviceAreas(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(theme, UUID.randomUUID()));
        assertThatThrownBy(() -> as(OFFICER, e -> e.updateService(created.id(), renamed.version(), wrong)))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKeys("local_terms[0]", "local_terms[1]"));

        ServiceRecord cleared = new ServiceRecord(null, renamed.version(), null, false, d.organizationId(), "Mentoring", null, null, null, null,
                "active", "en", null, null, null, null, null, null, null, d.eligibility(), d.themes(), d.languages(), d.serviceAreas(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(as(OFFICER, e -> e.updateService(created.id(), renamed.version(), cleared)).localTerms()).isEmpty();
    }

    @Test
    void anOfficerOfTheServedCityEditsAndTheVersionGrows() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Housing advice")));

        ServiceRecord saved = as(OFFICER, e -> e.updateService(created.id(), created.version(), renamed(created, "Housing counselling", null)));

        assertThat(saved.version()).isEqualTo(created.version() + 1);
        assertThat(as(Editor.ANONYMOUS, e -> e.service(created.id())).name()).isEqualTo("Housing counselling");
    }

    @Test
    void othersAreRefusedAsTheAccessConventionSays() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Refused edits")));
        ServiceRecord change = renamed(created, "Taken over", created.version());

        assertThatThrownBy(() -> as(OTHER_OFFICER, e -> e.updateService(created.id(), null, change))).isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> as(COUNCIL, e -> e.updateService(created.id(), null, change))).isInstanceOf(Problem.Forbidden.class);
        assertThatThrownBy(() -> as(Editor.ANONYMOUS, e -> e.updateService(created.id(), null, change)))
                .isInstanceOf(Problem.Unauthorized.class);
        assertThatThrownBy(() -> as(OTHER_OFFICER, e -> e.createService(draft("Not theirs")))).isInstanceOf(Problem.NotFound.class);
        assertThat(as(Editor.ANONYMOUS, e -> e.service(created.id())).name()).isEqualTo("Refused edits");
    }

    @Test
    void aStaleEditIsRefusedWithTheFieldsChangedSinceAndTheirValues() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Stale one")));
        as(OFFICER, e -> e.updateService(created.id(), created.version(), renamed(created, "Fresh name", null)));

        assertThatThrownBy(() -> as(NGO_EDITOR, e -> e.updateService(created.id(), created.version(), renamed(created, "My name", null))))
                .isInstanceOfSatisfying(StaleRecord.class, stale -> {
                    assertThat(stale.status()).isEqualTo(409);
                    assertThat(stale.yourVersion()).isEqualTo(created.version());
                    assertThat(stale.currentVersion()).isEqualTo(created.version() + 1);
                    assertThat(stale.changes()).singleElement().satisfies(c -> {
                        assertThat(c.field()).isEqualTo("name");
                        assertThat(c.yours().asText()).isEqualTo("Stale one");
                        assertThat(c.now().asText()).isEqualTo("Fresh name");
                    });
                });
        assertThat(as(Editor.ANONYMOUS, e -> e.service(created.id())).name()).isEqualTo("Fresh name");
    }

    @Test
    void invalidInputNamesEveryFieldAndStoresNothing() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Valid before")));
        ServiceRecord bad = new ServiceRecord(null, created.version(), null, false, NGO, " ", null, null, "not a url", "not-an-email", "closed", "en",
                null, null, null, null, null, null, null,
                new ServiceRecord.Eligibility(List.of("tourist"), 40, 20, List.of()),
                List.of("legal-counselling", "no-such-theme"), List.of(), List.of(new ServiceRecord.Area("Test city", CITY, null)),
                List.of(new ServiceRecord.OpeningHours("WEEKLY", "MO", LocalTime.of(13, 0), LocalTime.of(9, 0), null, null, null, null, null)),
                List.of(), List.of(new ServiceRecord.Cost(null, new java.math.BigDecimal("5"), null, null, null, null)),
                List.of(new ServiceRecord.PhoneNumber("call me", null, null, null)), List.of());

        assertThatThrownBy(() -> as(NGO_EDITOR, e -> e.updateService(created.id(), null, bad)))
                .isInstanceOfSatisfying(Problem.Invalid.class, invalid -> assertThat(invalid.byField()).containsKeys(
                        "name", "url", "email", "status", "eligibility.residence_statuses[0]", "eligibility.maximum_age",
                        "themes[1]", "schedules[0].closes_at", "cost_options[0].currency", "phones[0].number"));

        ServiceRecord after = as(Editor.ANONYMOUS, e -> e.service(created.id()));
        assertThat(after.version()).isEqualTo(created.version());
        assertThat(after.name()).isEqualTo("Valid before");
    }

    @Test
    void servicesAreRetiredNotDeleted() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Closing down")));

        ServiceRecord defunct = as(NGO_EDITOR, e -> e.changeServiceStatus(created.id(), created.version(), "defunct"));

        assertThat(defunct.status()).isEqualTo("defunct");
        assertThat(defunct.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void withdrawingAServiceAnnouncesItOnceAndOtherEditsDoNot() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Withdrawn soon")));
        List<ServiceWithdrawn> heard = new java.util.ArrayList<>();

        ServiceRecord renamedOnce = in(NGO_EDITOR, (em, e) -> e.withdrawalsTo(heard::add)
                .updateService(created.id(), created.version(), renamed(created, "Withdrawn later", null)));
        assertThat(heard).isEmpty();
        ServiceRecord inactive = in(NGO_EDITOR, (em, e) -> e.withdrawalsTo(heard::add)
                .changeServiceStatus(created.id(), renamedOnce.version(), "inactive"));
        assertThat(heard).containsExactly(new ServiceWithdrawn(created.id()));
        // already withdrawn: becoming defunct withdraws nothing more
        in(NGO_EDITOR, (em, e) -> e.withdrawalsTo(heard::add).changeServiceStatus(created.id(), inactive.version(), "defunct"));
        assertThat(heard).hasSize(1);
    }

    @Test
    void theEditorsListsHoldWhatTheyMayEditAndFlagWhatNeedsReview() {
        ServiceRecord created = as(NGO_EDITOR, e -> e.createService(draft("Listed service")));

        assertThat(CatalogueEditingTest.<List<CatalogueEditing.Row>>as(OFFICER, e -> e.editableServices(false))).extracting(CatalogueEditing.Row::id).contains(created.id());
        assertThat(CatalogueEditingTest.<List<CatalogueEditing.Row>>as(OFFICER, e -> e.editableServices(true)))
                .filteredOn(r -> r.id().equals(created.id())).singleElement()
                .satisfies(r -> assertThat(r.needsReview()).isTrue());
        assertThat(CatalogueEditingTest.<List<CatalogueEditing.Row>>as(OTHER_OFFICER, e -> e.editableServices(false))).extracting(CatalogueEditing.Row::id).doesNotContain(created.id());
        assertThat(CatalogueEditingTest.<List<CatalogueEditing.Row>>as(COUNCIL, e -> e.editableServices(false))).isEmpty();
        assertThat(CatalogueEditingTest.<List<CatalogueEditing.Row>>as(NGO_EDITOR, e -> e.editableOrganizations())).extracting(CatalogueEditing.Row::id).containsExactly(NGO);
        // every listed record is one the rule lets the person edit
        for (CatalogueEditing.Row row : as(OFFICER, e -> e.editableServices(false))) {
            assertThat(CatalogueEditingTest.<EditRule.Decision>as(OFFICER, e -> e.decisionForService(row.id()))).isEqualTo(EditRule.Decision.ALLOWED);
        }
    }

    @Test
    void anOrganisationRegisteredByAnOfficerStaysTheirsAndItsLocationsToo() {
        OrganizationRecord org = as(OFFICER, e -> e.createOrganization(new OrganizationRecord(null, null, null, "New NGO " + UUID.randomUUID(),
                null, "Helps", null, "https://ngo.example", null, 2020, null, null, List.of(), List.of())));
        assertThat(org.municipalityId()).isEqualTo(CITY);

        LocationRecord shelter = as(OFFICER, e -> e.createLocation(new LocationRecord(null, null, null, org.id(), "physical", true,
                "Shelter", null, null, null, null, null, null,
                new LocationRecord.PostalAddress("Main street 1", null, "Test city", null, null, "BG"), List.of(), List.of())));
        assertThat(shelter.confidential()).isTrue();

        assertThatThrownBy(() -> as(OTHER_OFFICER, e -> e.updateLocation(shelter.id(), shelter.version(), shelter))).isInstanceOf(Problem.NotFound.class);
        LocationRecord moved = as(OFFICER, e -> e.updateLocation(shelter.id(), shelter.version(), new LocationRecord(null, null, null, org.id(),
                "physical", true, "Shelter", null, null, null, null, new java.math.BigDecimal("42.7"), new java.math.BigDecimal("23.3"),
                shelter.address(), List.of(), List.of())));
        assertThat(moved.version()).isEqualTo(shelter.version() + 1);
        assertThat(CatalogueEditingTest.<List<CatalogueEditing.Row>>as(OFFICER, e -> e.editableLocations())).extracting(CatalogueEditing.Row::id).contains(shelter.id());
    }

    @Test
    void theDailyReviewListRunsOncePerDayAndNamesTheServicesPerOrganisation() {
        ServiceRecord stale = as(NGO_EDITOR, e -> e.createService(draft("Not assured lately")));
        LocalDate day = LocalDate.of(2031, 3, 14).plusDays(Math.floorMod(NGO.hashCode(), 5000));
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        int listed = TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"),
                em -> new ReviewReminders(em, null, clock).run(day));
        int again = TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"),
                em -> new ReviewReminders(em, null, clock).run(day));

        assertThat(listed).isPositive();
        assertThat(again).as("a second run on the same day, as from another instance").isEqualTo(-1);
        List<ReviewReminders.Reminder> reminders = TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"),
                em -> new ReviewReminders(em, null, clock).latest(List.of(NGO)));
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.organizationId()).isEqualTo(NGO);
            assertThat(r.services()).extracting(ReviewReminders.Due::id).contains(stale.id());
        });
    }
}
