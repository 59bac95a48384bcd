package eu.convivio.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against two PostgreSQL servers on one data directory after a launcher was killed:
 * it must stop a leftover server, and must leave alone anything that is not one.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path pgData;

    @Test
    void noPidFileLeavesEverythingAlone() throws IOException {
        EmbeddedDatabase.stopOrphanedServer(pgData);
        assertThat(pgData).isEmptyDirectory();
    }

    @Test
    void aPidFileOfAProcessThatHasEndedIsLeftAlone() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertThat(ended.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Path pidFile = writePidFile(ended.pid());

        EmbeddedDatabase.stopOrphanedServer(pgData);

        assertThat(pidFile).exists().hasContent(ended.pid() + "\n" + pgData + "\n");
    }

    @Test
    void aPidThatNowBelongsToAnotherProgramIsNotKilled() throws Exception {
        // after a reboot the pid in a stale postmaster.pid may belong to anything
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            writePidFile(other.pid());

            EmbeddedDatabase.stopOrphanedServer(pgData);

            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void garbageInThePidFileIsIgnored() throws IOException {
        Files.writeString(pgData.resolve("postmaster.pid"), "not a pid\n");
        EmbeddedDatabase.stopOrphanedServer(pgData);
        Files.writeString(pgData.resolve("postmaster.pid"), "");
        EmbeddedDatabase.stopOrphanedServer(pgData);
        assertThat(pgData.resolve("postmaster.pid")).exists();
    }

    @Test
    void aLeftoverServerIsStoppedAndTheDataDirectoryCanBeUsedAgain() throws Exception {
        EmbeddedPostgres leftover = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).start();
        long pid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        try (Connection c = leftover.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('kept')");
        }

        EmbeddedDatabase.stopOrphanedServer(pgData);

        assertThat(server.isAlive()).isFalse();
        // the library's own handle still holds a JVM-level lock on the directory; releasing it finds no server
        leftover.close();
        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).start();
             Connection c = again.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT note FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    private Path writePidFile(long pid) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        Files.writeString(pidFile, pid + "\n" + pgData + "\n");
        return pidFile;
    }
}
