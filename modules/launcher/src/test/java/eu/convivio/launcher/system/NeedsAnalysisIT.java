package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's "Done when" for import, analysis and gaps: an officer of Trnava imports a survey CSV
 * (over HTTP and on the page in Chromium), sees the theme × district matrix and the gaps, and
 * cannot see anything of Bratislava's unpublished assessment through the UI or the API; a
 * learner's and a council member's import are refused; a bad file answers problem+json with its
 * lines and stores nothing.
 */
@ExtendWith(SharedConvivio.class)
class NeedsAnalysisIT {

    private static final String TRNAVA_OFFICER = "trnava.officer";

    /** Slovak labels, semicolons, a quoted description spanning two lines, a thousands separator. */
    private static final String NEEDS_CSV = "\uFEFFTéma;Mestská časť;Skupina;Závažnosť;Dotknutí;V núdzi;Popis;Jazyky\n"
            + "Bývanie;Družba;Dočasné útočisko;4;1 200;800;\"Rodiny nenachádzajú nájomné byty;\nčakacie lehoty presahujú rok.\";uk, ru\n"
            + "Zdravie;Centrum;Dočasné útočisko;3;300;120;Chýba tlmočenie u lekára.;uk\n"
            + "Bývanie;Centrum;Žiadatelia o azyl;5;40;40;Ubytovanie po prepustení zo zariadenia.;ar\n"
            + "Tlmočenie;;Žiadatelia o azyl;4;60;60;Chýbajú tlmočníci do paštčiny.;ps\n";

    private static final String BAD_CSV = "Téma;Mestská časť;Skupina;Závažnosť;Dotknutí;V núdzi;Popis;Jazyky\n"
            + "Bývanie;Družba;Dočasné útočisko;4;100;50;Správny riadok.;uk\n"
            + "Teleportácia;Družba;Dočasné útočisko;9;100;50;Zlý riadok.;uk\n"
            + "Bývanie;Atlantída;Dočasné útočisko;3;10;20;Zlá mestská časť.;uk\n";

    private static Chromium chromium;
    private static WebDriver browser;
    private static Path files;

    @BeforeAll
    static void openBrowser() throws IOException {
        chromium = Chromium.open(1280, 1024);
        browser = chromium.driver();
        files = Files.createTempDirectory("convivio-needs-files-");
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (files != null) {
            LaunchedConvivio.deleteRecursively(files);
        }
    }

    @Test
    void anOfficerImportsOverHttpAndReadsTheMatrixAndTheGaps(Api api) {
        String assessment = newAssessment(api, "HTTP import");
        String base = "/api/needs/assessments/" + assessment;
        Api.Reply mapping = saveSlovakMapping(api, assessment);
        assertThat(mapping.status()).as(mapping.toString()).isEqualTo(200);
        assertThat(api.get(base + "/import-mapping", TRNAVA_OFFICER).object().getJsonObject("columns").getString("theme"))
                .isEqualTo("Téma");

        Api.Reply preview = csv(api, base + "/imports", TRNAVA_OFFICER, NEEDS_CSV);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.object().getString("delimiter")).isEqualTo(";");
        assertThat(preview.object().getInt("needs")).isEqualTo(4);
        JsonObject first = preview.object().getJsonArray("preview").getJsonObject(0);
        assertThat(first.getString("theme")).isEqualTo("housing");
        assertThat(first.getString("district")).isEqualTo("Družba");
        assertThat(first.getInt("peopleAffected")).isEqualTo(1200);
        assertThat(first.getString("description")).contains("byty;\nčakacie");
        assertThat(needCount(api, assessment)).as("a preview stores nothing").isZero();

