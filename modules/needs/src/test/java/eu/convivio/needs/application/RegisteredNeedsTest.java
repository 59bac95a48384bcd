package eu.convivio.needs.application;

import eu.convivio.needs.api.NeedSummary;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.AssessmentContent;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.MembershipView;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register as other modules read it ({@code NeedDirectory}): open needs by severity, with the register's tenancy. */
class RegisteredNeedsTest {

    private static final UUID KOSICE = UUID.randomUUID();
    private static final UUID SOFIA = UUID.randomUUID();
    private static final UUID ZAPAD = UUID.randomUUID();
    private static final UUID CRITICAL = UUID.randomUUID();
    private static final UUID SEVERE = UUID.randomUUID();
    private static final UUID CLOSED = UUID.randomUUID();
    private static final UUID MINOR = UUID.randomUUID();
    private static final UUID SOFIA_NEED = UUID.randomUUID();

    private static EntityManagerFactory unit() {
        return TestPersistence.unit("convivio-needs-test");
    }

    @BeforeAll
    static void register() {
        TestPersistence.inTransaction(unit(), em -> {
            em.persist(new District(ZAPAD, KOSICE, "Západ", "KE-ZA"));
            NeedsAssessment kosice = round(KOSICE);
            NeedsAssessment sofia = round(SOFIA);
            em.persist(kosice);
            em.persist(sofia);
            em.flush();
            em.persist(new Need(CRITICAL, kosice, content(5, ZAPAD, 40)));
            em.persist(new Need(SEVERE, kosice, content(4, null, 90)));
            Need closed = new Need(CLOSED, kosice, content(5, null, 10));
            closed.moveTo(NeedStatus.CLOSED, "kosice.officer", Instant.now());
            em.persist(closed);
            em.persist(new Need(MINOR, kosice, content(2, null, 300)));
            em.persist(new Need(SOFIA_NEED, sofia, content(5, null, 70)));
            return null;
        });
    }

