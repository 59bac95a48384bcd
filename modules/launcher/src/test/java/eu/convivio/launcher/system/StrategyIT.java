package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration strategies on the demo data and on strategies the tests start themselves: the
 * public reads adopted versions without signing in; a Košice council member compares the adopted
 * version with the revision in consultation in the browser and exports it as PDF; drafts stay
 * inside their municipality; only the council writes; bad input and stale saves are refused.
 */
@ExtendWith(SharedConvivio.class)
class StrategyIT {

    private static final String STRATEGIES = "/api/strategies";
    private static final String KOSICE_TITLE = "Integration strategy of the Košice self-governing region";

    private static Chromium chromium;
    private static WebDriver browser;

    /** The demo loader derives the demo strategies' ids from fixed names. */
    private static String demoId(String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:strategy:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static final String KOSICE = demoId("kosice");
    private static final String KOSICE_V1 = demoId("kosice:v1");
    private static final String KOSICE_V2 = demoId("kosice:v2");

    @BeforeAll
    static void openBrowser() throws IOException {
        chromium = Chromium.open(1280, 1024);
        browser = chromium.driver();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void signedOut(LaunchedConvivio app) {
        browser.get(app.uri("/").toString());
        browser.manage().deleteAllCookies();
    }

    private static JsonObjectBuilder newStrategy(Api api, String municipality, String title) {
        return Json.createObjectBuilder().add("municipalityId", api.municipalityId(municipality).toString())
                .add("title", title).add("language", "en").add("periodFrom", "2027-01-01").add("periodTo", "2031-12-31")
                .add("template", "oecd-checklist");
    }

    private static List<String> titles(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(s -> s.getString("title")).toList();
    }

    @Test
    void thePublicReadsAdoptedVersionsWithoutSigningIn(Api api, LaunchedConvivio app) {
        Api.Reply list = api.get(STRATEGIES, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(titles(list)).contains(KOSICE_TITLE, "Στρατηγική ένταξης μεταναστών και προσφύγων του Δήμου Θεσσαλονίκης");
        JsonObject kosice = api.get(STRATEGIES + "/" + KOSICE, null).object();
        // the public sees version 1 only: the revision is a draft
        assertThat(kosice.getJsonArray("versions")).hasSize(1);
        assertThat(kosice.getJsonArray("versions").getJsonObject(0).getString("kind")).isEqualTo("adopted");
        Api.Reply draft = api.get(STRATEGIES + "/" + KOSICE + "/versions/" + KOSICE_V2, null);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.contentType()).startsWith("application/problem+json");

        browser.get(app.uri("/strategy/index.xhtml").toString());
        waitFor(By.id("adopted-strategies")).findElement(By.linkText(KOSICE_TITLE)).click();
        assertThat(waitFor(By.id("strategy-title")).getText()).isEqualTo(KOSICE_TITLE);
        assertThat(browser.findElement(By.id("adopting-body")).getText()).isEqualTo("Zastupiteľstvo Košického samosprávneho kraja");
        assertThat(browser.findElement(By.id("measures")).getText()).contains("Tlmočnícka služba na úradoch kraja");
        assertThat(browser.findElements(By.id("draft-notice"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#versions li"))).hasSize(1);
        // a draft named in the address does not exist for the public
        browser.get(app.uri("/strategy/view.xhtml?id=" + KOSICE + "&version=" + KOSICE_V2).toString());
        assertThat(browser.findElements(By.id("strategy-title"))).isEmpty();
        browser.get(app.uri("/strategy/view.xhtml?id=" + KOSICE).toString());
        waitFor(By.id("strategy-title"));
        assertThat(Axe.violations(browser)).isEmpty();
    }

    @Test
    void aCouncilMemberComparesTheAdoptedVersionWithTheRevisionAndPrintsIt(LaunchedConvivio app) {
        chromium.signIn(app, "kosice.council");
        browser.get(app.uri("/strategy/view.xhtml?id=" + KOSICE + "&version=" + KOSICE_V2).toString());
        assertThat(waitFor(By.id("draft-notice")).getText()).isNotBlank();
        // in consultation: the window, relative to the day the demo was loaded, includes today
        assertThat(browser.findElement(By.id("strategy-status")).getText()).contains(LocalDate.now().plusDays(21).toString());
        new Select(browser.findElement(By.id("compare-from"))).selectByValue(KOSICE_V1);
        new Select(browser.findElement(By.id("compare-to"))).selectByValue(KOSICE_V2);
        browser.findElement(By.id("compare-submit")).click();

        assertThat(waitFor(By.id("compare-title")).getText()).contains(KOSICE_TITLE);
        WebElement intro = browser.findElement(By.cssSelector(".compare-section.changed .diff-body"));
        assertThat(String.join("|", intro.findElements(By.tagName("del")).stream().map(WebElement::getText).toList())).contains("9");
        assertThat(String.join("|", intro.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList())).contains("11");
        assertThat(browser.findElements(By.cssSelector(".compare-section.changed"))).hasSize(3);
        WebElement measures = browser.findElement(By.id("compare-measures"));
        assertThat(measures.findElement(By.cssSelector("tr.added")).getText()).contains("Jednotné kontaktné miesto pre cudzincov");
        assertThat(measures.getText()).contains("180000.00 EUR").contains("120000.00 EUR");
        assertThat(browser.findElement(By.id("compare-indicators")).findElement(By.cssSelector("tr.removed")).getText())
                .contains("Vyškolení zamestnanci prvého kontaktu");
        // printable: the print stylesheet hides the site's navigation and the print button
        assertThat(browser.findElement(By.id("print-comparison")).isDisplayed()).isTrue();
        Object hidden = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "for (const s of document.styleSheets) { for (const r of s.cssRules) { if (r.media && r.media.mediaText === 'print'"
                        + " && r.cssText.includes('.print-button')) return true; } } return false;");
        assertThat(hidden).isEqualTo(true);
    }

    @Test
    void theAdoptedVersionExportsAsPdfAndTheStrategyAsJson(Api api) throws IOException {
        HttpResponse<byte[]> pdf = pdf(api, STRATEGIES + "/" + KOSICE + "/versions/" + KOSICE_V1 + "/pdf?lang=sk", "kosice.council");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Zastupiteľstvo Košického samosprávneho kraja").contains("Koordinácia a riadenie")
                    .contains("Opatrenia");
        }
        // Thessaloniki's strategy in Greek, by anyone
        JsonObject thessaloniki = api.get(STRATEGIES, null).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("municipality").equals("Thessaloniki")).findFirst().orElseThrow();
        String version = thessaloniki.getJsonArray("versions").getJsonObject(0).getString("id");
        HttpResponse<byte[]> greek = pdf(api, STRATEGIES + "/" + thessaloniki.getString("id") + "/versions/" + version + "/pdf?lang=el", null);
        assertThat(greek.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(greek.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Δημοτικό Συμβούλιο Θεσσαλονίκης").contains("Στρατηγικοί στόχοι");
        }
        // the JSON export holds every version the reader may see: the council sees the draft too
        Api.Reply export = api.get(STRATEGIES + "/" + KOSICE + "/export", "kosice.council");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.object().getJsonArray("versions")).hasSize(2);
        assertThat(api.get(STRATEGIES + "/" + KOSICE + "/export", null).object().getJsonArray("versions")).hasSize(1);
    }

    @Test
    void draftsStayInsideTheirMunicipality(Api api) {
        assertThat(api.get(STRATEGIES + "/" + KOSICE + "/versions/" + KOSICE_V2, "bratislava.council").status()).isEqualTo(404);
        assertThat(api.get(STRATEGIES + "/" + KOSICE + "/versions/" + KOSICE_V2, "kosice.officer").status()).isEqualTo(200);
        String title = Api.unique("Trnava integration strategy");
        Api.Reply created = api.post(STRATEGIES, "trnava.council", newStrategy(api, "Trnava", title).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        // a strategy with no adopted version does not exist outside Trnava, not even for Košice's council
        assertThat(api.get(STRATEGIES + "/" + id, "kosice.council").status()).isEqualTo(404);
        assertThat(api.get(STRATEGIES + "/" + id, null).status()).isEqualTo(404);
        assertThat(titles(api.get(STRATEGIES, "kosice.council"))).doesNotContain(title);
        Api.Reply foreignWrite = api.post(STRATEGIES + "/" + id + "/goals", "kosice.council",
                Json.createObjectBuilder().add("title", "Taken over").build());
        assertThat(foreignWrite.status()).isEqualTo(404);
        // and Košice's council cannot start a strategy for Trnava
        assertThat(api.post(STRATEGIES, "kosice.council", newStrategy(api, "Trnava", title + " (K)").build()).status()).isEqualTo(404);
        assertThat(titles(api.get(STRATEGIES, "trnava.council"))).contains(title).doesNotContain(title + " (K)");
    }

    @Test
    void onlyTheCouncilWrites(Api api) {
        JsonObject section = Json.createObjectBuilder().add("heading", "Written by an officer").add("body", "Text").build();
        JsonObject kosice = api.get(STRATEGIES + "/" + KOSICE, "kosice.council").object();
        int sections = api.get(STRATEGIES + "/" + KOSICE + "/versions/" + KOSICE_V2, "kosice.council").object().getJsonArray("sections").size();
        for (String user : List.of("kosice.officer", "kosice.staff", "kosice.trainer")) {
            Api.Reply refused = api.post(STRATEGIES + "/" + KOSICE + "/sections", user, section);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(api.post(STRATEGIES + "/" + KOSICE + "/consultation/close", user, Json.createObjectBuilder().build()).status())
                    .as(user).isEqualTo(403);
            assertThat(api.post(STRATEGIES, user, newStrategy(api, "Košice Self-Governing Region", Api.unique("By " + user)).build())
                    .status()).as(user).isEqualTo(403);
        }
        assertThat(api.post(STRATEGIES + "/" + KOSICE + "/sections", null, section).status()).isEqualTo(401);
        assertThat(api.get(STRATEGIES + "/" + KOSICE + "/versions/" + KOSICE_V2, "kosice.council").object().getJsonArray("sections"))
                .hasSize(sections);
        assertThat(api.get(STRATEGIES + "/" + KOSICE, "kosice.council").object().getString("status"))
                .isEqualTo(kosice.getString("status"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldsAndNothingIsStored(Api api) {
        String title = Api.unique("Bad period");
        JsonObject bad = newStrategy(api, "Bratislava", title).add("periodTo", "2020-01-01").add("language", "Slovak")
                .add("template", "no-such-template").build();
        Api.Reply refused = api.post(STRATEGIES, "bratislava.council", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")))
                .contains("periodTo", "language", "template");
        assertThat(titles(api.get(STRATEGIES, "bratislava.council"))).doesNotContain(title);

        String id = api.post(STRATEGIES, "bratislava.council", newStrategy(api, "Bratislava", Api.unique("Measures")).build())
                .object().getString("id");
        JsonObject badMeasure = Json.createObjectBuilder().add("title", "").add("budget", -5).add("currency", "EURO")
                .add("startDate", "2027-05-01").add("endDate", "2027-01-01").add("status", "done").add("progress", 40).build();
        Api.Reply measure = api.post(STRATEGIES + "/" + id + "/measures", "bratislava.council", badMeasure);
        assertThat(measure.status()).isEqualTo(422);
        assertThat(measure.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")))
                .contains("title", "budget", "currency", "endDate", "progress");
        String draft = api.get(STRATEGIES + "/" + id, "bratislava.council").object().getJsonArray("versions").getJsonObject(0).getString("id");
        assertThat(api.get(STRATEGIES + "/" + id + "/versions/" + draft, "bratislava.council").object().getJsonArray("measures")).isEmpty();
        // an unknown enum value is bad input too
        Api.Reply status = api.post(STRATEGIES + "/" + id + "/measures", "bratislava.council",
                Json.createObjectBuilder().add("title", "T").add("status", "FINISHED").build());
        assertThat(status.status()).isIn(400, 422);
        assertThat(status.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aStaleSectionSaveIsRefusedWithTheNewerTextWhileOtherSectionsSaveFreely(Api api) {
        String id = api.post(STRATEGIES, "sofia.council", newStrategy(api, "Sofia", Api.unique("Sofia strategy")).build())
                .object().getString("id");
        String draft = api.get(STRATEGIES + "/" + id, "sofia.council").object().getJsonArray("versions").getJsonObject(0).getString("id");
        List<JsonObject> sections = api.get(STRATEGIES + "/" + id + "/versions/" + draft, "sofia.council").object()
                .getJsonArray("sections").getValuesAs(JsonObject.class);
        assertThat(sections).hasSizeGreaterThan(10);
        JsonObject housing = sections.stream().filter(s -> s.getString("heading").equals("Housing")).findFirst().orElseThrow();
        JsonObject education = sections.stream().filter(s -> s.getString("heading").equals("Education")).findFirst().orElseThrow();
        String read = "\"" + housing.getInt("version") + "\"";
        String housingPath = STRATEGIES + "/" + id + "/sections/" + housing.getString("id");

        Api.Reply first = api.put(housingPath, "sofia.council", read,
                Json.createObjectBuilder().add("heading", "Housing").add("body", "First editor's text.").build());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        // another section, saved meanwhile with the version it was read at, does not conflict
        Api.Reply other = api.put(STRATEGIES + "/" + id + "/sections/" + education.getString("id"), "sofia.council",
                "\"" + education.getInt("version") + "\"", Json.createObjectBuilder().add("heading", "Education").add("body", "Schools.").build());
        assertThat(other.status()).isEqualTo(200);

        Api.Reply stale = api.put(housingPath, "sofia.council", read,
                Json.createObjectBuilder().add("heading", "Housing").add("body", "Second editor's text.").build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.object().getString("current_body")).isEqualTo("First editor's text.");
        List<JsonObject> after = api.get(STRATEGIES + "/" + id + "/versions/" + draft, "sofia.council").object()
                .getJsonArray("sections").getValuesAs(JsonObject.class);
        assertThat(after.stream().filter(s -> s.getString("id").equals(housing.getString("id"))).findFirst().orElseThrow()
                .getString("body")).isEqualTo("First editor's text.");
    }

    @Test
    void aStrategyIsConsultedAdoptedFrozenRevisedAndCopied(Api api) {
        String title = Api.unique("Plymouth strategy");
        JsonObject created = api.post(STRATEGIES, "plymouth.council", newStrategy(api, "Plymouth", title).build()).object();
        String id = created.getString("id");
        String path = STRATEGIES + "/" + id;
        Api.Reply section = api.post(path + "/sections", "plymouth.council",
                Json.createObjectBuilder().add("heading", "Welcome").add("body", "We welcome <script>alert(1)</script> [x](javascript:alert(1)) newcomers.").build());
        assertThat(section.status()).isEqualTo(201);
        assertThat(section.object().getString("html")).doesNotContain("<script").doesNotContain("javascript:");
        String sectionId = section.object().getString("id");

        LocalDate today = LocalDate.now();
        assertThat(api.post(path + "/adoption", "plymouth.council", adoption(today)).status()).isEqualTo(409);
        assertThat(api.post(path + "/consultation", "plymouth.council", Json.createObjectBuilder()
                .add("start", today.toString()).add("end", today.plusDays(14).toString()).build()).status()).isEqualTo(200);
        // the text is frozen while the public comments on it
        assertThat(api.put(path + "/sections/" + sectionId, "plymouth.council", "\"0\"",
                Json.createObjectBuilder().add("heading", "Welcome").add("body", "Changed").build()).status()).isEqualTo(409);
        assertThat(api.post(path + "/consultation/close", "plymouth.council", Json.createObjectBuilder().build()).status()).isEqualTo(200);
        Api.Reply adopted = api.post(path + "/adoption", "plymouth.council", adoption(today));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        String v1 = adopted.object().getString("id");
        assertThat(adopted.object().getInt("number")).isEqualTo(1);

        // adopted: public, and frozen
        assertThat(api.get(path + "/versions/" + v1, null).status()).isEqualTo(200);
        assertThat(api.put(path + "/sections/" + sectionId, "plymouth.council", "\"0\"",
                Json.createObjectBuilder().add("heading", "Welcome").add("body", "Rewritten").build()).status()).isEqualTo(409);

        Api.Reply revision = api.post(path + "/revisions", "plymouth.council", Json.createObjectBuilder().build());
        assertThat(revision.status()).isEqualTo(201);
        assertThat(revision.object().getInt("number")).isEqualTo(2);
        String v2 = revision.object().getString("id");
        JsonObject copied = api.get(path + "/versions/" + v2, "plymouth.council").object().getJsonArray("sections")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("heading").equals("Welcome")).findFirst().orElseThrow();
        Api.Reply changed = api.put(path + "/sections/" + copied.getString("id"), "plymouth.council", "\"" + copied.getInt("version") + "\"",
                Json.createObjectBuilder().add("heading", "Welcome").add("body", "We warmly welcome newcomers.").build());
        assertThat(changed.status()).isEqualTo(200);
        JsonObject comparison = api.get(path + "/compare?from=" + v1 + "&to=" + v2, "plymouth.council").object();
        JsonObject welcome = comparison.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("lineageId").equals(copied.getString("lineageId"))).findFirst().orElseThrow();
        assertThat(welcome.getString("kind")).isEqualTo("changed");
        assertThat(welcome.getJsonArray("body").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("change").equals("added")).map(r -> r.getString("text"))).contains("warmly ");

        // another city copies the adopted version; the origin is kept
        Api.Reply copy = api.post(STRATEGIES, "canakkale.council", Json.createObjectBuilder()
                .add("municipalityId", api.municipalityId("Çanakkale").toString()).add("title", Api.unique("Copied strategy"))
                .add("language", "en").add("periodFrom", "2027-01-01").add("periodTo", "2030-12-31").add("copyOf", v1).build());
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        assertThat(copy.object().getJsonObject("origin").getString("versionId")).isEqualTo(v1);
        // a draft cannot be copied
        Api.Reply draftCopy = api.post(STRATEGIES, "canakkale.council", Json.createObjectBuilder()
                .add("municipalityId", api.municipalityId("Çanakkale").toString()).add("title", Api.unique("Copied draft"))
                .add("language", "en").add("periodFrom", "2027-01-01").add("periodTo", "2030-12-31").add("copyOf", v2).build());
        assertThat(draftCopy.status()).isEqualTo(422);
    }

    @Test
    void aStaleSaveInTheEditorKeepsTheUsersTextAndShowsTheNewerOne(Api api, LaunchedConvivio app) {
        String id = api.post(STRATEGIES, "harmanli.council", newStrategy(api, "Harmanli", Api.unique("Harmanli strategy")).build())
                .object().getString("id");
        String draft = api.get(STRATEGIES + "/" + id, "harmanli.council").object().getJsonArray("versions").getJsonObject(0).getString("id");
        JsonObject housing = api.get(STRATEGIES + "/" + id + "/versions/" + draft, "harmanli.council").object()
                .getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("heading").equals("Housing")).findFirst().orElseThrow();

        chromium.signIn(app, "harmanli.council");
        browser.get(app.uri("/strategy/edit.xhtml?id=" + id).toString());
        WebElement form = waitFor(By.id("section-" + housing.getString("id")));
        WebElement body = form.findElement(By.cssSelector("textarea[id$=':body']"));
        body.clear();
        body.sendKeys("My text about housing in the browser.");
        // meanwhile a colleague saves the same section
        assertThat(api.put(STRATEGIES + "/" + id + "/sections/" + housing.getString("id"), "harmanli.council",
                "\"" + housing.getInt("version") + "\"", Json.createObjectBuilder().add("heading", "Housing")
                        .add("body", "The colleague's text.").build()).status()).isEqualTo(200);
        form.findElement(By.cssSelector("input[id$=':save']")).click();

        WebElement again = waitFor(By.id("section-" + housing.getString("id")));
        assertThat(again.findElement(By.cssSelector(".newer-body")).getText()).isEqualTo("The colleague's text.");
        assertThat(again.findElement(By.cssSelector("textarea[id$=':body']")).getAttribute("value"))
                .isEqualTo("My text about housing in the browser.");
        // the newer text stays stored until the user saves again, deliberately
        assertThat(api.get(STRATEGIES + "/" + id + "/versions/" + draft, "harmanli.council").object().getJsonArray("sections")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("id").equals(housing.getString("id")))
                .findFirst().orElseThrow().getString("body")).isEqualTo("The colleague's text.");
        again.findElement(By.cssSelector("input[id$=':save']")).click();
        waitFor(By.id("section-" + housing.getString("id")));
        assertThat(api.get(STRATEGIES + "/" + id + "/versions/" + draft, "harmanli.council").object().getJsonArray("sections")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("id").equals(housing.getString("id")))
                .findFirst().orElseThrow().getString("body")).isEqualTo("My text about housing in the browser.");
    }

    @Test
    void aCouncilMemberStartsAStrategyFromATemplateAndAddsAMeasureInTheBrowser(Api api, LaunchedConvivio app) {
        String title = Api.unique("Çanakkale welcome strategy");
        chromium.signIn(app, "canakkale.council");
        browser.get(app.uri("/strategy/index.xhtml").toString());
        waitFor(By.id("new-strategy")).click();
        fill("create:title", title);
        fill("create:language", "en");
        browser.findElement(By.cssSelector("input[name='create:start'][value='template:intercultural-cities']")).click();
        browser.findElement(By.id("create:create-strategy")).click();

        // the editor of the new draft: the template's areas are its sections, with guidance
        waitFor(By.id("sections-heading"));
        assertThat(browser.findElements(By.cssSelector(".section-editor"))).hasSize(17);
        assertThat(browser.findElement(By.cssSelector(".section-editor .guidance")).getText()).contains("council");
        String strategyId = titles(api.get(STRATEGIES, "canakkale.council")).contains(title)
                ? api.get(STRATEGIES, "canakkale.council").array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow().getString("id") : null;
        assertThat(strategyId).isNotNull();
        assertThat(api.get(STRATEGIES + "/" + strategyId, "canakkale.council").object().getJsonObject("origin")
                .getString("template")).isEqualTo("intercultural-cities");

        browser.findElement(By.id("new-measure")).click();
        fill("measure:title", "Welcome desk");
        fill("measure:budget", "-5");
        fill("measure:currency", "ZZZ");
        browser.findElement(By.id("measure:save-measure")).click();
        assertThat(waitForText(By.id("measure:budget-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("measure:currency-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("measure:title")).getAttribute("value")).isEqualTo("Welcome desk");
        fill("measure:budget", "25000");
        fill("measure:currency", "TRY");
        new Select(browser.findElement(By.id("measure:fundingSource"))).selectByValue("municipal_budget");
        browser.findElement(By.id("measure:save-measure")).click();
        assertThat(waitFor(By.id("measures")).getText()).contains("Welcome desk");
        String draft = api.get(STRATEGIES + "/" + strategyId, "canakkale.council").object().getJsonArray("versions")
                .getJsonObject(0).getString("id");
        JsonObject measure = api.get(STRATEGIES + "/" + strategyId + "/versions/" + draft, "canakkale.council").object()
                .getJsonArray("measures").getJsonObject(0);
        assertThat(measure.getString("currency")).isEqualTo("TRY");
        assertThat(measure.getString("fundingSource")).isEqualTo("municipal_budget");
    }

    private static JsonObject adoption(LocalDate day) {
        return Json.createObjectBuilder().add("adoptedAt", day.toString()).add("adoptingBody", "City Council")
                .add("decisionReference", "Minute 42/" + day.getYear()).build();
    }

    private static HttpResponse<byte[]> pdf(Api api, String path, String user) {
        HttpRequest request = api.request(path, user).GET().build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    private void fill(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private WebElement waitFor(By locator) {
        // a post-back replaces the page: an element found just before may be gone when it is asked about
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for a message to appear in an element the page had before the post-back (an empty message slot). */
    private WebElement waitForText(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    WebElement e = d.findElement(locator);
                    return e.isDisplayed() && !e.getText().isBlank() ? e : null;
                });
    }
}
