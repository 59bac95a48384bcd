package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk export and import of the catalogue over HTTP, as a city's data team would use them. */
@ExtendWith(SharedConvivio.class)
class CatalogueTransferIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anExportedDataPackageImportsAgainWithoutDuplicates(Api api) throws Exception {
        long before = total(api);
        HttpResponse<byte[]> export = bytes(api.request("/api/catalogue/export?format=datapackage", null).GET());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, String> files = unzip(export.body());
        assertThat(files).containsKeys("datapackage.json", "organizations.csv", "services.csv", "locations.csv",
                "service_at_locations.csv", "translations.csv", "eligibility.csv");
        assertThat(files.get("services.csv").split("\n")).hasSize((int) before + 1);

        Api.Reply imported = api.send(api.request("/api/catalogue/import", "admin").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export.body())));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonObject report = imported.object();
        assertThat(report.getJsonObject("tables").getJsonObject("service").getInt("updated")).isEqualTo((int) before);
        assertThat(report.getJsonNumber("created").longValue()).isZero();
        assertThat(total(api)).isEqualTo(before);

        Api.Reply audit = api.get("/api/audit?entityType=CatalogueImport&entityId=" + report.getString("id"), "admin");
        assertThat(audit.object().getJsonArray("items")).hasSize(1);
        assertThat(audit.object().getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo("admin");
    }

    @Test
    void theJsonExportHoldsEveryServiceAndImportsAgain(Api api) throws Exception {
        long before = total(api);
        HttpResponse<byte[]> export = bytes(api.request("/api/catalogue/export?format=json", null).GET());
        assertThat(export.statusCode()).isEqualTo(200);
        var services = Json.createReader(new StringReader(new String(export.body(), StandardCharsets.UTF_8))).readArray();
        assertThat(services).hasSize((int) before);

        Api.Reply imported = api.send(api.request("/api/catalogue/import", "admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export.body())));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(total(api)).isEqualTo(before);
    }

    @Test
    void onlyPlatformAdministratorsImport(Api api) throws Exception {
        long organizations = api.get("/api/hsds/organizations?per_page=1", null).object().getJsonNumber("total_items").longValue();
        // a small package: the server answers before it reads a large body, and a client may see the connection close
        byte[] organization = zip(Map.of("organizations.csv", "id,name,description\n" + java.util.UUID.randomUUID()
                + ",Officer's organisation,Should not be stored\n"));
        Api.Reply officer = api.send(api.request("/api/catalogue/import", "bratislava.officer")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(organization)));
        assertThat(officer.status()).isEqualTo(403);
        Api.Reply anonymous = api.send(api.request("/api/catalogue/import", null)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(organization)));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/hsds/organizations?per_page=1", null).object().getJsonNumber("total_items").longValue())
                .isEqualTo(organizations);
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemByFileAndLine(Api api) throws Exception {
        long before = total(api);
        Map<String, String> files = unzip(bytes(api.request("/api/catalogue/export", null).GET()).body());
        List<String> services = new ArrayList<>(List.of(files.get("services.csv").split("\n")));
        services.set(3, services.get(3).replace(",active,", ",open,"));
        services.add("not-a-uuid,,A service without an organisation,,,,,active");
        files.put("services.csv", String.join("\n", services) + "\n");

        Api.Reply refused = api.send(api.request("/api/catalogue/import", "admin").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(files))));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<JsonObject> errors = refused.object().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).as(refused.body()).anySatisfy(e -> {
            assertThat(e.getString("file", null)).isEqualTo("services.csv");
            assertThat(e.isNull("line") ? null : e.getInt("line")).isEqualTo(4);
            assertThat(e.getString("field", null)).isEqualTo("status");
        });
        int last = services.size();
        assertThat(errors).as(refused.body()).filteredOn(e -> !e.isNull("line") && e.getInt("line") == last)
                .extracting(e -> e.getString("field", null)).contains("id", "organization_id");
        assertThat(total(api)).isEqualTo(before);
    }

    @Test
    void theImportPageOffersTheExportsToEveryone(Api api) {
        Api.Reply page = api.get("/catalogue/edit/import.xhtml", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("api/catalogue/export?format=datapackage", "api/catalogue/export?format=json",
                "id=\"import-admin-only\"");
    }

    private long total(Api api) {
        return api.get("/api/hsds/services?per_page=1", null).object().getJsonNumber("total_items").longValue();
    }

    private HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
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
}
