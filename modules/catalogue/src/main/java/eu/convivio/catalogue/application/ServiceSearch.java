package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.infrastructure.SearchQueries;
import eu.convivio.catalogue.infrastructure.SearchQueries.Filter;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The public catalogue search: full text in the reader's language (falling back to the original;
 * when no word matches, names resembling the text, for misspellings),
 * filters with facet counts, relevance, name or distance order, stable pages. Everyone may search;
 * only active services are found and confidential locations are never shown (both are settled
 * when the search rows are built, see V9).
 * <p>
 * Two things are kept, both only while the catalogue's search rows stay as they were (the
 * {@linkplain SearchQueries#generation() generation} of V25, read once per search) and, where they
 * depend on the clock (open now, needs review), within the minute they were computed in:
 * <ul>
 *   <li>whole answers of searches asked more than once, for {@link #RESULTS_TTL}: the same search
 *       asked again (the next visitor's "legal aid", the back button, a page reloaded) costs no
 *       query but the generation's;</li>
 *   <li>facet counts of queries that match many services, for {@link #COUNTS_TTL}: they cost a scan
 *       of all of them and are shared between searches (all searches in one municipality share
 *       their municipality facet's part); small result sets are always counted afresh.</li>
 * </ul>
 * The time limits bound what the generation cannot see: a rebuild takes its number before it
 * commits, so an answer computed just then from the data before it may be kept under the new number.
 * Counts that do not involve what is open now are kept across minutes. When a kept answer or count
 * expires (its time limit, or the end of its minute), it is computed again in the background while
 * every search, the one that found it expired included, goes on with the expired one for those
 * few milliseconds ({@link KeptAnswers}): a search never waits for a recount it did not need
 * (measured: such recounts were most of the slowest hundredth of searches under load). A change to
 * the catalogue is never served late this way: it moves the generation, which is part of every key.
 */
@ApplicationScoped
public class ServiceSearch {

    /** How long the counts of a large result set are reused. */
    static final Duration COUNTS_TTL = Duration.ofSeconds(30);
    /** How long a whole answer is reused (and never past the minute it was computed in). */
    static final Duration RESULTS_TTL = Duration.ofSeconds(30);
    /** Result sets at least this large have their counts reused. */
    static final long LARGE = 500;
    private static final int MAX_CACHED = 5_000;
    /** Answers kept at most: about 25 kB each (a page of hits and every facet's values). */
    private static final int MAX_ANSWERS = 1_000;
    /** Searches remembered as asked (a few hundred bytes each), to keep the answers of those asked again. */
    private static final int MAX_ASKED = 20_000;
    private static final Duration ZONES_TTL = Duration.ofSeconds(60);

    /** Residence-status labels: the interface languages, English otherwise. */
    private static final Map<String, Map<ResidenceStatus, String>> STATUS_LABELS = Map.of(
            "en", statusLabels("Asylum seeker", "International protection", "Subsidiary protection", "Temporary protection",
                    "Family reunification", "Residence permit", "Undocumented or rejected"),
            "el", statusLabels("Αιτών/ούσα άσυλο", "Διεθνής προστασία", "Επικουρική προστασία", "Προσωρινή προστασία",
                    "Οικογενειακή επανένωση", "Άδεια διαμονής", "Χωρίς έγγραφα ή απορριφθείς/είσα"),
            "bg", statusLabels("Търсещ закрила", "Международна закрила", "Хуманитарен статут", "Временна закрила",
                    "Събиране на семейството", "Разрешение за пребиваване", "Без документи или отхвърлен"),
            "sk", statusLabels("Žiadateľ o azyl", "Medzinárodná ochrana", "Doplnková ochrana", "Dočasné útočisko",
                    "Zlúčenie rodiny", "Povolenie na pobyt", "Bez dokladov alebo odmietnutý"));
    private static final Map<String, String[]> YES_LABELS = Map.of(
            "en", new String[]{"Free of charge", "Open now"}, "el", new String[]{"Δωρεάν", "Ανοιχτό τώρα"},
            "bg", new String[]{"Безплатно", "Отворено сега"}, "sk", new String[]{"Bezplatne", "Otvorené teraz"});

    @Resource(lookup = "java:app/jdbc/convivio")
    private DataSource dataSource;

    /** Where expired answers and counts are computed again (the server's default executor). */
    @Resource
    private ManagedExecutorService refresher;

    @Inject
    private Themes themes;

    @Inject
    private Directory directory;

    private Clock clock = Clock.systemUTC();
    private SearchQueries queries;
    private boolean reuse = true;

    private KeptAnswers<Part, SearchQueries.Counts> counts;
    private KeptAnswers<Answer, SearchResults> answers;
    private final Map<Asked, Boolean> asked = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Cached<List<String>> zones;
    private volatile Cached<Map<String, String>> collations;
    private volatile Cached<List<Theme>> themeList;
    private volatile Cached<Map<UUID, String>> municipalityNames;

    private record Cached<T>(T value, Instant until) {
    }

    /** For CDI. */
    public ServiceSearch() {
    }

    /** For tests: a data source, a clock, lookups without a container, and nothing reused. */
    public ServiceSearch(DataSource dataSource, Clock clock, Themes themes, Directory directory) {
        this(dataSource, clock, themes, directory, false);
    }

    /**
     * For tests: as above, reusing answers and counts as the application does when {@code reuse};
     * expired ones are computed again by the search that finds them expired.
     */
    public ServiceSearch(DataSource dataSource, Clock clock, Themes themes, Directory directory, boolean reuse) {
        this(dataSource, clock, themes, directory, reuse, null);
    }

    /** For tests: as above, with expired answers and counts computed again on {@code refresher}. */
    public ServiceSearch(DataSource dataSource, Clock clock, Themes themes, Directory directory, boolean reuse,
                         java.util.concurrent.Executor refresher) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.themes = themes;
        this.directory = directory;
        this.reuse = reuse;
        init(refresher);
    }

    /** A search under the generation the catalogue had when it was asked. */
    private record Answer(ServiceQuery query, long generation) {
    }

    /** A search in the minute it was asked. */
    private record Asked(ServiceQuery query, long minute, long generation) {
    }

    @PostConstruct
    void init() {
        init(refresher);
    }

    private void init(java.util.concurrent.Executor refresher) {
        queries = new SearchQueries(dataSource);
        counts = new KeptAnswers<>(MAX_CACHED, refresher);
        answers = new KeptAnswers<>(MAX_ANSWERS, refresher);
    }

    public SearchResults search(ServiceQuery q) {
        if (q.sort() == ServiceQuery.Sort.DISTANCE && q.near() == null) {
            throw new IllegalArgumentException("sorting by distance needs a point");
        }
        if (q.page() < 1 || q.size() < 1) {
            throw new IllegalArgumentException("pages are numbered from 1 and hold at least one service");
        }
        Instant now = clock.instant();
        if (!reuse) {
            return answer(q, now, 0);
        }
        long generation = queries.generation();
        Asked asking = new Asked(q, now.getEpochSecond() / 60, generation);
        return answers.get(new Answer(q, generation), now, withinMinute(now, RESULTS_TTL), () -> answer(q, now, generation),
                answer -> askedBefore(asking));
    }

    /** {@code ttl}, or less: to the end of the minute {@code now} is in. */
    private static Duration withinMinute(Instant now, Duration ttl) {
        Duration left = Duration.ofSeconds(60 - now.getEpochSecond() % 60).minusNanos(now.getNano());
        return left.compareTo(ttl) < 0 ? left : ttl;
    }

    /**
     * Whether this search was asked before in its minute. Only such answers are kept: most searches
     * (a point on a map, a rare combination of filters) are asked once, and keeping every answer
     * for its 30 seconds filled the heap with answers nobody asked for again, whose collection
     * paused every search (measured: four full collections of about 0.2 s in 30 s of the benchmark).
     */
    private boolean askedBefore(Asked key) {
        if (asked.size() >= MAX_ASKED) {
            asked.clear();
        }
        return asked.putIfAbsent(key, Boolean.TRUE) != null;
    }

    private SearchResults answer(ServiceQuery q, Instant now, long generation) {
        String language = q.language() == null || q.language().isBlank() ? "en" : q.language().toLowerCase(Locale.ROOT);
        String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
        List<String> zoneIds = cached(() -> zones, v -> zones = v, ZONES_TTL, queries::timeZones);
        List<LocalDate> days = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        for (String zone : zoneIds) {
            ZonedDateTime local = localTime(now, zone);
            days.add(local.toLocalDate());
            minutes.add((local.getDayOfWeek().getValue() - 1) * 1440 + local.getHour() * 60 + local.getMinute());
        }
        Map<String, String> icu = cached(() -> collations, v -> collations = v, Duration.ofDays(1), queries::collations);
        String collation = icu.getOrDefault(language, icu.getOrDefault("und", "C"));
        var criteria = new SearchQueries.Criteria(text, false, language, collation, q.municipalityId(),
                q.themes().stream().sorted().toList(), q.spokenLanguage(),
                q.residenceStatus() == null ? null : q.residenceStatus().code(), q.age(), q.freeOnly(), q.openNow(),
                zoneIds, days, minutes);
        SearchQueries.Counts found = counts(criteria, now, generation);
        if (text != null && found.total() == 0 && !matchedWithoutAFilter(found)) {
            // no word matched, even without one of the filters: perhaps misspelt; names that resemble
            // the text count now (trigrams are only tried then, as comparing them with every name
            // costs as much as the search; words that match services a filter leaves out are spelt right)
            criteria = criteria.tolerant();
            found = counts(criteria, now, generation);
        }
        long offset = (long) (q.page() - 1) * q.size();
        List<ServiceHit> hits = offset >= found.total() ? List.of()
                : queries.hits(criteria, q.sort(), q.near(), (int) Math.min(offset, Integer.MAX_VALUE), q.size(),
                LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
        return new SearchResults(q, found.total(), hits, facets(found, language));
    }

    /** Whether a filter in use left out services the words matched (its facet counts them). */
    private static boolean matchedWithoutAFilter(SearchQueries.Counts found) {
        return found.facets().values().stream().anyMatch(counts -> counts.values().stream().anyMatch(n -> n > 0));
    }

    /**
     * The total and every facet: one count over the services matching everything (which also gives
     * the facets of the filters not in use), and one per filter in use over the services matching
     * the others. Parts that counted many services are reused for a while; parts are shared
     * between searches (all searches in one municipality share their municipality facet's part).
     */
    private SearchQueries.Counts counts(SearchQueries.Criteria criteria, Instant now, long generation) {
        Set<Filter> unused = java.util.EnumSet.noneOf(Filter.class);
        Set<Filter> used = java.util.EnumSet.noneOf(Filter.class);
        for (Filter f : Filter.values()) {
            (criteria.has(f) ? used : unused).add(f);
        }
        SearchQueries.Counts all = part(criteria, unused, now, generation);
        Map<Filter, Map<String, Long>> facets = new EnumMap<>(Filter.class);
        facets.putAll(all.facets());
        for (Filter f : used) {
            facets.put(f, part(criteria.without(f), java.util.EnumSet.of(f), now, generation).facets().get(f));
        }
        return new SearchQueries.Counts(all.total(), facets);
    }

    private record Part(SearchQueries.Criteria criteria, Set<Filter> facets, long generation) {
    }

    private SearchQueries.Counts part(SearchQueries.Criteria criteria, Set<Filter> facets, Instant now, long generation) {
        if (!reuse) {
            return queries.counts(criteria, facets);
        }
        // a part that neither filters nor counts what is open now stays right from one minute to the
        // next; one that does is right until the end of its minute (and then recounted with the next one's clock)
        boolean clocked = criteria.openNow() || facets.contains(Filter.OPEN_NOW);
        return counts.get(new Part(criteria.forCounting().withoutClock(), facets, generation), now,
                clocked ? withinMinute(now, COUNTS_TTL) : COUNTS_TTL,
                () -> queries.counts(criteria, facets), fresh -> fresh.total() >= LARGE);
    }

    private Map<SearchResults.Facet, List<SearchResults.FacetCount>> facets(SearchQueries.Counts found, String language) {
        Map<SearchResults.Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(SearchResults.Facet.class);
        Map<UUID, String> municipalities = cached(() -> municipalityNames, v -> municipalityNames = v, Duration.ofMinutes(5),
                () -> directory.municipalities().stream()
                        .collect(Collectors.toMap(MunicipalitySummary::id, MunicipalitySummary::name, (a, b) -> a)));
        facets.put(SearchResults.Facet.MUNICIPALITY, counted(found.facets().get(Filter.MUNICIPALITY), value -> {
            String name = municipalities.get(UUID.fromString(value));
            return name == null ? value : name;
        }));
        Map<String, Theme> byCode = cached(() -> themeList, v -> themeList = v, Duration.ofMinutes(5), themes::all).stream()
                .collect(Collectors.toMap(Theme::code, t -> t));
        facets.put(SearchResults.Facet.THEME, counted(found.facets().get(Filter.THEME), value -> {
            Theme theme = byCode.get(value);
            return theme == null ? value : theme.name(language);
        }));
        Locale reader = Locale.forLanguageTag(language);
        facets.put(SearchResults.Facet.LANGUAGE, counted(found.facets().get(Filter.LANGUAGE), value -> {
            String name = Locale.forLanguageTag(value).getDisplayLanguage(reader);
            return name.isEmpty() || name.equals(value) ? value : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
        }));
        facets.put(SearchResults.Facet.RESIDENCE_STATUS, statuses(found.facets().get(Filter.RESIDENCE_STATUS), language));
        String[] yes = YES_LABELS.getOrDefault(language, YES_LABELS.get("en"));
        facets.put(SearchResults.Facet.FREE, yes(found.facets().get(Filter.FREE), yes[0]));
        facets.put(SearchResults.Facet.OPEN_NOW, yes(found.facets().get(Filter.OPEN_NOW), yes[1]));
        return facets;
    }

    /** Services open to everyone count for every status. */
    private static List<SearchResults.FacetCount> statuses(Map<String, Long> counts, String language) {
        Map<ResidenceStatus, String> labels = STATUS_LABELS.getOrDefault(language, STATUS_LABELS.get("en"));
        long everyone = counts.getOrDefault(SearchQueries.OPEN_TO_ALL, 0L);
        List<SearchResults.FacetCount> list = new ArrayList<>();
        for (ResidenceStatus status : ResidenceStatus.values()) {
            long n = everyone + counts.getOrDefault(status.code(), 0L);
            if (n > 0) {
                list.add(new SearchResults.FacetCount(status.code(), labels.get(status), n));
            }
        }
        return list;
    }

    private static List<SearchResults.FacetCount> yes(Map<String, Long> counts, String label) {
        long n = counts.getOrDefault("true", 0L);
        return n == 0 ? List.of() : List.of(new SearchResults.FacetCount("true", label, n));
    }

    /** Most services first, then by label. */
    private static List<SearchResults.FacetCount> counted(Map<String, Long> counts,
                                                          java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new SearchResults.FacetCount(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .sorted(MOST_FIRST)
                .toList();
    }

    /** Most services first, then by label and value (written out: the chained comparators showed in profiles). */
    private static final Comparator<SearchResults.FacetCount> MOST_FIRST = (a, b) -> {
        int order = Long.compare(b.count(), a.count());
        if (order == 0) {
            order = a.label().compareTo(b.label());
        }
        return order != 0 ? order : a.value().compareTo(b.value());
    };

    private <T> T cached(Supplier<Cached<T>> get, java.util.function.Consumer<Cached<T>> set, Duration ttl,
                         Supplier<T> load) {
        Instant now = Instant.now();
        Cached<T> c = get.get();
        if (c == null || !c.until().isAfter(now)) {
            c = new Cached<>(load.get(), now.plus(ttl));
            set.accept(c);
        }
        return c.value();
    }

    private static ZonedDateTime localTime(Instant now, String zone) {
        try {
            return now.atZone(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return now.atZone(java.time.ZoneOffset.UTC);
        }
    }

    private static Map<ResidenceStatus, String> statusLabels(String... labels) {
        Map<ResidenceStatus, String> map = new EnumMap<>(ResidenceStatus.class);
        ResidenceStatus[] statuses = ResidenceStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            map.put(statuses[i], labels[i]);
        }
        return Map.copyOf(map);
    }

    /** The residence statuses, for parameter checks. */
    public static Set<String> residenceStatusCodes() {
        return java.util.Arrays.stream(ResidenceStatus.values()).map(ResidenceStatus::code)
                .collect(Collectors.toUnmodifiableSet());
    }
}
