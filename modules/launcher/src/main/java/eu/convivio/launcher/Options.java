package eu.convivio.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The launcher's command line and environment. */
record Options(int port, Path dataDir, boolean demo, boolean help, String externalDbUrl, String externalDbUser,
               String externalDbPassword, int httpThreads) {

    /**
     * Requests served at once by default: four per processor, at least 8. More threads than that do
     * not serve more requests on the same processors; they share them, and every request waits
     * longer (measured on 2 cores, docs/benchmarks.md: Payara's default of up to a few hundred threads
     * gave the search a p99 about twice as long as 4 to 8 threads). Requests beyond these wait in line.
     */
    static int defaultHttpThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    static final String USAGE = """
            Usage: java -jar convivio.jar [options]

            Starts Convivio on http://localhost:<port>/ with an embedded PostgreSQL whose data survives restarts.

            Options:
              --port <n>         HTTP port (default 8080)
              --data-dir <dir>   where the embedded database and runtime files live
                                 (default: ~/.convivio)
              --no-demo          do not load the demo data into an empty database
                                 (or CONVIVIO_DEMO=false)
              --http-threads <n> requests served at once; more wait in line
                                 (default: 4 per processor, at least 8; or CONVIVIO_HTTP_THREADS)
              --help             print this text

            External PostgreSQL instead of the embedded one (no embedded server is started):
              CONVIVIO_DB_URL       e.g. jdbc:postgresql://db.example.org:5432/convivio
              CONVIVIO_DB_USER      database user
              CONVIVIO_DB_PASSWORD  database password
            (or the system properties convivio.db.url, convivio.db.user, convivio.db.password)
            """;

    static Options parse(String[] args, Map<String, String> env) {
        int port = 8080;
        Path dataDir = Path.of(System.getProperty("user.home"), ".convivio");
        boolean demo = demoByDefault(firstOf(System.getProperty("convivio.demo"), env.get("CONVIVIO_DEMO")));
        boolean help = false;
        String threads = firstOf(System.getProperty("convivio.http.threads"), env.get("CONVIVIO_HTTP_THREADS"));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--port" -> port = number("--port", value != null ? value : next(args, ++i, arg), 1, 65535);
                case "--http-threads" -> threads = value != null ? value : next(args, ++i, arg);
                case "--data-dir" -> dataDir = Path.of(value != null ? value : next(args, ++i, arg));
                case "--no-demo" -> demo = false;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "' (see --help)");
            }
        }
        String url = firstOf(System.getProperty("convivio.db.url"), env.get("CONVIVIO_DB_URL"));
        String user = firstOf(System.getProperty("convivio.db.user"), env.get("CONVIVIO_DB_USER"));
        String password = firstOf(System.getProperty("convivio.db.password"), env.get("CONVIVIO_DB_PASSWORD"));
        int httpThreads = threads == null ? defaultHttpThreads() : number("--http-threads (CONVIVIO_HTTP_THREADS)", threads, 1, 1000);
        return new Options(port, dataDir.toAbsolutePath(), demo, help, url, user, password, httpThreads);
    }

    private static boolean demoByDefault(String value) {
        if (value == null || value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("CONVIVIO_DEMO (convivio.demo) is true or false, not '" + value + "'");
    }

    /** A whole number from {@code min} to {@code max}, or an error naming the {@code option}. */
    private static int number(String option, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", not '" + value + "'");
        }
        return n;
    }

    boolean externalDatabase() {
        return externalDbUrl != null;
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }
}
