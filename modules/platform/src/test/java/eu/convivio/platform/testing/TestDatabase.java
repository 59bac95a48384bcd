package eu.convivio.platform.testing;

import eu.convivio.platform.infrastructure.DatabaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One real PostgreSQL per test JVM, migrated by the application's own Flyway configuration.
 * Started on first use and stopped when the JVM exits (the library's shutdown hook). It runs with
 * the library's fast defaults (fsync off): test data need not survive a crash.
 * <p>
 * Tests share the database: instead of cleaning it (the audit log refuses deletes), each test
 * works on rows it created itself, with names made unique by {@link #unique(String)}.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    private static final class Holder {
        static final EmbeddedPostgres POSTGRES = start();
        static final String URL = POSTGRES.getJdbcUrl("postgres", "postgres") + "&stringtype=unspecified";
        static final DataSource DATA_SOURCE = dataSource(URL);

        static {
            DatabaseMigrator.flyway(DATA_SOURCE).migrate();
        }

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
        }

        private static DataSource dataSource(String url) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            return ds;
        }
    }

    /**
     * The JDBC URL of the migrated database, user {@code postgres}, with {@code stringtype=unspecified}
     * as the application's data source has it (UUID and jsonb parameters are bound as strings).
     */
    public static String jdbcUrl() {
        return Holder.URL;
    }

    public static String user() {
        return "postgres";
    }

    /** The embedded server trusts local connections; pools that insist on a password get this one. */
    public static String password() {
        return "postgres";
    }

    public static DataSource dataSource() {
        return Holder.DATA_SOURCE;
    }

    public static Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** A name no other test (and no earlier run) uses: {@code prefix} plus a random suffix. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(Math.abs(java.util.concurrent.ThreadLocalRandom.current().nextLong()), 36);
    }
}
