package eu.convivio.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything uses the persistence unit (after IQSS/dataverse's
 * StartupFlywayMigrator). A failed migration does not stop the deployment: readiness reports it,
 * so that operators see the reason on /health/ready instead of an undeployed application.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/convivio")
    private DataSource dataSource;

    private volatile String failure;
    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        try {
            MigrateResult result = flyway(dataSource).migrate();
            schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Database migration failed; the application reports itself not ready", e);
        }
    }

    /** The Flyway configuration shared by the application and the persistence tests. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .load();
    }

    public boolean succeeded() {
        return failure == null && schemaVersion != null;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
