package eu.convivio.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real PostgreSQL in a data directory that survives restarts, run durably: the library's
 * defaults (fsync off, asynchronous commit) suit throw-away test databases, not the data of a
 * municipality, so they are switched back on and checked.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "convivio";
    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        stopOrphanedServer(pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(freePort())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                // the default 128 MB holds less than the catalogue's search rows at 100,000 services
                .setServerConfig("shared_buffers", "512MB")
                // a catalogue import of 100,000 services writes several GB of WAL in one transaction:
                // with the default 1 GB it forced a checkpoint (and full-page images after it) every
                // few seconds of the import
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase db = new EmbeddedDatabase(postgres);
        db.checkDurable();
        db.createDatabase();
        return db;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    /**
     * A launcher killed with SIGKILL leaves its PostgreSQL running (it has its own process group)
     * and holding the data directory. Stop that server before starting ours: two servers on one
     * data directory would corrupt it, and PostgreSQL's own lock only protects a live one.
     */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (process.isEmpty()) {
            return; // a stale file; PostgreSQL removes it itself
        }
        LOG.warning(() -> "A PostgreSQL server (pid " + pid + ") from an earlier run still holds " + pgData + "; stopping it");
        ProcessHandle server = process.get();
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown, with a checkpoint
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warning("The old server did not stop within 30 s; killing it (PostgreSQL recovers from its WAL)");
            server.destroyForcibly();
            server.onExit().join();
        }
    }

    private void checkDurable() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    if (!"on".equals(rs.getString(1))) {
                        throw new IllegalStateException("embedded PostgreSQL runs with " + setting + "=" + rs.getString(1)
                                + ": refusing to keep data that a crash could lose");
                    }
                }
            }
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    Connection connect() throws SQLException {
        return postgres.getDatabase(USER, DATABASE).getConnection();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