        Api.Reply imported = csv(api, base + "/imports?commit=true&file=trnava-2026.csv", TRNAVA_OFFICER, NEEDS_CSV);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.object().getInt("needsCreated")).isEqualTo(4);
        assertThat(needCount(api, assessment)).isEqualTo(4);

        Api.Reply matrix = api.get("/api/needs/analysis/matrix?assessment=" + assessment, TRNAVA_OFFICER);
        assertThat(matrix.status()).as(matrix.toString()).isEqualTo(200);
        List<JsonObject> cells = matrix.object().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(cells).anySatisfy(c -> {
            assertThat(c.getString("theme")).isEqualTo("housing");
            assertThat(c.getString("district")).isEqualTo("Centrum");
            assertThat(c.getInt("needs")).isEqualTo(1);
            assertThat(c.getInt("severity_weighted")).isEqualTo(5);
        });
        assertThat(matrix.object().getJsonObject("total").getInt("needs")).isEqualTo(4);
        Api.Reply matrixCsv = api.get("/api/needs/analysis/matrix?format=csv&assessment=" + assessment, TRNAVA_OFFICER);
        assertThat(matrixCsv.contentType()).startsWith("text/csv");
        assertThat(matrixCsv.body()).startsWith("theme,district_code,district,needs,severity_weighted")
                .contains("housing,TT-DR,Družba,1,4,4,800");
        Api.Reply groupFiltered = api.get("/api/needs/analysis/ranking?group=asylum-seekers&assessment=" + assessment, TRNAVA_OFFICER);
        assertThat(groupFiltered.object().getJsonArray("rows")).hasSize(2);
        assertThat(groupFiltered.object().getJsonArray("rows").getJsonObject(0).getInt("severity")).isEqualTo(5);

        Api.Reply gaps = api.get("/api/needs/gaps?assessment=" + assessment, TRNAVA_OFFICER);
        assertThat(gaps.status()).as(gaps.toString()).isEqualTo(200);
        JsonObject counts = gaps.object().getJsonObject("counts");
        assertThat(counts.getInt("covered") + counts.getInt("partly-covered") + counts.getInt("not-covered")).isEqualTo(4);
        List<JsonObject> judged = gaps.object().getJsonArray("needs").getValuesAs(JsonObject.class);
        assertThat(judged).allSatisfy(n -> {
            assertThat(n.getString("coverage")).isIn("covered", "partly-covered", "not-covered");
            assertThat(n.getString("catalogueSearch")).startsWith("/catalogue/search.xhtml?municipality=")
                    .contains("&theme=" + n.getString("theme"));
            if (!n.getString("coverage").equals("not-covered")) {
                assertThat(n.getJsonArray("services")).isNotEmpty();
                assertThat(n.getJsonArray("services").getJsonObject(0).getJsonArray("matches").getValuesAs(
                        jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList())
                        .contains("theme", "area");
            }
        });
        assertThat(gaps.object().getJsonArray("gaps")).hasSize(counts.getInt("not-covered"));
        Api.Reply gapsCsv = api.get("/api/needs/gaps?format=csv&assessment=" + assessment, TRNAVA_OFFICER);
        assertThat(gapsCsv.body().lines()).hasSize(5);
    }

    @Test
    void aBadFileAnswersItsLinesAndStoresNothing(Api api) {
        String assessment = newAssessment(api, "bad file");
        Api.Reply missingColumns = csv(api, "/api/needs/assessments/" + assessment + "/imports?commit=true", TRNAVA_OFFICER, BAD_CSV);
        assertThat(missingColumns.status()).as("without a mapping the Slovak headers name no field").isEqualTo(422);
        assertThat(missingColumns.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("line") + " " + e.getString("field"))
                .contains("1 theme", "1 population-group", "1 severity", "1 description");
        assertThat(saveSlovakMapping(api, assessment).status()).isEqualTo(200);

        Api.Reply refused = csv(api, "/api/needs/assessments/" + assessment + "/imports?commit=true", TRNAVA_OFFICER, BAD_CSV);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getString("type")).endsWith("/invalid-import");
        List<JsonObject> errors = refused.object().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("line") + " " + e.getString("field"))
                .contains("3 theme", "3 severity", "4 district");
        assertThat(errors).anySatisfy(e -> assertThat(e.getString("message")).contains("Atlantída"));
        assertThat(needCount(api, assessment)).as("nothing of the good row either").isZero();

        Api.Reply notUtf8 = api.send(api.request("/api/needs/assessments/" + assessment + "/imports", TRNAVA_OFFICER)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray("theme,description\nhousing,Bývanie\n".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(notUtf8.status()).isEqualTo(422);
        assertThat(notUtf8.object().getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(2);
    }

    @Test
    void aLearnerAndACouncilMemberCannotImport(Api api) {
        String assessment = newAssessment(api, "roles");
        String path = "/api/needs/assessments/" + assessment + "/imports?commit=true";

        assertThat(csv(api, path, "trnava.staff", NEEDS_CSV).status()).isEqualTo(403);
        assertThat(csv(api, path, "trnava.council", NEEDS_CSV).status()).isEqualTo(403);
        assertThat(api.put("/api/needs/assessments/" + assessment + "/import-mapping", "trnava.council", null,
                Json.createObjectBuilder().add("shape", "need-per-row").add("columns", Json.createObjectBuilder()).build()).status())
                .isEqualTo(403);
        assertThat(needCount(api, assessment)).isZero();
        // the council reads the analysis
        assertThat(api.get("/api/needs/analysis/matrix?assessment=" + assessment, "trnava.council").status()).isEqualTo(200);
    }

    @Test
    void bratislavasUnpublishedAssessmentDoesNotExistForTrnava(LaunchedConvivio app, Api api) {
        String bratislava = api.get("/api/needs/assessments", "bratislava.officer").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.getBoolean("published")).map(a -> a.getString("id")).findFirst()
                .orElseThrow(() -> new AssertionError("Bratislava's demo data has an unpublished assessment"));
        assertThat(api.get("/api/needs/analysis/matrix?assessment=" + bratislava, "bratislava.officer").status()).isEqualTo(200);

        for (String path : List.of("/api/needs/analysis/matrix?assessment=" + bratislava,
                "/api/needs/analysis/ranking?assessment=" + bratislava,
                "/api/needs/analysis/change?from=" + bratislava + "&to=" + bratislava,
                "/api/needs/gaps?assessment=" + bratislava,
                "/api/needs/gaps?format=csv&assessment=" + bratislava,
                "/api/needs/assessments/" + bratislava + "/import-mapping")) {
            Api.Reply reply = api.get(path, TRNAVA_OFFICER);
            assertThat(reply.status()).as(path + ": " + reply).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        Api.Reply importing = csv(api, "/api/needs/assessments/" + bratislava + "/imports?commit=true", TRNAVA_OFFICER, NEEDS_CSV);
        assertThat(importing.status()).isEqualTo(404);
        assertThat(api.get("/api/needs/analysis/matrix?assessment=" + bratislava, "bratislava.officer").object()
                .getJsonObject("total").getInt("needs")).as("nothing imported into Bratislava").isGreaterThan(0);

        chromium.signIn(app, TRNAVA_OFFICER);
        for (String page : List.of("/needs/analysis.xhtml?assessment=", "/needs/gaps.xhtml?assessment=", "/needs/import.xhtml?assessment=")) {
            browser.get(app.uri(page + bratislava).toString());
            assertThat(waitFor(By.id("error-code")).getText()).as(page).contains("404");
            assertThat(browser.getPageSource()).doesNotContain("Bratislava");
        }
    }

    @Test
    void anOfficerImportsOnThePageAndSeesTheMatrixAndTheGaps(LaunchedConvivio app, Api api) throws IOException {
        String assessment = newAssessment(api, "page import");
        chromium.signIn(app, TRNAVA_OFFICER);
        browser.get(app.uri("/needs/import.xhtml?assessment=" + assessment).toString());

        Path bad = files.resolve("bad.csv");
        Files.writeString(bad, "theme,district,population-group,severity\nhousing,Družba,refugees,4\nhousing,Nikde,refugees,8\n",
                StandardCharsets.UTF_8);
        new Select(waitFor(By.id("import-form:shape"))).selectByValue("response-per-row");
        waitFor(By.id("import-form")).findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
        waitFor(By.id("import-form:read")).click();
        waitFor(By.id("import-form:preview")).click();
        WebElement errors = waitFor(By.id("error-table"));
        assertThat(errors.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList())
                .anySatisfy(r -> assertThat(r).startsWith("3").contains("district", "Nikde"))
                .anySatisfy(r -> assertThat(r).startsWith("3").contains("severity"));
        assertThat(browser.findElements(By.id("import-form:commit"))).isEmpty();

        Path responses = files.resolve("responses.csv");
        Files.writeString(responses, "theme,district,population-group,severity,languages\n"
                + "housing,Družba,refugees,4,ar\n"
                + "housing,Družba,refugees,5,\"ar, fa\"\n"
                + "employment,Centrum,women,2,uk\n"
                + "emergency,,refugees,5,ps\n", StandardCharsets.UTF_8);
        waitFor(By.id("import-form")).findElement(By.cssSelector("input[type=file]")).sendKeys(responses.toString());
        waitFor(By.id("import-form:read")).click();
        waitFor(By.id("import-form:preview")).click();
        assertThat(waitFor(By.id("preview-summary")).getText()).contains("3", "4");
        waitFor(By.id("import-form:commit")).click();

        WebElement matrix = waitFor(By.id("matrix"));
        assertThat(browser.findElement(By.id("page-messages")).getText()).contains("3");
        assertThat(matrix.getText()).contains("Družba", "Centrum");
        assertThat(waitFor(By.id("matrix-total")).getText()).startsWith("3 (");
        assertThat(needCount(api, assessment)).isEqualTo(3);

        waitFor(By.id("gaps-link")).click();
        WebElement counts = waitFor(By.id("gap-counts"));
        int judged = 0;
        for (String level : List.of("covered", "partly-covered", "not-covered")) {
            judged += Integer.parseInt(counts.findElement(By.id("count-" + level)).findElement(By.tagName("strong")).getText());
        }
        assertThat(judged).as("every imported need is judged").isEqualTo(3);
        assertThat(waitFor(By.id("coverage")).findElements(By.cssSelector("tbody tr"))).hasSize(3);
        List<WebElement> searchLinks = browser.findElements(By.cssSelector("#uncovered a.search-link"));
        searchLinks.forEach(link -> assertThat(link.getAttribute("href")).contains("/catalogue/search.xhtml?municipality="));
        Axe.assertAccessible(browser, "gap analysis");
        browser.navigate().back();
        waitFor(By.id("matrix"));
        // Trnava's demo districts have (schematic) boundaries: the district map draws them
        waitFor(By.id("district-map"));
        List<WebElement> shapes = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> {
                    List<WebElement> drawn = d.findElements(By.cssSelector("#district-map path.leaflet-interactive"));
                    return drawn.size() >= 2 ? drawn : null;
                });
        assertThat(shapes).hasSizeGreaterThanOrEqualTo(2);
        Axe.assertAccessible(browser, "analysis");
    }

    private static String newAssessment(Api api, String what) {
        Api.Reply created = api.post("/api/needs/assessments", TRNAVA_OFFICER, Json.createObjectBuilder()
                .add("title", Api.unique("Survey " + what))
                .add("periodStart", "2026-09-01").add("periodEnd", "2026-10-31")
                .add("method", "survey").add("status", "in-progress")
                .add("leadOrganisation", "Mesto Trnava").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getString("id");
    }

    private static Api.Reply saveSlovakMapping(Api api, String assessment) {
        return api.put("/api/needs/assessments/" + assessment + "/import-mapping", TRNAVA_OFFICER, null, Json.createObjectBuilder()
                .add("shape", "need-per-row")
                .add("columns", Json.createObjectBuilder().add("theme", "Téma").add("district", "Mestská časť")
                        .add("population-group", "Skupina").add("severity", "Závažnosť").add("people-affected", "Dotknutí")
                        .add("people-in-need", "V núdzi").add("description", "Popis").add("languages", "Jazyky"))
                .add("groupValues", Json.createObjectBuilder().add("Dočasné útočisko", "temporary-protection")
                        .add("Žiadatelia o azyl", "asylum-seekers"))
                .build());
    }

    private static Api.Reply csv(Api api, String path, String user, String body) {
        return api.send(api.request(path, user).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static int needCount(Api api, String assessment) {
        Api.Reply needs = api.get("/api/needs/needs?assessmentId=" + assessment, TRNAVA_OFFICER);
        assertThat(needs.status()).as(needs.toString()).isEqualTo(200);
        return needs.object().getInt("total");
    }


    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
