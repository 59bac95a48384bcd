package eu.convivio.catalogue.application;

import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The services an import withdraws, told apart from those withdrawn before and those still offered. */
class ImportWithdrawalsTest {

    @Test
    void onlyServicesOfferedBeforeAndWithdrawnAfterCount() throws Exception {
        UUID org = UUID.randomUUID();
        UUID offeredThenDefunct = UUID.randomUUID();
        UUID offeredStill = UUID.randomUUID();
        UUID inactiveBefore = UUID.randomUUID();
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement o = c.prepareStatement("INSERT INTO catalogue.organization (id, name, description) VALUES (?, ?, 'x')")) {
                o.setObject(1, org);
                o.setString(2, TestDatabase.unique("Withdrawal test NGO"));
                o.executeUpdate();
            }
            insert(c, offeredThenDefunct, org, "active");
            insert(c, offeredStill, org, "active");
            insert(c, inactiveBefore, org, "inactive");

            ImportWithdrawals.remember(c);
            // what an import's upsert would do
            status(c, offeredThenDefunct, "defunct");
            status(c, inactiveBefore, "defunct");
            status(c, offeredStill, "temporarily closed");
            List<UUID> withdrawn = ImportWithdrawals.since(c);
            c.rollback();

            assertThat(withdrawn).containsExactly(offeredThenDefunct);
        }
    }

    private static void insert(Connection c, UUID id, UUID org, String status) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO catalogue.service (id, organization_id, name, language, status) VALUES (?, ?, ?, 'en', ?)")) {
            s.setObject(1, id);
            s.setObject(2, org);
            s.setString(3, TestDatabase.unique("Withdrawal test service"));
            s.setString(4, status);
            s.executeUpdate();
        }
    }

    private static void status(Connection c, UUID id, String status) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE catalogue.service SET status = ? WHERE id = ?")) {
            s.setString(1, status);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }
}
