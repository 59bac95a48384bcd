package eu.convivio.launcher;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar convivio.jar}: embedded PostgreSQL (or the one configured), then Payara Micro
 * serving the WAR at {@code /}, both run by a child JVM with bounded memory (see {@link Supervisor}).
 * Ctrl+C or SIGTERM stops both, Payara first.
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("convivio: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        try {
            if (!Supervisor.isChild()) {
                System.exit(Supervisor.superviseChild(args, launcherJar(), options.dataDir()));
                return;
            }
            Supervisor.followParent();
            run(options, started);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Convivio could not start: " + e.getMessage(), e);
            System.err.println("convivio: could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(Options options, long started) throws Exception {
        requirePortFree(options.port());
        Path war = locateWar();
        Files.createDirectories(options.dataDir());

        AtomicReference<PayaraMicroRuntime> payara = new AtomicReference<>();
        AtomicReference<EmbeddedDatabase> database = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara.get(), database.get()), "convivio-shutdown"));
        EmbeddedDatabase embedded = null;
        String url;
        String user;
        String password;
        if (options.externalDatabase()) {
            url = options.externalDbUrl();
            user = options.externalDbUser();
            password = options.externalDbPassword();
            LOG.info(() -> "Using the external PostgreSQL at " + options.externalDbUrl());
        } else {
            embedded = EmbeddedDatabase.start(options.dataDir());
            database.set(embedded);
            url = embedded.jdbcUrl();
            user = EmbeddedDatabase.USER;
            // the embedded server trusts local connections; the pool still wants a non-empty password
            password = "embedded";
            EmbeddedDatabase db = embedded;
            LOG.info(() -> "Embedded PostgreSQL on port " + db.port() + ", data in " + options.dataDir().resolve("postgres"));
        }
        System.setProperty("convivio.db.url", url);
        System.setProperty("convivio.db.user", user == null ? "" : user);
        System.setProperty("convivio.db.password", password == null ? "" : password);
        System.setProperty("convivio.demo", Boolean.toString(options.demo()));
        boolean wasEmpty = embedded != null && isEmpty(embedded);

        String unpackedRoot = System.getProperty(UnpackedRuntime.ROOT);
        if (unpackedRoot != null) {
            // Payara Micro's runtime is on the class path (see UnpackedRuntime): creating its instance from there
            // registers it, and PayaraMicro.getInstance() answers it instead of loading the runtime from nested jars
            Class.forName("fish.payara.micro.impl.PayaraMicroImpl", true, ClassLoader.getSystemClassLoader())
                    .getMethod("getInstance").invoke(null);
        }
        PayaraMicro micro = PayaraMicro.getInstance();
        if (unpackedRoot != null) {
            micro.setRootDir(new File(unpackedRoot));
        }
        PayaraMicroRuntime runtime = micro
                .setHttpPort(options.port())
                // one instance: no Hazelcast (it serves clustering, which a multi-instance setup runs with plain
                // payara-micro.jar). Only setNoHazelcast: Payara Micro checks noCluster first and then merely turns
                // clustering off, still starting a local Hazelcast member (about 2 s of start-up and its memory).
                // Without Hazelcast, Payara Micro switches the EJB timer service to its dummy; Convivio has no timers.
                .setNoHazelcast(true)
                .setPrintLogo(false)
                .setPreBootHandler(commands -> {
                    // no product banner in responses
                    commands.run("set", "configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false");
                    commands.run("set", "configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false");
                    // a fixed number of request threads; requests beyond them wait in line (see Options)
                    String pool = "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";
                    commands.run("set", pool + "max-thread-pool-size=" + options.httpThreads());
                    commands.run("set", pool + "min-thread-pool-size=" + options.httpThreads());
                })
                .bootStrap();
        payara.set(runtime);

        if (!runtime.deploy("convivio", "/", war.toFile()) || !runtime.getDeployedApplicationNames().contains("convivio")) {
            throw new IllegalStateException("the application did not deploy; see the log above");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder banner = new StringBuilder();
        banner.append(String.format("%n  Convivio is ready on http://localhost:%d/ (started in %.1f s)%n", options.port(), seconds));
        if (wasEmpty && options.demo() && !isEmpty(embedded)) {
            banner.append("\n  Demo data loaded. Every demo account's password is: convivio-demo-2026\n");
            banner.append("  Accounts: ").append(String.join(", ", demoAccounts(embedded))).append('\n');
        }
        banner.append("  Stop with Ctrl+C.\n");
        System.out.println(banner);
    }

    private static void stop(PayaraMicroRuntime runtime, EmbeddedDatabase database) {
        if (runtime != null) {
            try {
                runtime.shutdown();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Payara Micro did not shut down cleanly", e);
            }
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "PostgreSQL did not shut down cleanly", e);
            }
        }
    }

    private static boolean isEmpty(EmbeddedDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('platform.municipality') IS NULL "
                     + "OR NOT EXISTS (SELECT 1 FROM platform.municipality)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            // before the first migration the schema does not exist
            return true;
        }
    }

    private static List<String> demoAccounts(EmbeddedDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT username FROM platform.account ORDER BY platform_admin DESC, username")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void requirePortFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IOException("port " + port + " is in use; choose another with --port", e);
        }
    }

    private static Path launcherJar() throws URISyntaxException {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The WAR sits in lib/ beside the launcher jar. */
    private static Path locateWar() throws URISyntaxException {
        Path war = launcherJar().getParent().resolve("lib").resolve("convivio-app.war");
        if (!Files.exists(war)) {
            throw new IllegalStateException("the application archive is missing: " + war);
        }
        return war;
    }
}
