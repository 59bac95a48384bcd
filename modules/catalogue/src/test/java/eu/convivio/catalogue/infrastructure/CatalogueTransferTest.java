package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.infrastructure.DatabaseMigrator;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Export and import between databases of their own (created in the embedded server and migrated
 * by Flyway): a source with the demo catalogue, shelters included, and empty targets.
 */
class CatalogueTransferTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;
    private static byte[] exported;
    private static List<UUID> confidential;

    @BeforeAll
    static void exportTheDemoCatalogue() throws Exception {
        source = freshDatabase("source");
        List<MunicipalitySummary> cities = DemoCatalogue.CITIES.stream()
                .map(c -> new MunicipalitySummary(UUID.randomUUID(), c.municipality(), c.country(), MunicipalityKind.MUNICIPALITY,
                        null, c.language(), "Europe/Sofia")).toList();
        Directory directory = new Directory() {
            @Override
            public Optional<MunicipalitySummary> municipality(UUID id) {
                return cities.stream().filter(m -> m.id().equals(id)).findFirst();
            }

            @Override
            public List<MunicipalitySummary> municipalities() {
                return cities;
            }

            @Override
            public List<DepartmentSummary> departments(UUID municipalityId) {
                return List.of();
            }
        };
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("convivio-catalogue-test", Map.of(
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", source,
                "jakarta.persistence.jdbc.user", TestDatabase.user(),
                "jakarta.persistence.jdbc.password", TestDatabase.password()));
        try {
            TestPersistence.inTransaction(factory, em -> {
                new DemoCatalogue(em).load(new DemoDataLoading(directory));
                return null;
            });
        } finally {
            factory.close();
        }
        exported = export(source, false);
        confidential = ids(source, "SELECT id FROM catalogue.location WHERE confidential");
    }

    @AfterAll
    static void nothingLeftOpen() {
        // the databases go with the embedded server at the end of the run
    }

    @Test
    void theDemoCatalogueArrivesWholeInAnEmptyCatalogue() throws Exception {
        String target = freshDatabase("roundtrip");
        Map<String, CatalogueImport.Counts> counts = importZip(target, exported);

        assertThat(counts.get("service").created()).isEqualTo(count(source, "SELECT count(*) FROM catalogue.service"));
        for (TransferTable table : HsdsTables.ALL) {
            assertThat(rows(target, CatalogueExport.select(table))).as(table.name())
                    .isEqualTo(rows(source, CatalogueExport.select(table)));
        }
        assertThat(count(target, "SELECT count(*) FROM platform.audit_entry")).isZero();
    }

    @Test
    void importingTwiceUpdatesByIdAndNeverDuplicates() throws Exception {
        String target = freshDatabase("twice");
        importZip(target, exported);
        long services = count(target, "SELECT count(*) FROM catalogue.service");
        long phones = count(target, "SELECT count(*) FROM catalogue.phone");

        Map<String, CatalogueImport.Counts> again = importZip(target, exported);
        assertThat(again.values()).allSatisfy(c -> assertThat(c.created()).isZero());
        assertThat(again.get("service").updated()).isEqualTo(services);

        Map<String, String> files = unzip(exported);
        String[] lines = files.get("services.csv").split("\n", 3);
        String firstId = lines[1].substring(0, 36);
        files.put("services.csv", lines[0] + "\n" + lines[1].replaceFirst(",\"?[^,]*\"?,\"?[^,]*\"?,", "$0") + "\n" + lines[2]);
        String renamed = files.get("services.csv").replace(lines[1], rename(lines[1]));
        files.put("services.csv", renamed);
        importZip(target, zip(files));

        assertThat(count(target, "SELECT count(*) FROM catalogue.service")).isEqualTo(services);
        assertThat(count(target, "SELECT count(*) FROM catalogue.phone")).isEqualTo(phones);
        assertThat(rows(target, "SELECT name || ' v' || version FROM catalogue.service WHERE id = '" + firstId + "'"))
                .containsExactly("Renamed by the import v1|");
    }

    /** The fourth column of a services.csv line is the name: replaced by a fixed one. */
    private static String rename(String line) throws IOException {
        var parser = org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.RFC4180);
        List<String> values = new ArrayList<>(parser.getRecords().get(0).toList());
        values.set(3, "Renamed by the import");
        StringBuilder out = new StringBuilder();
        org.apache.commons.csv.CSVFormat.RFC4180.printRecord(out, values.toArray());
        return out.toString().strip();
    }

    @Test
    void aLargeImportLeavesItsSearchRowsToTheBacklogWhichRebuildsThemAfterItsCommit() throws Exception {
        String inline = freshDatabase("inline");
        importZip(inline, exported);
        String queued = freshDatabase("queued");
        Path file = Files.createTempFile("transfer-test", ".zip");
        long left;
        try (Connection connection = connect(queued)) {
            Files.write(file, exported);
            connection.setAutoCommit(false);
            CatalogueImport run = new CatalogueImport(connection, UnpackingLimit.DEFAULT_BYTES, 100);
            run.dataPackage(file);
            connection.commit();
            left = run.searchRowsQueued();
        } finally {
            Files.deleteIfExists(file);
        }
        long services = count(queued, "SELECT count(*) FROM catalogue.service");
        assertThat(services).isGreaterThan(100);
        assertThat(left).isEqualTo(services);
        assertThat(count(queued, "SELECT count(*) FROM catalogue.searchable_service")).isZero();
        assertThat(count(queued, "SELECT count(*) FROM catalogue.searchable_service_backlog")).isEqualTo(services);

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(queued);
        dataSource.setUser(TestDatabase.user());
        dataSource.setPassword(TestDatabase.password());
        eu.convivio.catalogue.application.SearchBacklog backlog = new eu.convivio.catalogue.application.SearchBacklog(dataSource);
        assertThat(backlog.drain()).isEqualTo(services);
        assertThat(backlog.waiting()).isZero();
        String rows = "SELECT md5(string_agg(s::text, '|' ORDER BY s.service_id, s.language)) FROM catalogue.searchable_service s";
        assertThat(text(queued, rows)).isEqualTo(text(inline, rows));
        assertThat(backlog.drain()).isZero();
    }

    @Test
    void oneBadRowAmongManyStoresNothingAndIsNamedByFileAndLine() throws Exception {
        String target = freshDatabase("badrow");
        Map<String, String> files = unzip(exported);
        List<String> lines = new ArrayList<>(List.of(files.get("addresses.csv").split("\n")));
        int bad = lines.size() / 2;
        while (!lines.get(bad).contains(",SK,")) {
            bad++;
        }
        String id = lines.get(bad).substring(0, 36);
        lines.set(bad, lines.get(bad).replace(",SK,", ",Slovakia,"));
        files.put("addresses.csv", String.join("\n", lines) + "\n");
        List<String> services = new ArrayList<>(List.of(files.get("services.csv").split("\n")));
        services.set(2, services.get(2).replace(",active,", ",open,"));
        files.put("services.csv", String.join("\n", services) + "\n");

        ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> importZip(target, zip(files)));

        assertThat(rejected.errors()).contains(
                new ImportError("addresses.csv", (long) bad + 1, "country",
                        "must be an ISO 3166-1 alpha-2 country code such as SK ('Slovakia')"),
                new ImportError("services.csv", 3L, "status",
                        "must be one of active, inactive, defunct, temporarily closed ('open')"));
        assertThat(rejected.errors()).hasSize(2);
        assertThat(count(target, "SELECT count(*) FROM catalogue.service")).isZero();
        assertThat(count(target, "SELECT count(*) FROM catalogue.address WHERE id = '" + id + "'")).isZero();
    }

    @Test
    void referencesAcrossFilesAreChecked() throws Exception {
        String target = freshDatabase("references");
        Map<String, String> files = unzip(exported);
        String locations = files.get("locations.csv");
        String[] lines = locations.split("\n");
        String missing = lines[1].substring(0, 36);
        // the location leaves the package; what refers to it is left dangling
        files.put("locations.csv", locations.replace(lines[1] + "\n", ""));
        files.put("service_at_locations.csv", files.get("service_at_locations.csv") + UUID.randomUUID() + ","
                + UUID.randomUUID() + "," + missing + ",\n");

        ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> importZip(target, zip(files)));

        long lastLine = files.get("service_at_locations.csv").split("\n").length;
        assertThat(rejected.errors()).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("service_at_locations.csv");
            assertThat(e.line()).isEqualTo(lastLine);
            assertThat(e.field()).isEqualTo("service_id");
            assertThat(e.message()).startsWith("no service with this id in services.csv or the catalogue");
        });
        assertThat(rejected.errors()).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("service_at_locations.csv");
            assertThat(e.field()).isEqualTo("location_id");
            assertThat(e.message()).contains(missing);
        });
        assertThat(rejected.errors()).anySatisfy(e -> assertThat(e.file()).isEqualTo("addresses.csv"));
        assertThat(count(target, "SELECT count(*) FROM catalogue.organization")).isZero();
    }

    @Test
    void confidentialLocationsNeverLeave() throws Exception {
        assertThat(confidential).isNotEmpty();
        String everything = String.join("\n", unzip(exported).values()) + new String(export(source, true), StandardCharsets.UTF_8);
        for (UUID id : confidential) {
            assertThat(everything).doesNotContain(id.toString());
        }
        for (String sal : ids(source, "SELECT id FROM catalogue.service_at_location WHERE location_id IN"
                + " (SELECT id FROM catalogue.location WHERE confidential)").stream().map(UUID::toString).toList()) {
            assertThat(everything).doesNotContain(sal);
        }
    }

    @Test
    void reimportingAnExportKeepsWhatTheExportLeftOut() throws Exception {
        String shelters = "SELECT count(*) FROM catalogue.service_at_location WHERE location_id IN"
                + " (SELECT id FROM catalogue.location WHERE confidential)";
        long before = count(source, shelters);
        assertThat(before).isPositive();
        importZip(source, exported);
        assertThat(count(source, shelters)).isEqualTo(before);
    }

    @Test
    void theDataPackageDescribesEveryFile() throws Exception {
        JsonNode descriptor = JSON.readTree(unzip(exported).get("datapackage.json"));
        assertThat(descriptor.get("profile").asText()).isEqualTo("tabular-data-package");
        List<String> paths = new ArrayList<>();
        descriptor.get("resources").forEach(r -> paths.add(r.get("path").asText()));
        assertThat(paths).containsAll(List.of("organizations.csv", "services.csv", "locations.csv",
                "service_at_locations.csv", "translations.csv", "eligibility.csv", "taxonomy_terms.csv"));
        assertThat(unzip(exported).keySet()).containsAll(paths);
        JsonNode services = descriptor.get("resources").get(2);
        assertThat(services.get("schema").get("foreignKeys").get(0).get("reference").get("resource").asText())
                .isEqualTo("organization");
    }

    @Test
    void hsdsJsonRoundTrip() throws Exception {
        String target = freshDatabase("json");
        byte[] json = export(source, true);
        JsonNode services = JSON.readTree(json);
        assertThat(services.size()).isEqualTo((int) count(source, "SELECT count(*) FROM catalogue.service"));

        try (Connection connection = connect(target)) {
            connection.setAutoCommit(false);
            new CatalogueImport(connection).json(new ByteArrayInputStream(json));
            connection.commit();
        }
        for (String table : List.of("service", "service_at_location", "phone", "schedule", "language",
                "service_eligibility", "attribute", "address", "location", "service_area")) {
            TransferTable t = HsdsTables.byName(table).orElseThrow();
            assertThat(rows(target, CatalogueExport.select(t))).as(table).isEqualTo(rows(source, CatalogueExport.select(t)));
        }
        // JSON is shaped by services: what it carries are the translations of services, their organizations and places
        String translations = "SELECT entity_type, entity_id, field, language, text FROM catalogue.translation"
                + " WHERE entity_type = 'service' ORDER BY id";
        assertThat(rows(target, translations)).isEqualTo(rows(source, translations));
        String organizations = "SELECT o.id, o.name FROM catalogue.organization o"
                + " WHERE EXISTS (SELECT 1 FROM catalogue.service s WHERE s.organization_id = o.id) ORDER BY o.id";
        assertThat(rows(target, organizations)).isEqualTo(rows(source, organizations));
    }

    @Test
    void aPackageUnpackingBeyondTheLimitIsRefusedWithItsFileNamed() throws Exception {
        String target = freshDatabase("bomb");
        // 3 MB of one repeated row: a few kilobytes zipped, like a zip bomb in miniature
        String row = UUID.randomUUID() + ",Inflated organisation,,An organisation,,,,,,,,\n";
        byte[] bomb = zip(Map.of("organizations.csv", "id,name,alternate_name,description,email,website,tax_id,"
                + "year_incorporated,legal_status,logo,uri,parent_organization_id\n" + row.repeat(3_000_000 / row.length())));
        assertThat(bomb.length).isLessThan(100_000);
        Path file = Files.createTempFile("transfer-test", ".zip");
        try (Connection connection = connect(target)) {
            Files.write(file, bomb);
            connection.setAutoCommit(false);
            ImportRejected rejected = catchThrowableOfType(ImportRejected.class,
                    () -> new CatalogueImport(connection, 1L << 20).dataPackage(file));
            connection.rollback();
            assertThat(rejected.errors()).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("organizations.csv");
                assertThat(e.message()).contains("more than 1 MB");
            });
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(count(target, "SELECT count(*) FROM catalogue.organization")).isZero();
    }

    @Test
    void badJsonIsNamedByLineAndPath() throws Exception {
        String target = freshDatabase("badjson");
        String json = """
                [
                  {"id": "%s", "organization_id": "%s", "name": "A", "status": "active",
                   "phones": [{"id": "%s", "number": "call me"}]}
                ]""".formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (Connection connection = connect(target)) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> new CatalogueImport(connection).json(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.errors()).extracting(ImportError::field)
                            .containsExactlyInAnyOrder("[0].organization_id", "[0].phones[0].number"));
            connection.rollback();
        }
    }

    // --- support ---------------------------------------------------------------------------

    private static Map<String, CatalogueImport.Counts> importZip(String url, byte[] zip) throws Exception {
        Path file = Files.createTempFile("transfer-test", ".zip");
        try (Connection connection = connect(url)) {
            Files.write(file, zip);
            connection.setAutoCommit(false);
            try {
                Map<String, CatalogueImport.Counts> counts = new CatalogueImport(connection).dataPackage(file);
                connection.commit();
                return counts;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] export(String url, boolean json) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection connection = connect(url)) {
            connection.setAutoCommit(false);
            if (json) {
                new CatalogueExport(connection).json(out);
            } else {
                new CatalogueExport(connection).dataPackage(out);
            }
            connection.rollback();
        }
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String freshDatabase(String purpose) throws SQLException {
        String name = ("transfer_" + purpose + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = TestDatabase.jdbcUrl().replaceFirst("/postgres\\?", "/" + name + "?");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        DatabaseMigrator.flyway(dataSource).migrate();
        return url;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
    }

    private static String text(String url, String sql) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<UUID> ids(String url, String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(UUID.fromString(rows.getString(1)));
            }
        }
        return ids;
    }

    private static List<String> rows(String url, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rows.getString(i)).append('|');
                }
                result.add(row.toString());
            }
        }
        return result;
    }
}
