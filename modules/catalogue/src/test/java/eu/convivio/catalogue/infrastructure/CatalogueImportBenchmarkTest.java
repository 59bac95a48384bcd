package eu.convivio.catalogue.infrastructure;

import eu.convivio.platform.infrastructure.DatabaseMigrator;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Times an import of a large data package into an empty catalogue, for profiling the phases
 * without the application around it. Runs only when {@code -Dcatalogue.benchmark=<zip>} names a
 * package (benchmarks/catalogue-datapackage.py writes one); the figures that count are taken
 * against the launched application (benchmarks/catalogue-import.sh).
 */
class CatalogueImportBenchmarkTest {

    @Test
    void importsTheBenchmarkPackage() throws Exception {
        String zip = System.getProperty("catalogue.benchmark");
        assumeTrue(zip != null, "no -Dcatalogue.benchmark=<zip> given");
        // the phases are logged at FINE
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(CatalogueImport.class.getName());
        log.setLevel(java.util.logging.Level.FINE);
        java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
        console.setLevel(java.util.logging.Level.FINE);
        log.addHandler(console);
        String name = "transfer_benchmark_" + Long.toString(System.nanoTime(), 36);
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = TestDatabase.jdbcUrl().replaceFirst("/postgres\\?", "/" + name + "?");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        DatabaseMigrator.flyway(dataSource).migrate();
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password())) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            Map<String, CatalogueImport.Counts> counts = new CatalogueImport(connection).dataPackage(Path.of(zip));
            connection.commit();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("imported " + counts + " in " + millis + " ms");
            assertThat(counts.get("service").created()).isPositive();
        }
    }
}
