package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.application.ServiceHit;
import eu.convivio.catalogue.application.ServiceQuery;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Catalogue search in SQL over {@code catalogue.searchable_service} (V9): one row per active
 * service and text language, with the filters as arrays. Plain JDBC rather than JPA: the queries
 * bind arrays and run on every keystroke of the portal, so nothing sits between them and the driver.
 * <p>
 * The reader's rows are those in their language, and for services not translated into it the
 * original's. Text matches the full-text document (the OR of the reader's stemming, English,
 * Greek and unstemmed words, each distinct parse once: {@code catalogue.search_query}, V26); a {@linkplain Criteria#fuzzy fuzzy} search also takes names that
 * resemble the text by trigrams (misspellings).
 */
public class SearchQueries {

    /** A filter that has a facet; the facet of a filter is counted over the other filters only. */
    public enum Filter { MUNICIPALITY, THEME, LANGUAGE, RESIDENCE_STATUS, FREE, OPEN_NOW }

    /**
     * A search as SQL sees it. {@code zones}, {@code localDays} and {@code weekMinutes} give, for each
     * time zone the rows use, today's date and the minute of the week (Monday 00:00 = 0) there.
     */
    public record Criteria(String text, boolean fuzzy, String language, String collation, UUID municipality,
                           List<String> themes, String spokenLanguage, String residenceStatus, Integer age, boolean free,
                           boolean openNow, List<String> zones, List<LocalDate> localDays, List<Integer> weekMinutes) {

        public Criteria {
            themes = themes == null ? List.of() : List.copyOf(themes);
        }

        /** The same search without one filter (for that filter's facet). */
        public Criteria without(Filter f) {
            return new Criteria(text, fuzzy, language, collation, f == Filter.MUNICIPALITY ? null : municipality,
                    f == Filter.THEME ? List.of() : themes, f == Filter.LANGUAGE ? null : spokenLanguage,
                    f == Filter.RESIDENCE_STATUS ? null : residenceStatus, age, f != Filter.FREE && free,
                    f != Filter.OPEN_NOW && openNow, zones, localDays, weekMinutes);
        }

        /**
         * What the counts depend on: without text the reader's language and the collation do not
         * matter (every service counts once, whatever language it is read in).
         */
        public Criteria forCounting() {
            return text == null ? new Criteria(null, false, null, null, municipality, themes, spokenLanguage,
                    residenceStatus, age, free, openNow, zones, localDays, weekMinutes)
                    : new Criteria(text, fuzzy, language, null, municipality, themes, spokenLanguage, residenceStatus, age,
                    free, openNow, zones, localDays, weekMinutes);
        }

        /** The same search at no particular time: for counts that do not depend on what is open now. */
        public Criteria withoutClock() {
            return new Criteria(text, fuzzy, language, collation, municipality, themes, spokenLanguage, residenceStatus,
                    age, free, openNow, List.of(), List.of(), List.of());
        }

        /** The same search with names that merely resemble the text counting as matches. */
        public Criteria tolerant() {
            return new Criteria(text, true, language, collation, municipality, themes, spokenLanguage, residenceStatus,
                    age, free, openNow, zones, localDays, weekMinutes);
        }

        public boolean has(Filter f) {
            return switch (f) {
                case MUNICIPALITY -> municipality != null;
                case THEME -> !themes.isEmpty();
                case LANGUAGE -> spokenLanguage != null;
                case RESIDENCE_STATUS -> residenceStatus != null;
                case FREE -> free;
                case OPEN_NOW -> openNow;
            };
        }
    }

    /** How many services match, and per facet how many each value would leave. */
    public record Counts(long total, Map<Filter, Map<String, Long>> facets) {
    }

    /** Value of the residence-status facet for services open to everyone. */
    public static final String OPEN_TO_ALL = "";

    private static final String OPEN_EXPRESSION = """
            (s.hours @> (?::int[])[array_position(?::text[], s.time_zone)]
             OR (s.dated_hours IS NOT NULL AND catalogue.open_at(s.hours, s.dated_hours,
                     (?::date[])[array_position(?::text[], s.time_zone)], (?::int[])[array_position(?::text[], s.time_zone)])))""";

    private static final String DISTANCE = """
            CASE WHEN s.latitude IS NULL THEN NULL ELSE 2 * 6371.0088 * asin(sqrt(
                power(sin(radians(s.latitude - ?) / 2), 2)
                + cos(radians(?)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ?) / 2), 2))) END""";

    private final DataSource dataSource;

    public SearchQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A number that grows whenever any search rows are rebuilt (V25): an answer computed under it stays right while it stands. */
    public long generation() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT last_value FROM catalogue.search_generation");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the search generation could not be read", e);
        }
    }

    /** The time zones search rows are in (for the open-now minutes). */
    public List<String> timeZones() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT zone FROM catalogue.search_time_zone ORDER BY zone");
             ResultSet rs = ps.executeQuery()) {
            List<String> zones = new ArrayList<>();
            while (rs.next()) {
                zones.add(rs.getString(1));
            }
            return zones;
        } catch (SQLException e) {
            throw new IllegalStateException("time zones of the search rows could not be read", e);
        }
    }

    /** The ICU collations PostgreSQL has, by language (for the name order). */
    public Map<String, String> collations() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT collname FROM pg_collation WHERE collprovider = 'i' AND collname ~ '^[a-z]{2,3}-x-icu$'""");
             ResultSet rs = ps.executeQuery()) {
            Map<String, String> collations = new LinkedHashMap<>();
            while (rs.next()) {
                String name = rs.getString(1);
                collations.put(name.substring(0, name.indexOf('-')), name);
            }
            return collations;
        } catch (SQLException e) {
            throw new IllegalStateException("collations could not be read", e);
        }
    }

    /**
     * Counts over the services matching all of {@code c}: how many there are and, for each of the
     * given facets, how many have each value. (A facet's own filter is left out by the caller,
     * who asks with {@link Criteria#without}.)
     */
    public Counts counts(Criteria c, java.util.Set<Filter> facets) {
        Sql sql = new Sql();
        sql.append("WITH matched AS MATERIALIZED (SELECT s.municipalities, s.themes, s.languages, s.statuses, s.free");
        if (facets.contains(Filter.OPEN_NOW)) {
            sql.append(", ").append(OPEN_EXPRESSION, openParameters(c)).append(" AS open_now");
        }
        sql.append(" FROM catalogue.searchable_service s WHERE ");
        base(sql, c, true);
        for (Filter f : Filter.values()) {
            if (c.has(f)) {
                sql.append(" AND ");
                filter(sql, f, c);
            }
        }
        sql.append(")\nSELECT 'TOTAL', NULL, count(*) FROM matched");
        if (facets.contains(Filter.MUNICIPALITY)) {
            sql.append("\nUNION ALL SELECT 'MUNICIPALITY', m::text, count(*) FROM matched, unnest(municipalities) m GROUP BY m");
        }
        if (facets.contains(Filter.THEME)) {
            sql.append("\nUNION ALL SELECT 'THEME', t, count(*) FROM matched, unnest(themes) t GROUP BY t");
        }
        if (facets.contains(Filter.LANGUAGE)) {
            sql.append("\nUNION ALL SELECT 'LANGUAGE', l, count(*) FROM matched, unnest(languages) l GROUP BY l");
        }
        if (facets.contains(Filter.RESIDENCE_STATUS)) {
            sql.append("\nUNION ALL SELECT 'RESIDENCE_STATUS', coalesce(st, ''), count(*) FROM matched LEFT JOIN LATERAL unnest(statuses) st ON true GROUP BY st");
        }
        if (facets.contains(Filter.FREE)) {
            sql.append("\nUNION ALL SELECT 'FREE', 'true', count(*) FROM matched WHERE free");
        }
        if (facets.contains(Filter.OPEN_NOW)) {
            sql.append("\nUNION ALL SELECT 'OPEN_NOW', 'true', count(*) FROM matched WHERE open_now");
        }
        Map<Filter, Map<String, Long>> counted = new EnumMap<>(Filter.class);
        for (Filter f : facets) {
            counted.put(f, new LinkedHashMap<>());
        }
        long total = 0;
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = sql.prepare(conn);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String facet = rs.getString(1);
                if (facet.equals("TOTAL")) {
                    total = rs.getLong(3);
                } else {
                    counted.get(Filter.valueOf(facet)).put(rs.getString(2), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the search counts failed", e);
        }
        return new Counts(total, counted);
    }

    /** One page of hits in the order asked for, with the service id as the last tiebreak. */
    public List<ServiceHit> hits(Criteria c, ServiceQuery.Sort sort, ServiceQuery.GeoPoint near, int offset, int limit,
                                LocalDate today) {
        Sql sql = new Sql();
        sql.append("SELECT s.service_id, s.name, s.summary, s.text_language, s.organization_id, s.organization_name, "
                + "s.languages, s.opening_hours::text, s.free, s.themes, s.location_id, s.location_name, s.address, "
                + "s.city, s.latitude, s.longitude, s.assured_date, ");
        if (near != null) {
            sql.append(DISTANCE, near.latitude(), near.latitude(), near.longitude());
        } else {
            sql.append("NULL::float8");
        }
        sql.append(" AS distance FROM catalogue.searchable_service s WHERE ");
        base(sql, c, false);
        for (Filter f : Filter.values()) {
            if (c.has(f)) {
                sql.append(" AND ");
                filter(sql, f, c);
            }
        }
        sql.append(" ORDER BY ");
        if (sort == ServiceQuery.Sort.DISTANCE) {
            sql.append("distance NULLS LAST, ");
        } else if (sort == ServiceQuery.Sort.RELEVANCE && c.text() != null) {
            // the name counts most: an exact name first, then words in the name (weight A) before
            // words in the description (B); in a fuzzy search, names closer to the text first
            // (word_similarity is only computed then: on every matched row it would triple the cost)
            sql.append("(CASE WHEN s.folded_name = catalogue.fold(?) THEN 2 ELSE 0 END", c.text())
                    .append(" + ts_rank(s.document, ").append(tsquery(c), tsqueryParameters(c)).append(")");
            if (c.fuzzy()) {
                sql.append(" + 0.5 * word_similarity(catalogue.fold(?), s.folded_name)", c.text());
            }
            sql.append(") DESC, ");
        }
        sql.append("s.name COLLATE \"").append(c.collation()).append("\", s.service_id");
        sql.append(" LIMIT ? OFFSET ?", limit, offset);
        List<ServiceHit> hits = new ArrayList<>();
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = sql.prepare(conn);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hits.add(hit(rs, today));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the search failed", e);
        }
        return hits;
    }

    private static ServiceHit hit(ResultSet rs, LocalDate today) throws SQLException {
        UUID locationId = rs.getObject(11, UUID.class);
        ServiceHit.Place place = locationId == null ? null : new ServiceHit.Place(locationId, rs.getString(12),
                rs.getString(13), rs.getString(14), (Double) rs.getObject(15), (Double) rs.getObject(16));
        Date assured = rs.getDate(17);
        boolean needsReview = assured == null || assured.toLocalDate().isBefore(today.minusDays(180));
        return new ServiceHit(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), strings(rs.getArray(7)), openingHours(rs.getString(8)),
                rs.getBoolean(9), strings(rs.getArray(10)), place, (Double) rs.getObject(18), needsReview);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static List<ServiceHit.OpeningHours> openingHours(String json) {
        try {
            List<ServiceHit.OpeningHours> hours = new ArrayList<>();
            for (var node : JSON.readTree(json)) {
                hours.add(new ServiceHit.OpeningHours(text(node, "byday"), time(text(node, "opens_at")),
                        time(text(node, "closes_at")), text(node, "notes")));
            }
            return hours;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * A time as PostgreSQL writes it ("09:00" or "09:00:00"): read by hand, because
     * {@code LocalTime.parse} was about a tenth of the server's CPU under the search benchmark (JFR;
     * a page of 20 hits has up to 280 of them). Anything else goes through {@code LocalTime.parse}.
     */
    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        if ((text.length() == 5 || text.length() == 8) && digits(text)) {
            int hour = (text.charAt(0) - '0') * 10 + text.charAt(1) - '0';
            int minute = (text.charAt(3) - '0') * 10 + text.charAt(4) - '0';
            int second = text.length() == 8 ? (text.charAt(6) - '0') * 10 + text.charAt(7) - '0' : 0;
            return LocalTime.of(hour, minute, second);
        }
        return LocalTime.parse(text);
    }

    /** Digits, with ':' at the third and sixth place. */
    private static boolean digits(String time) {
        for (int i = 0; i < time.length(); i++) {
            char c = time.charAt(i);
            if ((i == 2 || i == 5) ? c != ':' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The rows a reader searches: their language's, or the original where there is none in it. */
    private static void base(Sql sql, Criteria c, boolean counting) {
        if (counting && c.text() == null) {
            // one row per service: the original's (an index holds its filter columns)
            sql.append("s.original");
        } else {
            sql.append("(s.language = ? OR (s.original AND NOT s.text_languages @> ARRAY[?::text]))", c.language(), c.language());
        }
        if (c.text() != null && c.fuzzy()) {
            sql.append(" AND (s.document @@ ").append(tsquery(c), tsqueryParameters(c))
                    .append(" OR catalogue.fold(?) <% s.folded_name)", c.text());
        } else if (c.text() != null) {
            sql.append(" AND s.document @@ ").append(tsquery(c), tsqueryParameters(c));
        }
        if (c.age() != null) {
            sql.append(" AND (s.minimum_age IS NULL OR s.minimum_age <= ?) AND (s.maximum_age IS NULL OR s.maximum_age >= ?)",
                    c.age(), c.age());
        }
    }

    /** The reader's words as one query: each distinct parse of them once (V26). */
    private static String tsquery(Criteria c) {
        return "catalogue.search_query(?, ?)";
    }

    private static Object[] tsqueryParameters(Criteria c) {
        return new Object[]{c.language(), c.text()};
    }

    private static void filter(Sql sql, Filter f, Criteria c) {
        switch (f) {
            case MUNICIPALITY -> sql.append("s.municipalities @> ARRAY[?::uuid]", c.municipality());
            case THEME -> sql.append("s.themes && ?::text[]", (Object) c.themes().toArray(String[]::new));
            case LANGUAGE -> sql.append("s.languages @> ARRAY[?::text]", c.spokenLanguage());
            case RESIDENCE_STATUS -> sql.append("(s.statuses = '{}' OR s.statuses @> ARRAY[?::text])", c.residenceStatus());
            case FREE -> sql.append("s.free");
            case OPEN_NOW -> sql.append(OPEN_EXPRESSION, openParameters(c));
        }
    }

    private static Object[] openParameters(Criteria c) {
        Integer[] minutes = c.weekMinutes().toArray(Integer[]::new);
        String[] zones = c.zones().toArray(String[]::new);
        Date[] days = c.localDays().stream().map(Date::valueOf).toArray(Date[]::new);
        return new Object[]{minutes, zones, days, zones, minutes, zones};
    }

    /** SQL text with its parameters in order; arrays are bound as SQL arrays. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Sql append(String sql, Object... values) {
            text.append(sql);
            parameters.addAll(Arrays.asList(values));
            return this;
        }

        Sql append(char ch) {
            text.append(ch);
            return this;
        }

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(text.toString());
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof String[] strings) {
                    ps.setArray(i + 1, c.createArrayOf("text", strings));
                } else if (p instanceof Integer[] ints) {
                    ps.setArray(i + 1, c.createArrayOf("int4", ints));
                } else if (p instanceof Date[] dates) {
                    ps.setArray(i + 1, c.createArrayOf("date", dates));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            return ps;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
