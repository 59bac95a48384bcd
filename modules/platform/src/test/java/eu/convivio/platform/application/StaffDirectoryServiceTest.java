package eu.convivio.platform.application;

import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static eu.convivio.platform.testing.TestPersistence.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

/** Other modules read accounts, their departments and role holders through StaffDirectory. */
class StaffDirectoryServiceTest {

    private static Account account(String name) {
        String username = TestDatabase.unique(name.replace(" ", "-")).toLowerCase(Locale.ROOT);
        return new Account(username, name, username + "@example.org", "sk");
    }

    @Test
    void aLearnersDepartmentAndTheMunicipalAdminsAreFound() {
        UUID[] ids = inTransaction(em -> {
            Municipality town = new Municipality(TestDatabase.unique("Town"), "SK", MunicipalityKind.MUNICIPALITY, null, "sk", "Europe/Bratislava");
            em.persist(town);
            Department front = new Department(town.getId(), "Front office");
            em.persist(front);
            Account learner = account("Learner");
            learner.grant(town.getId(), null, front.getId(), Role.LEARNER);
            Account admin = account("Admin");
            admin.grant(town.getId(), null, null, Role.MUNICIPAL_ADMIN);
            Account retired = account("Retired admin");
            retired.grant(town.getId(), null, null, Role.MUNICIPAL_ADMIN);
            retired.setActive(false);
            em.persist(learner);
            em.persist(admin);
            em.persist(retired);
            return new UUID[]{town.getId(), front.getId(), learner.getId(), admin.getId()};
        });
        UUID town = ids[0];
        UUID front = ids[1];

        StaffMember learner = inTransaction(em -> new StaffDirectoryService(em).member(ids[2])).orElseThrow();
        assertThat(learner.departmentIn(town)).contains(front);
        assertThat(learner.departmentIn(UUID.randomUUID())).isEmpty();
        assertThat(learner.holds(town, Role.LEARNER)).isTrue();
        assertThat(learner.preferredLanguage()).isEqualTo("sk");

        List<StaffMember> admins = inTransaction(em -> new StaffDirectoryService(em).holders(town, Role.MUNICIPAL_ADMIN));
        assertThat(admins).extracting(StaffMember::accountId).containsExactly(ids[3]);

        Map<UUID, StaffMember> both = inTransaction(em -> new StaffDirectoryService(em).members(List.of(ids[2], ids[3], UUID.randomUUID())));
        assertThat(both).containsOnlyKeys(ids[2], ids[3]);
        java.util.Optional<StaffMember> nobody = inTransaction(em -> new StaffDirectoryService(em).member(UUID.randomUUID()));
        assertThat(nobody).isEmpty();
    }
}
