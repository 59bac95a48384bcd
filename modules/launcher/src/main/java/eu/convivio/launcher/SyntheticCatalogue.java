package eu.convivio.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a large synthetic catalogue straight into a Convivio database, for benchmarks: by
 * default 100,000 services of 10,000 organisations in 300 municipalities (created in the platform's
 * table as the platform keeps them), in Bulgarian, Greek, Slovak and English with translations,
 * themes, languages spoken, eligibility, costs, public and confidential locations, opening hours and
 * service areas. All set-based SQL in one transaction (resource {@code synthetic-catalogue.sql}),
 * then the search rows are built in chunks. Takes well under a minute for the default size.
 * <pre>
 * java -cp convivio.jar eu.convivio.launcher.SyntheticCatalogue --url jdbc:postgresql://localhost:PORT/convivio
 *      [--user postgres] [--password x] [--services 100000] [--organizations 10000] [--municipalities 300]
 * </pre>
 * The user must be a superuser (the load bypasses per-statement triggers as pg_restore does).
 */
public final class SyntheticCatalogue {

    private SyntheticCatalogue() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("user", "postgres", "password", "",
                "services", "100000", "organizations", "10000", "municipalities", "300"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        String url = options.get("url");
        if (url == null) {
            System.err.println("usage: SyntheticCatalogue --url jdbc:postgresql://host:port/db [--user u] [--password p]"
                    + " [--services n] [--organizations n] [--municipalities n]");
            System.exit(2);
        }
        int services = Integer.parseInt(options.get("services"));
        int organizations = Integer.parseInt(options.get("organizations"));
        int municipalities = Integer.parseInt(options.get("municipalities"));
        if (municipalities < 4 || municipalities > 1200 || organizations < 1 || services < 1) {
            throw new IllegalArgumentException("need 4 to 1200 municipalities, at least one organisation and one service");
        }
        try (Connection c = DriverManager.getConnection(url, options.get("user"), options.get("password"))) {
            long started = System.nanoTime();
            generate(c, services, organizations, municipalities);
            System.out.printf("Synthetic catalogue: %d services, %d organisations, %d municipalities in %.1f s%n",
                    services, organizations, municipalities, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Writes the catalogue in one transaction; refuses a database that already has one. */
    public static void generate(Connection c, int services, int organizations, int municipalities)
            throws SQLException, IOException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM catalogue.organization WHERE email LIKE '%@synthetic.convivio.eu'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("this database already holds a synthetic catalogue");
                }
            }
            s.execute("SELECT set_config('synthetic.services', '" + services + "', true), "
                    + "set_config('synthetic.organizations', '" + organizations + "', true), "
                    + "set_config('synthetic.municipalities', '" + municipalities + "', true)");
            s.execute(script());
            // the planner must know the new sizes before the search rows are built from them
            s.execute("ANALYZE catalogue.service, catalogue.translation, catalogue.attribute, catalogue.language, "
                    + "catalogue.service_eligibility, catalogue.cost_option, catalogue.location, catalogue.address, "
                    + "catalogue.service_at_location, catalogue.schedule, catalogue.service_area, catalogue.organization");
        }
        int chunk = 10_000;
        try (PreparedStatement refresh = c.prepareStatement("""
                SELECT catalogue.refresh_service_search(ARRAY(
                    SELECT md5('synthetic:service:' || n)::uuid FROM generate_series(?, ?) n))""")) {
            for (int from = 0; from < services; from += chunk) {
                refresh.setInt(1, from);
                refresh.setInt(2, Math.min(services, from + chunk) - 1);
                refresh.execute();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE catalogue.searchable_service");
        }
        c.commit();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE catalogue.searchable_service");
        }
    }

    private static String script() throws IOException {
        try (InputStream in = SyntheticCatalogue.class.getResourceAsStream("synthetic-catalogue.sql")) {
            if (in == null) {
                throw new IOException("synthetic-catalogue.sql is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
