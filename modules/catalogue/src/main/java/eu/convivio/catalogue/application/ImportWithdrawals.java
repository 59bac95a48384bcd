package eu.convivio.catalogue.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which services an import withdrew (made inactive or defunct), found by set-based SQL around the
 * import: the ids of the services offered before it go into a temporary table of the transaction,
 * and afterwards the ones among them that are no longer offered are the import's withdrawals.
 */
final class ImportWithdrawals {

    private ImportWithdrawals() {
    }

    /** Before the import, on the import's connection and in its transaction. */
    static void remember(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS pg_temp.offered_before_import");
            statement.execute("CREATE TEMPORARY TABLE offered_before_import ON COMMIT DROP AS "
                    + "SELECT id FROM catalogue.service WHERE status NOT IN ('inactive', 'defunct')");
        }
    }

    /** After the import: the services offered before and withdrawn now. */
    static List<UUID> since(Connection connection) throws SQLException {
        List<UUID> withdrawn = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("SELECT s.id FROM catalogue.service s JOIN pg_temp.offered_before_import b ON b.id = s.id "
                    + "WHERE s.status IN ('inactive', 'defunct') ORDER BY s.id")) {
                while (rows.next()) {
                    withdrawn.add(rows.getObject(1, UUID.class));
                }
            }
            statement.execute("DROP TABLE pg_temp.offered_before_import");
        }
        return withdrawn;
    }
}
