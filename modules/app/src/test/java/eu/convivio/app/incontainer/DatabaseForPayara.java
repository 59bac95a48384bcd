package eu.convivio.app.incontainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts an embedded PostgreSQL in the test JVM before Arquillian starts Payara Micro, and hands its
 * address to the Payara JVM as the system properties the WAR's data source reads
 * (convivio.db.url/user/password), through the connector's {@code payara.cmdOptions}, which it reads
 * when it creates its configuration. Only in the failsafe run (it sets {@code convivio.war}): unit
 * tests in this module need no database. Not part of the deployment.
 */
public class DatabaseForPayara implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("convivio.war") == null || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL for the in-container tests did not start", e);
        }
        String options = String.join(" ",
                "-Dconvivio.db.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "-Dconvivio.db.user=postgres",
                "-Dconvivio.db.password=postgres",
                "-XX:TieredStopAtLevel=1");
        String existing = System.getProperty("payara.cmdOptions");
        System.setProperty("payara.cmdOptions", existing == null || existing.isBlank() ? options : existing + " " + options);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
