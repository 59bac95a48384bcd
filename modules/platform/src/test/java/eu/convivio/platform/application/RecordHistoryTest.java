package eu.convivio.platform.application;

import eu.convivio.platform.api.AuditHistory;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import eu.convivio.platform.infrastructure.AuditActor;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.convivio.platform.testing.TestPersistence.doInTransaction;
import static eu.convivio.platform.testing.TestPersistence.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

/** A record's history as modules read it: its own entries only, oldest first, fields as text. */
class RecordHistoryTest {

    @AfterEach
    void forgetTheActor() {
        AuditActor.reset();
    }

    @Test
    void listsTheRecordsChangesOldestFirstWithBeforeAndAfter() {
        AuditActor.set("trnava.admin");
        Municipality city = inTransaction(em -> {
            Municipality m = new Municipality(TestDatabase.unique("Town"), "SK", MunicipalityKind.MUNICIPALITY, null,
                    "sk", "Europe/Bratislava");
            em.persist(m);
            return m;
        });
        Department department = inTransaction(em -> {
            Department d = new Department(city.getId(), "Social services");
            em.persist(d);
            return d;
        });
        Department other = inTransaction(em -> {
            Department d = new Department(city.getId(), "Housing office");
            em.persist(d);
            return d;
        });
        AuditActor.set("trnava.officer");
        doInTransaction(em -> em.find(Department.class, department.getId()).rename("Social affairs"));

        List<AuditHistory.Entry> history = inTransaction(em ->
                new RecordHistory(em).of("Department", department.getId().toString()));

        assertThat(history).extracting(AuditHistory.Entry::action).containsExactly("CREATE", "UPDATE");
        assertThat(history).extracting(AuditHistory.Entry::actor).containsExactly("trnava.admin", "trnava.officer");
        assertThat(history.get(1).changes()).containsExactly(
                new AuditHistory.FieldChange("name", "Social services", "Social affairs"));
        assertThat(history.get(0).changes()).contains(new AuditHistory.FieldChange("name", null, "Social services"));
        List<AuditHistory.Entry> others = inTransaction(em -> new RecordHistory(em).of("Department", other.getId().toString()));
        assertThat(others).hasSize(1);
    }

    @Test
    void readsNumbersAndNullsAsText() {
        assertThat(RecordHistory.changes("{\"severity\":{\"before\":3,\"after\":5},\"source\":{\"before\":\"x\",\"after\":null}}"))
                .containsExactly(new AuditHistory.FieldChange("severity", "3", "5"),
                        new AuditHistory.FieldChange("source", "x", null));
    }
}
