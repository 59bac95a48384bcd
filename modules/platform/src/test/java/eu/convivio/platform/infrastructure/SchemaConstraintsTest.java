package eu.convivio.platform.infrastructure;

import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Municipality;
import eu.convivio.platform.testing.SqlErrors;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import static eu.convivio.platform.testing.TestPersistence.doInTransaction;
import static eu.convivio.platform.testing.TestPersistence.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema is the last line of defence: rows that slip past the application's checks (a bug, a
 * script, a future module) are refused by the database itself, by the constraint named here.
 */
class SchemaConstraintsTest {

    @Test
    void userNamesMustFollowTheFormat() {
        for (String bad : new String[]{"ab", "Upper.Case", "with space", ".dot-first", "-dash-first", "émile"}) {
            assertThatThrownBy(() -> insertAccount(bad)).as(bad)
                    .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("account_username_format"));
        }
        assertThatCode(() -> insertAccount(TestDatabase.unique("good.name_1").toLowerCase(Locale.ROOT))).doesNotThrowAnyException();
    }

    @Test
    void theEntityRefusesNothingTheDatabaseWouldAccept() {
        // a user name the entity cannot fix (too short) reaches the database and is refused there
        assertThatThrownBy(() -> doInTransaction(em -> em.persist(new Account("ab", "Too Short", "ab@example.org", "en"))))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("account_username_format"));
    }

    @Test
    void aMembershipIsInExactlyOneMunicipalityOrOrganisation() throws SQLException {
        UUID account = insertAccount(TestDatabase.unique("member").toLowerCase(Locale.ROOT));
        UUID city = newMunicipality("SK", TestDatabase.unique("Town"));
        UUID organisation = newOrganisation();

        assertThatThrownBy(() -> insertMembership(account, null, null, "OFFICER"))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("membership_scope"));
        assertThatThrownBy(() -> insertMembership(account, city, organisation, "PROVIDER_EDITOR"))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("membership_scope"));
        // provider editors belong to organisations, every other role to municipalities
        assertThatThrownBy(() -> insertMembership(account, city, null, "PROVIDER_EDITOR"))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("membership_provider_scope"));
        assertThatThrownBy(() -> insertMembership(account, null, organisation, "OFFICER"))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("membership_provider_scope"));
        assertThatThrownBy(() -> insertMembership(account, city, null, "MAYOR"))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("membership_role_check"));

        insertMembership(account, city, null, "OFFICER");
        insertMembership(account, null, organisation, "PROVIDER_EDITOR");
        assertThatThrownBy(() -> insertMembership(account, city, null, "OFFICER")).as("the same role twice")
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("membership_unique"));
    }

    @Test
    void aMunicipalityNameIsUniqueWithinItsCountry() {
        String name = TestDatabase.unique("Nova Zagora");
        newMunicipality("BG", name);
        assertThatThrownBy(() -> newMunicipality("BG", name))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("municipality_name_unique"));
        assertThatCode(() -> newMunicipality("GR", name)).as("the same name in another country").doesNotThrowAnyException();
    }

    @Test
    void countriesAreTwoCapitalLettersAndAMunicipalityIsNotItsOwnParent() throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO platform.municipality (id, name, country, kind, parent_id, default_language, time_zone) "
                        + "VALUES (?, ?, ?, 'MUNICIPALITY', ?, 'en', 'UTC')")) {
            UUID id = UUID.randomUUID();
            s.setObject(1, id);
            s.setString(2, TestDatabase.unique("Somewhere"));
            s.setString(3, "s1");
            s.setObject(4, null);
            assertThatThrownBy(s::executeUpdate)
                    .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("municipality_country_check"));
            s.setString(3, "SK");
            s.setObject(4, id);
            assertThatThrownBy(s::executeUpdate)
                    .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("municipality_not_own_parent"));
        }
    }

    @Test
    void aDepartmentMustBelongToAnExistingMunicipalityWhenTheTransactionCommits() throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO platform.department (id, municipality_id, name) VALUES (?, ?, 'Nowhere')")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, UUID.randomUUID());
                s.executeUpdate(); // deferred: checked at commit
            }
            assertThatThrownBy(c::commit)
                    .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("department_municipality_id_fkey"));
        }
    }

    private static UUID insertAccount(String username) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO platform.account (id, username, display_name, email) VALUES (?, ?, 'Someone', ?)")) {
            s.setObject(1, id);
            s.setString(2, username);
            s.setString(3, id + "@example.org");
            s.executeUpdate();
        }
        return id;
    }

    private static void insertMembership(UUID account, UUID municipality, UUID organisation, String role) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO platform.membership (id, account_id, municipality_id, organisation_id, role) VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, account);
            s.setObject(3, municipality);
            s.setObject(4, organisation);
            s.setString(5, role);
            s.executeUpdate();
        }
    }

    private static UUID newMunicipality(String country, String name) {
        return inTransaction(em -> {
            Municipality m = new Municipality(name, country, MunicipalityKind.MUNICIPALITY, null, "en", "UTC");
            em.persist(m);
            return m.getId();
        });
    }

    private static UUID newOrganisation() {
        return inTransaction(em -> {
            var o = new eu.convivio.platform.domain.Organisation(UUID.randomUUID(), TestDatabase.unique("NGO"));
            em.persist(o);
            return o.getId();
        });
    }
}
