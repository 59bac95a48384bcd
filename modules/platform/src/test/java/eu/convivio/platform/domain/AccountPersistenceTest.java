package eu.convivio.platform.domain;

import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.testing.SqlErrors;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import static eu.convivio.platform.testing.TestPersistence.doInTransaction;
import static eu.convivio.platform.testing.TestPersistence.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts and their memberships as the persistence unit stores and loads them. */
class AccountPersistenceTest {

    @Test
    void anAccountIsStoredWithItsMembershipsAndLoadedBack() {
        UUID city = newMunicipality();
        UUID department = inTransaction(em -> {
            Department d = new Department(city, "Front office");
            em.persist(d);
            return d.getId();
        });
        Account saved = inTransaction(em -> {
            Account a = newAccount();
            a.grant(city, null, department, Role.LEARNER);
            a.grant(city, null, null, Role.OFFICER);
            em.persist(a);
            return a;
        });

        Account loaded = inTransaction(em -> em.find(Account.class, saved.getId()));
        assertThat(loaded.getUsername()).isEqualTo(saved.getUsername());
        assertThat(loaded.getCreatedAt()).isNotNull();
        assertThat(loaded.isMemberOf(city)).isTrue();
        assertThat(loaded.getMemberships()).extracting(Membership::getRole)
                .containsExactlyInAnyOrder(Role.LEARNER, Role.OFFICER);
        assertThat(loaded.getMemberships()).filteredOn(m -> m.getRole() == Role.LEARNER)
                .extracting(Membership::getDepartmentId).containsExactly(department);
        // the nullable UUID column comes back as null, not as a failure (UuidConverter)
        assertThat(loaded.getMemberships()).filteredOn(m -> m.getRole() == Role.OFFICER)
                .extracting(Membership::getDepartmentId).containsOnlyNulls();
    }

    @Test
    void revokingARoleRemovesItsRow() {
        UUID city = newMunicipality();
        Account saved = inTransaction(em -> {
            Account a = newAccount();
            a.grant(city, null, null, Role.TRAINER);
            a.grant(city, null, null, Role.COUNCIL);
            em.persist(a);
            return a;
        });
        UUID trainer = saved.getMemberships().stream().filter(m -> m.getRole() == Role.TRAINER).findFirst().orElseThrow().getId();

        doInTransaction(em -> assertThat(em.find(Account.class, saved.getId()).revoke(trainer)).isTrue());

        assertThat(membershipRows(saved.getId())).isEqualTo(1);
    }

    @Test
    void removingAnAccountRemovesItsMemberships() {
        UUID city = newMunicipality();
        Account saved = inTransaction(em -> {
            Account a = newAccount();
            a.grant(city, null, null, Role.OFFICER);
            em.persist(a);
            return a;
        });
        assertThat(membershipRows(saved.getId())).isEqualTo(1);

        doInTransaction(em -> em.remove(em.find(Account.class, saved.getId())));

        assertThat(membershipRows(saved.getId())).isZero();
    }

    @Test
    void theDatabaseCascadesAnAccountsDeletionToItsMembershipsToo() throws SQLException {
        UUID city = newMunicipality();
        Account saved = inTransaction(em -> {
            Account a = newAccount();
            a.grant(city, null, null, Role.OFFICER);
            em.persist(a);
            return a;
        });
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM platform.account WHERE id = ?")) {
            s.setObject(1, saved.getId());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(membershipRows(saved.getId())).isZero();
    }

    @Test
    void twoAccountsCannotShareAUserNameInAnyCase() {
        Account first = inTransaction(em -> {
            Account a = newAccount();
            em.persist(a);
            return a;
        });
        // the entity lower-cases user names itself; the database index holds even for rows written around it
        assertThatThrownBy(() -> doInTransaction(em -> em.persist(
                new Account(first.getUsername().toUpperCase(Locale.ROOT), "Twin", UUID.randomUUID() + "@example.org", "en"))))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("account_username_unique"));
        assertThatThrownBy(() -> {
            try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO platform.account (id, username, display_name, email) VALUES (?, ?, 'Twin', ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, first.getUsername().toUpperCase(Locale.ROOT));
                s.setString(3, UUID.randomUUID() + "@example.org");
                s.executeUpdate();
            }
        }).satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).isPresent());
    }

    static UUID newMunicipality() {
        return inTransaction(em -> {
            Municipality m = new Municipality(TestDatabase.unique("Town"), "GR", MunicipalityKind.MUNICIPALITY, null,
                    "el", "Europe/Athens");
            em.persist(m);
            return m.getId();
        });
    }

    static Account newAccount() {
        String username = TestDatabase.unique("user").toLowerCase(Locale.ROOT);
        return new Account(username, "Test User", username + "@example.org", "en");
    }

    private static int membershipRows(UUID accountId) {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM platform.membership WHERE account_id = ?")) {
            s.setObject(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