    private static NeedsAssessment round(UUID municipality) {
        return new NeedsAssessment(UUID.randomUUID(), municipality, new AssessmentContent("Round 2026",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31), AssessmentMethod.CONSULTATION_WORKSHOP, Set.of(),
                Set.of(), 80, "Region", null, AssessmentStatus.IN_PROGRESS, List.of(), null));
    }

    private static NeedContent content(int severity, UUID district, int inNeed) {
        return new NeedContent("housing", district, PopulationGroup.REFUGEES, "Refugee families lack flats.", severity,
                inNeed * 2, inNeed, null, null, List.of("uk"), null);
    }

    private static <T> T as(Map<UUID, Role> memberships, java.util.function.Function<RegisteredNeeds, T> use) {
        Access access = new MembershipAccess(memberships);
        return TestPersistence.inTransaction(unit(), em ->
                use.apply(new RegisteredNeeds(em, new RegisterAccess(access, new Member(memberships)))));
    }

    @Test
    void openNeedsAreTheMunicipalitysUnclosedOnesMostSevereFirst() {
        List<NeedSummary> open = as(Map.of(KOSICE, Role.OFFICER), d -> d.openNeeds(KOSICE, 4));
        assertThat(open).extracting(NeedSummary::id).containsExactly(CRITICAL, SEVERE);
        assertThat(open.get(0).district()).isEqualTo("Západ");
        assertThat(open.get(1).district()).as("whole municipality").isNull();
        assertThat(open.get(0).status()).isEqualTo("identified");
        assertThat(open.get(0).populationGroup()).isEqualTo("refugees");
        List<NeedSummary> forCouncil = as(Map.of(KOSICE, Role.COUNCIL), d -> d.openNeeds(KOSICE, 1));
        assertThat(forCouncil).extracting(NeedSummary::id).containsExactly(CRITICAL, SEVERE, MINOR);
    }

    @Test
    void anotherMunicipalitysNeedsDoNotExistForTheReader() {
        Optional<NeedSummary> foreign = as(Map.of(KOSICE, Role.OFFICER), d -> d.find(SOFIA_NEED));
        Optional<NeedSummary> own = as(Map.of(KOSICE, Role.OFFICER), d -> d.find(CRITICAL));
        Optional<NeedSummary> forTrainer = as(Map.of(KOSICE, Role.TRAINER), d -> d.find(CRITICAL));
        assertThat(foreign).isEmpty();
        assertThat(own).isPresent();
        assertThat(forTrainer).isEmpty();
        assertThatThrownBy(() -> as(Map.of(KOSICE, Role.OFFICER), d -> d.openNeeds(SOFIA, 1))).isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> as(Map.of(KOSICE, Role.TRAINER), d -> d.openNeeds(KOSICE, 1))).isInstanceOf(Problem.Forbidden.class);
    }

    @Test
    void demoLoadingReadsAMunicipalitysOpenNeedsWithoutAUserButOnlyWithTheLoadingEvent() {
        DemoDataLoading loading = new DemoDataLoading(null);
        List<NeedSummary> severe = as(Map.of(), d -> d.openNeedsForDemo(loading, KOSICE, 4));
        assertThat(severe).extracting(NeedSummary::id).containsExactly(CRITICAL, SEVERE);
        List<NeedSummary> sofia = as(Map.of(), d -> d.openNeedsForDemo(loading, SOFIA, 1));
        assertThat(sofia).extracting(NeedSummary::id).containsExactly(SOFIA_NEED);
        assertThatThrownBy(() -> as(Map.of(), d -> d.openNeedsForDemo(null, KOSICE, 4))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> as(Map.of(), d -> d.openNeeds(KOSICE, 4))).as("without the event the register's tenancy applies")
                .isInstanceOf(Problem.class);
    }

    /** Access as the platform decides it, for one membership per municipality. */
    private record MembershipAccess(Map<UUID, Role> memberships) implements Access {
        @Override
        public boolean has(UUID municipalityId, Role... anyOf) {
            Role role = memberships.get(municipalityId);
            return role != null && (anyOf.length == 0 || Arrays.asList(anyOf).contains(role));
        }

        @Override
        public boolean hasInOrganization(UUID organizationId, Role... anyOf) {
            return false;
        }

        @Override
        public Set<UUID> municipalities(Role... anyOf) {
            return memberships.keySet().stream().filter(m -> has(m, anyOf)).collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public Set<UUID> organizations(Role... anyOf) {
            return Set.of();
        }

        @Override
        public boolean isPlatformAdmin() {
            return false;
        }

        @Override
        public void require(UUID municipalityId, Role... anyOf) {
            if (!memberships.containsKey(municipalityId)) {
                throw new Problem.NotFound("No such municipality or record.");
            }
            if (!has(municipalityId, anyOf)) {
                throw new Problem.Forbidden("Your role does not allow this.");
            }
        }

        @Override
        public void requireMember(UUID municipalityId) {
            require(municipalityId);
        }

        @Override
        public void requirePlatformAdmin() {
            throw new Problem.Forbidden("no");
        }

        @Override
        public void requireSignedIn() {
        }
    }

    private record Member(Map<UUID, Role> roles) implements CurrentUser {
        @Override
        public boolean isAuthenticated() {
            return true;
        }

        @Override
        public Optional<UUID> accountId() {
            return Optional.of(UUID.nameUUIDFromBytes(new byte[]{1}));
        }

        @Override
        public String username() {
            return "kosice.officer";
        }

        @Override
        public String displayName() {
            return "Officer";
        }

        @Override
        public boolean isPlatformAdmin() {
            return false;
        }

        @Override
        public List<MembershipView> memberships() {
            return List.of();
        }

        @Override
        public Set<UUID> municipalities(Role... anyOf) {
            return new MembershipAccess(roles).municipalities(anyOf);
        }

        @Override
        public Set<UUID> organisations() {
            return Set.of();
        }

        @Override
        public Optional<UUID> selectedMunicipality() {
            return roles.keySet().stream().findFirst();
        }

        @Override
        public String preferredLanguage() {
            return "en";
        }
    }
}
