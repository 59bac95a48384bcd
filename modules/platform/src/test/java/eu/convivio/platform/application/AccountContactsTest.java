package eu.convivio.platform.application;

import eu.convivio.platform.api.Accounts;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static eu.convivio.platform.testing.TestPersistence.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

/** Other modules list a municipality's staff by department through Accounts. */
class AccountContactsTest {

    private static Account account(String name, String language) {
        String username = TestDatabase.unique(name.replace(" ", "-")).toLowerCase(Locale.ROOT);
        return new Account(username, name, username + "@example.org", language);
    }

    @Test
    void staffAreListedOncePerPersonWithTheirDepartmentAndInactiveAccountsAreLeftOut() {
        UUID[] ids = inTransaction(em -> {
            Municipality town = new Municipality(TestDatabase.unique("Town"), "SK", MunicipalityKind.MUNICIPALITY, null, "sk", "Europe/Bratislava");
            em.persist(town);
            Department social = new Department(town.getId(), "Social affairs");
            em.persist(social);
            Account anna = account("Anna", "el");
            anna.grant(town.getId(), null, social.getId(), Role.LEARNER);
            anna.grant(town.getId(), null, null, Role.OFFICER);
            Account boris = account("Boris", "bg");
            boris.grant(town.getId(), null, null, Role.TRAINER);
            Account gone = account("Gone", "sk");
            gone.grant(town.getId(), null, social.getId(), Role.LEARNER);
            gone.setActive(false);
            Account elsewhere = account("Elsewhere", "en");
            em.persist(anna);
            em.persist(boris);
            em.persist(gone);
            em.persist(elsewhere);
            return new UUID[]{town.getId(), social.getId(), anna.getId(), boris.getId(), gone.getId()};
        });

        List<Accounts.StaffMember> staff = inTransaction(em -> new AccountContacts(em).staff(ids[0]));
        assertThat(staff).containsExactly(new Accounts.StaffMember(ids[2], "Anna", ids[1]),
                new Accounts.StaffMember(ids[3], "Boris", null));
    }
}
