package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Imports an HSDS tabular data package or HSDS JSON into the catalogue, all or nothing, on the
 * caller's connection and in the caller's transaction.
 * <p>
 * Every row is first copied as text into a temporary staging table ({@code COPY … FROM STDIN}),
 * with the line it came from. The checks then run as set-based SQL over the staging tables —
 * types, required fields, enumerations, lengths, codes, rules across columns, duplicate ids and
 * keys, references between files and to rows already in the catalogue — and every problem is
 * collected with its file and line. Only when there is none are the rows upserted by id
 * ({@code INSERT … ON CONFLICT (id) DO UPDATE}); the children of an imported service or location
 * (its phones, schedules, languages, …) are replaced by the imported ones, for each table the
 * import contains. Importing the same data twice therefore changes nothing the second time.
 */
public final class CatalogueImport {

    /** How many rows of a table were new and how many replaced an existing row with the same id. */
    public record Counts(long created, long updated) {
    }

    public static final String JSON_FILE = "services.json";
    private static final String DESCRIPTOR = "datapackage.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COPY_BUFFER = 1 << 20;
    private static final String TEMP_BUFFERS = "128MB";

    /** Unique keys besides the id, as SQL over the staged columns (alias {@code s}). */
    private static final Map<String, String> UNIQUE_KEYS = Map.of(
            "service_at_location", "s.service_id, s.location_id",
            "language", "coalesce(s.service_id, s.location_id, s.phone_id), s.code",
            "attribute", "s.link_entity, s.link_id, s.taxonomy_term_id",
            "translation", "s.entity_type, s.entity_id, s.field, s.language",
            "service_eligibility", "s.service_id, coalesce(s.residence_status, ''), coalesce(s.gender, '')",
            "taxonomy", "s.name",
            "taxonomy_term", "s.taxonomy_id, s.code");

    private static final Set<String> EDITED_RECORDS = Set.of("organization", "service", "location");

    private static final System.Logger LOG = System.getLogger(CatalogueImport.class.getName());

    /**
     * An import that changes more services than this leaves their search rows to
     * {@code SearchBacklog}, after its commit; a smaller one rebuilds them before it commits.
     */
    public static final int SEARCH_INLINE_LIMIT = 2_000;

    private final Connection connection;
    private final int searchInlineLimit;
    private long searchRowsQueued;
    private final UnpackingLimit unpacking;
    private long started = System.nanoTime();
    private final List<ImportError> problems = new ArrayList<>();
    private final Set<String> present = new LinkedHashSet<>();
    private boolean fromJson;

    public CatalogueImport(Connection connection) {
        this(connection, UnpackingLimit.DEFAULT_BYTES);
    }

    /** An import that refuses packages unpacking to more than {@code maxUnpackedBytes} in all. */
    public CatalogueImport(Connection connection, long maxUnpackedBytes) {
        this(connection, maxUnpackedBytes, SEARCH_INLINE_LIMIT);
    }

    /** An import that also leaves the search rows to the backlog above {@code searchInlineLimit} services (tests). */
    public CatalogueImport(Connection connection, long maxUnpackedBytes, int searchInlineLimit) {
        this.connection = connection;
        this.searchInlineLimit = searchInlineLimit;
        this.unpacking = new UnpackingLimit(maxUnpackedBytes);
    }

    /** How many services' search rows the import left to be rebuilt after its commit (0: all rebuilt in it). */
    public long searchRowsQueued() {
        return searchRowsQueued;
    }

