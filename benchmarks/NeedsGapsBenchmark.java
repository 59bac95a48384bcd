import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.ServiceCoverage;
import eu.convivio.catalogue.api.ServiceCoverage.Coverage;
import eu.convivio.catalogue.api.ServiceCoverage.Level;
import eu.convivio.catalogue.api.ServiceCoverage.NeedCriteria;
import eu.convivio.catalogue.application.CatalogueCoverage;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Gap analysis benchmark: N needs judged against the synthetic catalogue by the catalogue's
 * ServiceCoverage, the call the needs module makes, over one kept-open connection (the application
 * takes one from its pool). Two shapes: needs of 10 municipalities (assessments of a few cities:
 * the pairs of municipality and theme repeat), and needs spread over all 300 synthetic municipalities
 * (nearly every need its own pair: the worst case). Prints median and p95 of each.
 * Usage: java -cp <catalogue jar>:<pgjdbc jar> NeedsGapsBenchmark.java URL USER [needs] [runs]
 */
public class NeedsGapsBenchmark {

    private static final String[] THEMES = {"housing", "health", "mental-health", "education", "language-learning",
            "employment", "legal-counselling", "social-assistance", "interpretation", "women-children", "emergency",
            "culture-community"};
    private static final String[] LANGUAGES = {"ar", "fa", "uk", "ps", "ku", "ru", "en", "fr", "so", "ti"};

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(user);
        try (Connection connection = pg.getConnection()) {
            ServiceCoverage coverage = new CatalogueCoverage(kept(connection));
            run("needs of 10 municipalities", coverage, needs(size, 10), runs);
            run("needs of 300 municipalities", coverage, needs(size, 300), runs);
        }
    }

    private static void run(String shape, ServiceCoverage coverage, List<NeedCriteria> needs, int runs) {
        for (int i = 0; i < 5; i++) {
            coverage.coverage(needs, "en", 5);
        }
        double[] ms = new double[runs];
        List<Coverage> last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = coverage.coverage(needs, "en", 5);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        for (Coverage c : last) {
            levels.merge(c.level(), 1, Integer::sum);
        }
        System.out.printf("%s: %d needs, %d runs: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms; %s%n",
                shape, needs.size(), runs, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[0], ms[runs - 1], levels);
    }

    /** Deterministic needs in the first {@code municipalities} synthetic municipalities. */
    private static List<NeedCriteria> needs(int size, int municipalities) throws Exception {
        Random random = new Random(42);
        ResidenceStatus[] statuses = ResidenceStatus.values();
        List<NeedCriteria> needs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            UUID municipality = md5Uuid("synthetic:municipality:" + (i % municipalities));
            String theme = THEMES[random.nextInt(THEMES.length)];
            Set<ResidenceStatus> status = random.nextInt(3) == 0 ? Set.of() : Set.of(statuses[random.nextInt(statuses.length)]);
            Integer minAge = null;
            Integer maxAge = null;
            String gender = null;
            switch (random.nextInt(5)) {
                case 0 -> maxAge = 17;
                case 1 -> minAge = 65;
                case 2 -> gender = "female";
                default -> { }
            }
            Set<String> languages = random.nextBoolean() ? Set.of(LANGUAGES[random.nextInt(LANGUAGES.length)])
                    : Set.of(LANGUAGES[random.nextInt(5)], LANGUAGES[5 + random.nextInt(5)]);
            needs.add(new NeedCriteria(municipality, theme, status, minAge, maxAge, gender, languages));
        }
        return needs;
    }

    /** md5(text)::uuid as PostgreSQL computes it (the generator's ids). */
    private static UUID md5Uuid(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (d[i] & 0xff);
            lo = (lo << 8) | (d[8 + i] & 0xff);
        }
        return new UUID(hi, lo);
    }

    /** One connection handed out again and again, its close() ignored (a pool of one). */
    private static DataSource kept(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(NeedsGapsBenchmark.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) ->
                        method.getName().equals("close") ? null : method.invoke(connection, args));
        return (DataSource) Proxy.newProxyInstance(NeedsGapsBenchmark.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new SQLFeatureNotSupportedException(method.getName());
                });
    }
}
