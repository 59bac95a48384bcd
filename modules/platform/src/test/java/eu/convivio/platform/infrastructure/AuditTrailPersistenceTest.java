package eu.convivio.platform.infrastructure;

import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import eu.convivio.platform.testing.AuditRows;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.platform.testing.TestPersistence;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static eu.convivio.platform.testing.TestPersistence.doInTransaction;
import static eu.convivio.platform.testing.TestPersistence.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail as EclipseLink runs it in the application: one row per change of an audited
 * entity, written in the changing transaction, with only the changed fields, secrets redacted,
 * and a table that keeps what it was given.
 */
class AuditTrailPersistenceTest {

    private static final String ACTOR = "bratislava.admin";

    @BeforeEach
    void nameTheActor() {
        AuditActor.set(ACTOR);
    }

    @AfterEach
    void forgetTheActor() {
        AuditActor.reset();
    }

    @Test
    void creatingAnEntityWritesOneCreateEntryWithItsValuesAndMunicipality() {
        Municipality city = newMunicipality();
        Department department = inTransaction(em -> {
            Department d = new Department(city.getId(), "Social services");
            em.persist(d);
            return d;
        });

        var rows = AuditRows.of("Department", department.getId());
        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.actor()).isEqualTo(ACTOR);
        assertThat(row.action()).isEqualTo("CREATE");
        assertThat(row.municipalityId()).isEqualTo(city.getId());
        assertThat(row.changes().keySet()).containsExactlyInAnyOrder("id", "municipalityId", "name");
        assertThat(after(row.changes(), "name")).isEqualTo("Social services");
        assertThat(after(row.changes(), "municipalityId")).isEqualTo(city.getId().toString());
    }

    @Test
    void anUpdateRecordsOnlyTheChangedFieldsBeforeAndAfter() {
        Municipality city = newMunicipality();
        String original = city.getName();
        doInTransaction(em -> {
            Municipality m = em.find(Municipality.class, city.getId());
            m.update(original + " (renamed)", m.getCountry(), m.getKind(), null, "el", m.getTimeZone());
        });

        var rows = AuditRows.of("Municipality", city.getId());
        assertThat(rows).extracting(AuditRows.Row::action).containsExactly("CREATE", "UPDATE");
        JsonObject changes = rows.get(1).changes();
        // the version moves with every update and is not news; unchanged fields are not listed
        assertThat(changes.keySet()).containsExactlyInAnyOrder("name", "defaultLanguage");
        assertThat(changes.getJsonObject("name").getString("before")).isEqualTo(original);
        assertThat(changes.getJsonObject("name").getString("after")).isEqualTo(original + " (renamed)");
        assertThat(changes.getJsonObject("defaultLanguage").getString("before")).isEqualTo("sk");
        assertThat(changes.getJsonObject("defaultLanguage").getString("after")).isEqualTo("el");
        assertThat(rows.get(1).actor()).isEqualTo(ACTOR);
        assertThat(rows.get(1).municipalityId()).isEqualTo(city.getId());
    }

    @Test
    void aDeleteRecordsTheValuesThatWereRemoved() {
        Municipality city = newMunicipality();
        Department department = inTransaction(em -> {
            Department d = new Department(city.getId(), "Housing");
            em.persist(d);
            return d;
        });
        doInTransaction(em -> {
            em.remove(em.find(Department.class, department.getId()));
        });

        var rows = AuditRows.of("Department", department.getId());
        assertThat(rows).extracting(AuditRows.Row::action).containsExactly("CREATE", "DELETE");
        JsonObject before = rows.get(1).changes();
        assertThat(before.getJsonObject("name").getString("before")).isEqualTo("Housing");
        assertThat(before.getJsonObject("name").containsKey("after")).isFalse();
        assertThat(rows.get(1).municipalityId()).isEqualTo(city.getId());
    }

    @Test
    void passwordHashesNeverEnterTheLog() {
        String hash = "PBKDF2WithHmacSHA256:1000:c2FsdA==:" + UUID.randomUUID();
        String newHash = "PBKDF2WithHmacSHA256:1000:c2FsdA==:" + UUID.randomUUID();
        Account account = inTransaction(em -> {
            Account a = newAccount(em);
            a.setPasswordHash(hash);
            return a;
        });
        doInTransaction(em -> {
            em.find(Account.class, account.getId()).setPasswordHash(newHash);
        });

        var rows = AuditRows.of("Account", account.getId());
        assertThat(rows).extracting(AuditRows.Row::action).containsExactly("CREATE", "UPDATE");
        assertThat(after(rows.get(0).changes(), "passwordHash")).isEqualTo(AuditTrail.REDACTED);
        // the change itself is recorded, its values are not
        JsonObject update = rows.get(1).changes();
        assertThat(update.keySet()).containsExactly("passwordHash");
        assertThat(update.getJsonObject("passwordHash").getString("before")).isEqualTo(AuditTrail.REDACTED);
        assertThat(update.getJsonObject("passwordHash").getString("after")).isEqualTo(AuditTrail.REDACTED);
        assertThat(rows.toString()).doesNotContain(hash).doesNotContain(newHash);
        // an account belongs to no single municipality
        assertThat(rows.get(0).municipalityId()).isNull();
    }

    @Test
    void aRolledBackTransactionLeavesNeitherTheChangeNorItsEntry() {
        Municipality city = newMunicipality();
        UUID[] id = new UUID[1];
        assertThatThrownBy(() -> doInTransaction(em -> {
            Department d = new Department(city.getId(), "Education");
            em.persist(d);
            id[0] = d.getId();
            em.flush(); // the INSERT and its audit INSERT reach the database inside the transaction
            assertThat(AuditRows.of("Department", d.getId())).as("other connections do not see uncommitted rows").isEmpty();
            throw new IllegalStateException("the use case fails after writing");
        })).hasMessage("the use case fails after writing");

        assertThat(id[0]).isNotNull();
        assertThat(AuditRows.of("Department", id[0])).isEmpty();
        EntityManager em = TestPersistence.platform().createEntityManager();
        try {
            assertThat(em.find(Department.class, id[0])).isNull();
        } finally {
            em.close();
        }
    }

    @Test
    void withoutARequestTheActorIsTheSystem() {
        AuditActor.reset();
        Municipality city = newMunicipality();
        assertThat(AuditRows.of("Municipality", city.getId())).extracting(AuditRows.Row::actor).containsExactly("system");
    }

    @Test
    void theAuditTableRefusesUpdatesAndDeletes() throws SQLException {
        Municipality city = newMunicipality();
        long rowId = AuditRows.of("Municipality", city.getId()).get(0).id();
        try (Connection c = TestDatabase.connect()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE platform.audit_entry SET actor = 'someone-else' WHERE id = ?")) {
                s.setLong(1, rowId);
                assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM platform.audit_entry WHERE id = ?")) {
                s.setLong(1, rowId);
                assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM platform.audit_entry"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("TRUNCATE platform.audit_entry"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
        assertThat(AuditRows.of("Municipality", city.getId())).extracting(AuditRows.Row::actor).containsExactly(ACTOR);
    }

    static Municipality newMunicipality() {
        return inTransaction(em -> {
            Municipality m = new Municipality(TestDatabase.unique("Town"), "SK", MunicipalityKind.MUNICIPALITY, null,
                    "sk", "Europe/Bratislava");
            em.persist(m);
            return m;
        });
    }

    static Account newAccount(EntityManager em) {
        String username = TestDatabase.unique("user").toLowerCase(java.util.Locale.ROOT);
        Account a = new Account(username, "Test User", username + "@example.org", "en");
        em.persist(a);
        return a;
    }

    private static String after(JsonObject changes, String field) {
        JsonValue value = changes.getJsonObject(field).get("after");
        return value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
    }
}