    /** Imports a zip with datapackage.json (optional) and the CSV files of HSDS's tabular format. */
    public Map<String, Counts> dataPackage(Path zipFile) throws SQLException, IOException {
        createStaging();
        CopyManager copy = copyManager();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            Map<String, TransferTable> files = filesOf(zip);
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || entry.getName().equals(DESCRIPTOR)) {
                    continue;
                }
                TransferTable table = files.get(entry.getName());
                if (table == null) {
                    if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        problems.add(new ImportError(entry.getName(), null, null,
                                "not a table of the HSDS data package; expected one of " + HsdsTables.ALL.stream()
                                        .map(TransferTable::file).collect(Collectors.joining(", "))));
                    }
                    continue;
                }
                if (!present.add(table.name())) {
                    problems.add(new ImportError(entry.getName(), null, null, "the package holds " + table.name() + " twice"));
                    continue;
                }
                try (InputStream in = unpacking.watch(zip.getInputStream(entry), entry.getName())) {
                    stageCsv(copy, table, entry.getName(), in);
                }
            }
        } catch (ZipException e) {
            throw new ImportRejected(List.of(new ImportError(null, null, null, "not a zip file: " + e.getMessage())));
        }
        if (present.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportError(null, null, null, "the package holds none of the HSDS tables"));
        }
        return checkAndStore();
    }

    /**
     * Imports HSDS JSON: an array of services in their full nested shape (or an HSDS page with
     * them in {@code contents}, or one service), as the JSON export writes them.
     */
    public Map<String, Counts> json(InputStream in) throws SQLException, IOException {
        fromJson = true;
        createStaging();
        Map<String, StagingFile> files = new LinkedHashMap<>();
        try {
            try (JsonParser parser = JSON.getFactory().createParser(new BufferedInputStream(unpacking.watch(in, JSON_FILE)))) {
                readServices(parser, files);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ImportRejected(List.of(new ImportError(JSON_FILE,
                        e.getLocation() == null ? null : (long) e.getLocation().getLineNr(), null,
                        "not valid JSON: " + e.getOriginalMessage())));
            }
            CopyManager copy = copyManager();
            for (TransferTable table : HsdsTables.ALL) {
                StagingFile file = files.get(table.name());
                if (file != null) {
                    file.close();
                    try (InputStream rows = Files.newInputStream(file.path)) {
                        copy.copyIn(copySql(table), rows, COPY_BUFFER);
                    }
                }
            }
        } finally {
            for (StagingFile file : files.values()) {
                file.delete();
            }
        }
        return checkAndStore();
    }

    // --- staging ---------------------------------------------------------------------------

    private CopyManager copyManager() throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private void createStaging() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // the checks hash and group whole staging tables; with the default 4 MB they spill to disk
            statement.execute("SET LOCAL work_mem = '256MB'");
            // staging tables of a large import fit in memory instead of spilling to temporary files; the
            // setting can only change before a session's first temporary table, so a pooled connection
            // that has had one keeps what it has (the savepoint keeps the refusal from ending the transaction)
            var savepoint = connection.setSavepoint();
            try {
                statement.execute("SET temp_buffers = '" + TEMP_BUFFERS + "'");
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                connection.rollback(savepoint);
            }
            for (TransferTable table : HsdsTables.ALL) {
                statement.execute("DROP TABLE IF EXISTS " + table.stage());
                statement.execute("CREATE TEMPORARY TABLE " + table.stage() + " (line bigint, origin text, "
                        + table.columns().stream().map(c -> '"' + c.name() + "\" text").collect(Collectors.joining(", "))
                        + ") ON COMMIT DROP");
            }
            statement.execute("DROP TABLE IF EXISTS import_error");
            statement.execute("CREATE TEMPORARY TABLE import_error (file text, line bigint, field text, message text)"
                    + " ON COMMIT DROP");
        }
    }

    private static String copySql(TransferTable table) {
        return "COPY " + table.stage() + " (line, origin, " + table.columns().stream().map(c -> '"' + c.name() + '"')
                .collect(Collectors.joining(", ")) + ") FROM STDIN WITH (FORMAT csv, ENCODING 'UTF8')";
    }

    /** Which file holds which table: by datapackage.json's resources when there is one, else by HSDS's file names. */
    private Map<String, TransferTable> filesOf(ZipFile zip) throws IOException {
        Map<String, TransferTable> files = new HashMap<>();
        HsdsTables.ALL.forEach(t -> files.put(t.file(), t));
        ZipEntry descriptor = zip.getEntry(DESCRIPTOR);
        if (descriptor == null) {
            return files;
        }
        JsonNode root;
        try (InputStream in = unpacking.watch(zip.getInputStream(descriptor), DESCRIPTOR)) {
            root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(new ImportError(DESCRIPTOR, (long) e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage()));
            return files;
        }
        JsonNode resources = root == null ? null : root.get("resources");
        if (resources == null || !resources.isArray()) {
            problems.add(new ImportError(DESCRIPTOR, null, "resources", "a data package lists its resources"));
            return files;
        }
        for (JsonNode resource : resources) {
            String name = resource.path("name").asText("");
            String path = resource.path("path").asText("");
            var table = HsdsTables.byName(name);
            if (table.isEmpty()) {
                problems.add(new ImportError(DESCRIPTOR, null, "resources",
                        "unknown resource '" + name + "'; HSDS names its tables organization, service, location, …"));
            } else if (!path.isEmpty()) {
                files.values().remove(table.get());
                files.put(path, table.get());
            }
        }
        return files;
    }

    private void stageCsv(CopyManager copy, TransferTable table, String file, InputStream in) throws SQLException, IOException {
        Reader reader = new InputStreamReader(withoutByteOrderMark(in), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).build();
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problems.add(new ImportError(file, 1L, null, "the header cannot be read: " + e.getMessage()));
            return;
        }
        Map<String, Integer> header = parser.getHeaderMap();
        int[] positions = new int[table.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            TransferTable.Column column = table.columns().get(i);
            Integer position = header.get(column.name());
            positions[i] = position == null ? -1 : position;
            if (position == null && column.required()) {
                problems.add(new ImportError(file, 1L, column.name(), "the required column " + column.name() + " is missing"));
            }
        }
        CopyIn copyIn = copy.copyIn(copySql(table));
        try (StagingRows rows = new StagingRows(copyIn)) {
            long line = parser.getCurrentLineNumber() + 1;
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new ImportError(file, line, null, "the CSV cannot be read from here on: "
                            + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
                    break;
                }
                if (record.size() != header.size() && !(record.size() == 1 && record.get(0).isEmpty())) {
                    problems.add(new ImportError(file, line, null,
                            "the record has " + record.size() + " values, the header " + header.size()));
                }
                rows.begin(line, null);
                for (int i = 0; i < positions.length; i++) {
                    int position = positions[i];
                    rows.value(table.columns().get(i), position < 0 || position >= record.size() ? null : record.get(position));
                }
                rows.end();
                line = parser.getCurrentLineNumber() + 1;
            }
        }
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb && (start[2] & 0xff) == 0xbf)) {
            buffered.reset();
        }
        return buffered;
    }

    // --- JSON ------------------------------------------------------------------------------

    private void readServices(JsonParser parser, Map<String, StagingFile> files) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode root = parser.readValueAsTree();
            if (root.has("contents") && root.get("contents").isArray()) {
                int index = 0;
                for (JsonNode service : root.get("contents")) {
                    stageService(service, line, "[" + index++ + "]", files);
                }
            } else {
                stageService(root, line, "", files);
            }
            return;
        }
        if (first != JsonToken.START_ARRAY) {
            throw new ImportRejected(List.of(new ImportError(JSON_FILE, 1L, null,
                    "expected an array of HSDS services")));
        }
        int index = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            long line = parser.currentTokenLocation().getLineNr();
            stageService(parser.readValueAsTree(), line, "[" + index++ + "]", files);
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new ImportRejected(List.of(new ImportError(JSON_FILE, (long) parser.currentTokenLocation().getLineNr(),
                    null, "expected a service object")));
        }
    }

    private void stageService(JsonNode service, long line, String path, Map<String, StagingFile> files) throws IOException {
        String serviceId = text(service.get("id"));
        stage(files, "service", service, line, path, Map.of());
        JsonNode organization = service.get("organization");
        if (organization != null && organization.isObject()) {
            stage(files, "organization", organization, line, path + ".organization", Map.of());
        }
        JsonNode program = service.get("program");
        if (program != null && program.isObject()) {
            stage(files, "program", program, line, path + ".program", Map.of());
        }
        Map<String, String> owner = Map.of("service_id", serviceId == null ? "" : serviceId);
        children(files, "phone", service, "phones", line, path, owner);
        children(files, "schedule", service, "schedules", line, path, owner);
        children(files, "language", service, "languages", line, path, owner);
        children(files, "service_area", service, "service_areas", line, path, owner);
        children(files, "required_document", service, "required_documents", line, path, owner);
        children(files, "cost_option", service, "cost_options", line, path, owner);
        children(files, "contact", service, "contacts", line, path, owner);
        children(files, "funding", service, "funding", line, path, owner);
        children(files, "service_eligibility", service, "eligibility", line, path, owner);
        children(files, "translation", service, "translations", line, path, Map.of());
        JsonNode attributes = service.get("attributes");
        if (attributes != null && attributes.isArray()) {
            present.add("attribute");
            int index = 0;
            for (JsonNode attribute : attributes) {
                String at = path + ".attributes[" + index++ + "]";
                stage(files, "attribute", attribute, line, at,
                        Map.of("link_id", serviceId == null ? "" : serviceId, "link_entity", "service"));
                JsonNode term = attribute.get("taxonomy_term");
                if (term != null && term.isObject()) {
                    stage(files, "taxonomy_term", term, line, at + ".taxonomy_term", Map.of());
                }
            }
        }
        JsonNode placements = service.get("service_at_locations");
        if (placements != null && placements.isArray()) {
            present.add("service_at_location");
            int index = 0;
            for (JsonNode placement : placements) {
                String at = path + ".service_at_locations[" + index++ + "]";
                stage(files, "service_at_location", placement, line, at, owner);
                String placementId = text(placement.get("id"));
                Map<String, String> placementOwner = Map.of("service_at_location_id", placementId == null ? "" : placementId);
                children(files, "phone", placement, "phones", line, at, placementOwner);
                children(files, "schedule", placement, "schedules", line, at, placementOwner);
                children(files, "contact", placement, "contacts", line, at, placementOwner);
                JsonNode location = placement.get("location");
                if (location != null && location.isObject()) {
                    String locationAt = at + ".location";
                    stage(files, "location", location, line, locationAt, Map.of());
                    String locationId = text(location.get("id"));
                    Map<String, String> locationOwner = Map.of("location_id", locationId == null ? "" : locationId);
                    children(files, "address", location, "addresses", line, locationAt, locationOwner);
                    children(files, "phone", location, "phones", line, locationAt, locationOwner);
                    children(files, "schedule", location, "schedules", line, locationAt, locationOwner);
                    children(files, "language", location, "languages", line, locationAt, locationOwner);
                    children(files, "accessibility", location, "accessibility", line, locationAt, locationOwner);
                }
            }
        }
    }

    private void children(Map<String, StagingFile> files, String table, JsonNode parent, String key, long line,
                          String path, Map<String, String> owner) throws IOException {
        JsonNode array = parent.get(key);
        if (array == null || array.isNull()) {
            return;
        }
        present.add(table);
        if (!array.isArray()) {
            problems.add(new ImportError(JSON_FILE, line, path + "." + key, key + " must be an array"));
            return;
        }
        int index = 0;
        for (JsonNode child : array) {
            stage(files, table, child, line, path + "." + key + "[" + index++ + "]", owner);
        }
    }

    /**
     * One row from a JSON object. A child that leaves its owner's id out (HSDS JSON often does:
     * the nesting says it) gets it from its place, unless it names an owner of its own.
     */
    private void stage(Map<String, StagingFile> files, String tableName, JsonNode object, long line, String path,
                       Map<String, String> owner) throws IOException {
        TransferTable table = HsdsTables.byName(tableName).orElseThrow();
        present.add(tableName);
        if (!object.isObject()) {
            problems.add(new ImportError(JSON_FILE, line, path, "expected an object"));
            return;
        }
        boolean ownsItself = table.columns().stream().anyMatch(c -> c.name().endsWith("_id") && !c.name().equals("id")
                && c.references() != null && !owner.containsKey(c.name()) && text(object.get(c.name())) != null
                && table.rules().stream().anyMatch(r -> r.field().contains(c.name())));
        StagingFile file = files.get(tableName);
        if (file == null) {
            file = new StagingFile(Files.createTempFile("convivio-import-" + tableName, ".csv"));
            files.put(tableName, file);
        }
        StagingRows rows = file.rows;
        rows.begin(line, path.startsWith(".") ? path.substring(1) : path);
        for (TransferTable.Column column : table.columns()) {
            JsonNode node = object.get(column.name());
            String value;
            if (node != null && (node.isObject() || node.isArray())) {
                problems.add(new ImportError(JSON_FILE, line, path + "." + column.name(), "expected a single value"));
                value = null;
            } else {
                value = text(node);
            }
            String given = owner.get(column.name());
            if (value == null && given != null && !ownsItself) {
                value = given.isEmpty() ? null : given;
            }
            rows.value(column, value);
        }
        rows.end();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    // --- checks ----------------------------------------------------------------------------

    /** Logs how long a phase took (at DEBUG; FINE in java.util.logging), for whoever tunes the import. */
    private void phase(String done) {
        long now = System.nanoTime();
        LOG.log(System.Logger.Level.DEBUG, "catalogue import: {0} in {1} ms", done, (now - started) / 1_000_000);
        started = now;
    }

    private Map<String, Counts> checkAndStore() throws SQLException {
        phase("rows staged");
        try (Statement statement = connection.createStatement()) {
            for (TransferTable table : HsdsTables.ALL) {
                statement.execute("ANALYZE " + table.stage());
            }
            for (TransferTable table : HsdsTables.ALL) {
                if (present.contains(table.name())) {
                    check(statement, table);
                }
            }
            List<ImportError> all = new ArrayList<>(problems);
            try (ResultSet rows = statement.executeQuery("SELECT file, line, field, message FROM import_error")) {
                while (rows.next()) {
                    long line = rows.getLong(2);
                    all.add(new ImportError(rows.getString(1), rows.wasNull() ? null : line, rows.getString(3), rows.getString(4)));
                }
            }
            if (!all.isEmpty()) {
                all.sort(Comparator.comparing((ImportError e) -> e.file() == null ? "" : e.file())
                        .thenComparing(e -> e.line() == null ? 0L : e.line())
                        .thenComparing(e -> e.field() == null ? "" : e.field()));
                throw new ImportRejected(all);
            }
            phase("rows checked");
            Map<String, Counts> counts = counts(statement);
            store(statement);
            return counts;
        }
    }

    private String file(TransferTable table) {
        return fromJson ? JSON_FILE : table.file();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** SQL giving the field's name for an error: for JSON with the row's path inside the service. */
    private static String field(String name) {
        return "CASE WHEN s.origin IS NULL OR s.origin = '' THEN " + literal(name) + " ELSE s.origin || '.' || "
                + literal(name) + " END";
    }

    /**
     * SQL that is true when the text is a UUID written as 8-4-4-4-12 lower-case hexadecimal digits
     * (what PostgreSQL writes back), false otherwise and for null. Five times cheaper than the
     * equivalent regular expression, which dominated the checks of a large import.
     */
    private static String canonicalUuid(String value) {
        return "(CASE WHEN pg_input_is_valid(" + value + ", 'uuid') THEN CAST(" + value + " AS uuid)::text = " + value
                + " ELSE false END)";
    }

    private static String quoted(String value) {
        return "coalesce(' (' || quote_literal(left(" + value + ", 60)) || ')', '')";
    }

    private void check(Statement statement, TransferTable table) throws SQLException {
        String file = literal(file(table));
        List<String[]> checks = new ArrayList<>();
        for (TransferTable.Column column : table.columns()) {
            String c = "s.\"" + column.name() + '"';
            String n = literal(column.name());
            if (column.required()) {
                checks.add(new String[]{c + " IS NULL", n, literal(column.name() + " is required")});
            }
            switch (column.type()) {
                case UUID -> checks.add(new String[]{"NOT " + canonicalUuid(c) + " AND " + c + " IS NOT NULL", n,
                        literal("not a UUID (8-4-4-4-12 hexadecimal digits)") + " || " + quoted(c)});
                case INTEGER, NUMBER, DATE, TIME, BOOLEAN -> checks.add(new String[]{"NOT pg_input_is_valid(" + c + ", '"
                        + (column.type() == TransferTable.Type.INTEGER ? "integer" : column.type().sqlType) + "')", n,
                        literal("not " + describe(column.type())) + " || " + quoted(c)});
                default -> {
                }
            }
            if (column.maxLength() != null) {
                checks.add(new String[]{"length(" + c + ") > " + column.maxLength(), n,
                        literal("longer than " + column.maxLength() + " characters")});
            }
            if (column.values() != null) {
                checks.add(new String[]{c + " <> ALL (ARRAY[" + column.values().stream().map(CatalogueImport::literal)
                        .collect(Collectors.joining(", ")) + "])", n,
                        literal("must be one of " + String.join(", ", column.values())) + " || " + quoted(c)});
            }
            if (column.pattern() != null) {
                checks.add(new String[]{c + " !~ " + literal(column.pattern()), n,
                        literal("must be " + column.patternMessage()) + " || " + quoted(c)});
            }
            String sqlType = column.type() == TransferTable.Type.INTEGER ? "bigint" : "numeric";
            if (column.minimum() != null) {
                checks.add(new String[]{"CASE WHEN pg_input_is_valid(" + c + ", '" + sqlType + "') THEN CAST(" + c + " AS " + sqlType
                        + ") < " + column.minimum() + " ELSE false END", n, literal("must be at least " + column.minimum())});
            }
            if (column.maximum() != null) {
                checks.add(new String[]{"CASE WHEN pg_input_is_valid(" + c + ", '" + sqlType + "') THEN CAST(" + c + " AS " + sqlType
                        + ") > " + column.maximum() + " ELSE false END", n, literal("must be at most " + column.maximum())});
            }
        }
        for (TransferTable.Rule rule : table.rules()) {
            checks.add(new String[]{"(" + rule.invalid() + ")", literal(rule.field()), literal(rule.message())});
        }
        // the rows with any problem are found first, cheaply; only theirs are then told apart
        execute(statement, "INSERT INTO import_error (file, line, field, message) SELECT " + file + ", s.line, "
                + field("x").replace("'x'", "e.field") + ", e.message FROM (SELECT * FROM " + table.stage() + " s WHERE "
                + checks.stream().map(check -> "(" + check[0] + ")").collect(Collectors.joining(" OR "))
                + " OFFSET 0) s CROSS JOIN LATERAL (VALUES "
                + checks.stream().map(check -> "(" + check[0] + ", " + check[1] + ", " + check[2] + ")").collect(Collectors.joining(", "))
                + ") e(bad, field, message) WHERE e.bad");

        // duplicates found by hashing (GROUP BY), not by sorting everything; only the duplicated rows are joined back
        if (!fromJson) {
            execute(statement, "INSERT INTO import_error (file, line, field, message) SELECT " + file + ", s.line, 'id', "
                    + "'the id ' || s.id || ' is already used on line ' || d.first FROM " + table.stage() + " s JOIN"
                    + " (SELECT s.id, min(s.line) AS first FROM " + table.stage() + " s WHERE s.id IS NOT NULL GROUP BY s.id"
                    + " HAVING count(*) > 1) d ON d.id = s.id WHERE s.line > d.first");
        }
        String key = UNIQUE_KEYS.get(table.name());
        if (key != null) {
            // from JSON the same row may come with every service that shares it: the last one counts, as in the upsert
            String rows = fromJson ? "(SELECT DISTINCT ON (s.id) s.* FROM " + table.stage() + " s WHERE s.id IS NOT NULL"
                    + " ORDER BY s.id, s.line DESC)" : table.stage();
            String[] parts = key.split(", (?![^(]*\\))");
            StringBuilder on = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                on.append(i == 0 ? "" : " AND ").append(parts[i]).append(" IS NOT DISTINCT FROM d.k").append(i);
            }
            StringBuilder select = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                select.append(parts[i]).append(" AS k").append(i).append(", ");
            }
            execute(statement, "INSERT INTO import_error (file, line, field, message) SELECT " + file + ", s.line, "
                    + literal(key.replace("s.", "").replace("coalesce(", "").replaceAll(", ''\\)|\\)", ""))
                    + ", 'the same ' || " + literal(table.name()) + " || ' is already given on line ' || d.first"
                    + " FROM " + rows + " s JOIN (SELECT " + select + "min(s.line) AS first FROM " + rows + " s GROUP BY "
                    + String.join(", ", java.util.stream.IntStream.range(0, parts.length).mapToObj(i -> "k" + i).toList())
                    + " HAVING count(*) > 1) d ON " + on + " WHERE s.line > d.first");
        }
        for (TransferTable.Column column : table.columns()) {
            if (column.references() != null) {
                TransferTable target = HsdsTables.byName(column.references()).orElseThrow();
                reference(statement, table, "s.\"" + column.name() + '"', column.name(), target, "true");
            }
        }
        if (table.name().equals("attribute")) {
            for (String entity : List.of("service", "organization", "location", "service_at_location")) {
                reference(statement, table, "s.link_id", "link_id", HsdsTables.byName(entity).orElseThrow(),
                        "s.link_entity = " + literal(entity));
            }
        }
        if (table.name().equals("translation")) {
            for (String entity : List.of("service", "organization", "location", "taxonomy_term")) {
                reference(statement, table, "s.entity_id", "entity_id", HsdsTables.byName(entity).orElseThrow(),
                        "s.entity_type = " + literal(entity));
            }
        }
    }

    private void reference(Statement statement, TransferTable table, String value, String name, TransferTable target,
                           String when) throws SQLException {
        String where = fromJson ? " or the catalogue" : " in " + target.file() + " or the catalogue";
        execute(statement, "INSERT INTO import_error (file, line, field, message) SELECT " + literal(file(table)) + ", s.line, "
                + field(name) + ", " + literal("no " + target.name() + " with this id" + where) + " || " + quoted(value)
                + " FROM " + table.stage() + " s WHERE " + when + " AND " + canonicalUuid(value)
                + " AND NOT EXISTS (SELECT 1 FROM " + target.stage() + " r WHERE r.id = " + value + ")"
                + " AND NOT EXISTS (SELECT 1 FROM catalogue." + target.name() + " r WHERE r.id = CAST(" + value + " AS uuid))");
    }

    /** Runs one check; a slow one is logged with its beginning, for whoever tunes the import. */
    private static void execute(Statement statement, String sql) throws SQLException {
        long start = System.nanoTime();
        statement.execute(sql);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 1000) {
            LOG.log(System.Logger.Level.DEBUG, "catalogue import: slow check ({0} ms): {1}", millis,
                    sql.length() > 300 ? sql.substring(0, 300) : sql);
        }
    }

    private static String describe(TransferTable.Type type) {
        return switch (type) {
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case DATE -> "a date (YYYY-MM-DD)";
            case TIME -> "a time (HH:MM or HH:MM:SS)";
            case BOOLEAN -> "true or false";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    // --- storing ---------------------------------------------------------------------------

    private Map<String, Counts> counts(Statement statement) throws SQLException {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (TransferTable table : HsdsTables.ALL) {
            if (!present.contains(table.name())) {
                continue;
            }
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FILTER (WHERE t.id IS NULL),"
                    + " count(*) FILTER (WHERE t.id IS NOT NULL) FROM (SELECT DISTINCT s.id FROM " + table.stage()
                    + " s) s LEFT JOIN catalogue." + table.name() + " t ON t.id = CAST(s.id AS uuid)")) {
                rows.next();
                counts.put(table.name(), new Counts(rows.getLong(1), rows.getLong(2)));
            }
        }
        return counts;
    }

    private void store(Statement statement) throws SQLException {
        for (TransferTable table : HsdsTables.ALL) {
            if (present.contains(table.name())) {
                replaceChildren(statement, table);
            }
        }
        phase("rows counted, children replaced");
        for (TransferTable table : HsdsTables.ALL) {
            if (present.contains(table.name())) {
                upsert(statement, table);
                phase(table.name() + " stored");
            }
        }
        // the foreign keys (and the search rows' refresh, where the search migration has its triggers) are
        // deferred to commit; run here, a violation is still this import's answer
        try {
            // the search rows (a deferred constraint trigger too) first, timed on its own: rebuilt here
            // for a small import, queued for SearchBacklog after the commit for a large one (V24)
            try (ResultSet marked = statement.executeQuery("SELECT count(*) FROM catalogue.searchable_service_pending"
                    + " WHERE transaction_id = pg_current_xact_id()")) {
                marked.next();
                long services = marked.getLong(1);
                searchRowsQueued = services > searchInlineLimit ? services : 0;
            }
            statement.execute("SET LOCAL catalogue.search_refresh_inline_limit = " + searchInlineLimit);
            statement.execute("SET CONSTRAINTS catalogue.service_search_refresh IMMEDIATE");
            statement.execute("SET CONSTRAINTS catalogue.service_search_refresh DEFERRED");
            phase(searchRowsQueued > 0 ? "search rows queued" : "search rows rebuilt");
            statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
            phase("references checked");
        } catch (SQLException e) {
            throw new ImportRejected(List.of(new ImportError(null, null, null, "the catalogue refused the data: " + e.getMessage())));
        }
    }

    private String imported(String parent) {
        return "(SELECT CAST(p.id AS uuid) FROM stage_" + parent + " p)";
    }

    private void replaceChildren(Statement statement, TransferTable table) throws SQLException {
        List<String> conditions = new ArrayList<>();
        if (table.replacedWith() != null) {
            for (String column : table.replacedWith().split(",")) {
                String parent = column.substring(0, column.length() - "_id".length());
                if (present.contains(parent)) {
                    conditions.add("t." + column + " IN " + imported(parent));
                }
            }
        }
        if (table.name().equals("translation")) {
            for (String entity : List.of("service", "organization", "location", "taxonomy_term")) {
                if (present.contains(entity)) {
                    conditions.add("(t.entity_type = " + literal(entity) + " AND t.entity_id IN " + imported(entity) + ")");
                }
            }
        }
        if (table.name().equals("attribute")) {
            // a JSON service carries its own attributes only; the data package carries everyone's
            for (String entity : fromJson ? List.of("service") : List.of("service", "organization", "location", "service_at_location")) {
                if (present.contains(entity)) {
                    conditions.add("(t.link_entity = " + literal(entity) + " AND t.link_id IN " + imported(entity) + ")");
                }
            }
        }
        if (!conditions.isEmpty()) {
            // what an export leaves out (a service's place at a shelter) an import cannot be expected to repeat: kept
            statement.execute("DELETE FROM catalogue." + table.name() + " t WHERE (" + String.join(" OR ", conditions)
                    + ") AND " + table.publicRows() + " AND t.id NOT IN (SELECT CAST(s.id AS uuid) FROM " + table.stage() + " s)");
        }
    }

    private void upsert(Statement statement, TransferTable table) throws SQLException {
        List<String> names = table.columnNames().stream().map(n -> '"' + n + '"').toList();
        List<String> values = new ArrayList<>();
        for (TransferTable.Column column : table.columns()) {
            String value = "CAST(s.\"" + column.name() + "\" AS " + column.type().sqlType + ")";
            values.add(column.defaultValue() == null ? value : "coalesce(" + value + ", " + column.defaultValue() + ")");
        }
        List<String> updated = names.stream().filter(n -> !n.equals("\"id\"")).toList();
        String target = "catalogue." + table.name();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(target).append(" AS t (").append(String.join(", ", names))
                .append(") SELECT ").append(fromJson ? "DISTINCT ON (s.id) " : "").append(String.join(", ", values))
                .append(" FROM ").append(table.stage()).append(" s")
                // ids are unique in a checked data package; JSON repeats shared rows, and the last one counts
                .append(fromJson ? " ORDER BY s.id, s.line DESC" : "").append(" ON CONFLICT (id) DO UPDATE SET ")
                .append(updated.stream().map(n -> n + " = EXCLUDED." + n).collect(Collectors.joining(", ")));
        if (EDITED_RECORDS.contains(table.name())) {
            sql.append(", last_modified = now(), version = t.version + 1");
        }
        // an unchanged row stays as it is: no new version, no new last_modified
        sql.append(" WHERE (").append(updated.stream().map(n -> "t." + n).collect(Collectors.joining(", ")))
                .append(") IS DISTINCT FROM (").append(updated.stream().map(n -> "EXCLUDED." + n).collect(Collectors.joining(", ")))
                .append(')');
        try {
            statement.execute(sql.toString());
        } catch (SQLException e) {
            throw new ImportRejected(List.of(new ImportError(file(table), null, null,
                    "the catalogue refused the rows: " + e.getMessage())));
        }
    }

    // --- writing rows for COPY ----------------------------------------------------------------

    /** Rows in PostgreSQL's CSV format: an unquoted empty value is NULL, a quoted one is text. */
    private static final class StagingRows implements AutoCloseable {
        private final CopyIn copyIn;
        private final java.io.OutputStream out;
        private final StringBuilder row = new StringBuilder(512);
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(COPY_BUFFER + 65536);

        StagingRows(CopyIn copyIn) {
            this.copyIn = copyIn;
            this.out = null;
        }

        StagingRows(java.io.OutputStream out) {
            this.copyIn = null;
            this.out = out;
        }

        void begin(long line, String origin) {
            row.setLength(0);
            row.append(line).append(',');
            quote(origin);
        }

        void value(TransferTable.Column column, String value) {
            row.append(',');
            if (value == null) {
                return;
            }
            String v = column.type() == TransferTable.Type.TEXT ? value : value.strip();
            if (v.isEmpty()) {
                return;
            }
            if (column.type() == TransferTable.Type.UUID) {
                v = v.toLowerCase(Locale.ROOT);
            }
            // PostgreSQL text cannot hold NUL
            quote(v.indexOf('\0') >= 0 ? v.replace("\0", "") : v);
        }

        private void quote(String value) {
            if (value == null) {
                return;
            }
            row.append('"');
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '"') {
                    row.append('"');
                }
                row.append(ch);
            }
            row.append('"');
        }

        void end() throws IOException {
            row.append('\n');
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
            if (buffer.size() >= COPY_BUFFER) {
                flush();
            }
        }

        private void flush() throws IOException {
            if (buffer.size() == 0) {
                return;
            }
            try {
                if (copyIn != null) {
                    copyIn.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                } else {
                    buffer.writeTo(out);
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
            buffer.reset();
        }

        @Override
        public void close() throws IOException {
            flush();
            try {
                if (copyIn != null) {
                    copyIn.endCopy();
                } else {
                    out.close();
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }

    /** A table's rows from JSON, written to a temporary file: one COPY can run at a time per connection. */
    private static final class StagingFile {
        final Path path;
        final StagingRows rows;
        private boolean closed;

        StagingFile(Path path) throws IOException {
            this.path = path;
            this.rows = new StagingRows(new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                rows.close();
            }
        }

        void delete() {
            try {
                close();
            } catch (IOException ignored) {
                // the file goes anyway
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }
}
