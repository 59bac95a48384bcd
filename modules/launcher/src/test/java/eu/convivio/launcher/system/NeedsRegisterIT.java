package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs register over HTTP and in the browser, on the demo data: Bratislava's unpublished
 * round stays invisible to Trnava, roles without the register cannot write to it, bad input is
 * refused field by field with nothing stored, published rounds show only suppressed aggregates,
 * and a Trnava officer records, validates and reviews a need through the pages.
 */
@ExtendWith(SharedConvivio.class)
class NeedsRegisterIT {

    private static final String ASSESSMENTS = "/api/needs/assessments";
    private static final String NEEDS = "/api/needs/needs";

    /** The demo loader derives ids from the city and round. */
    private static String demoId(String kind, String city, String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:needs:" + kind + ":" + city + ":" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static final String BRATISLAVA_2026 = demoId("assessment", "bratislava", "2026");
    private static final String BRATISLAVA_2024 = demoId("assessment", "bratislava", "2024");
    private static final String TRNAVA_2024 = demoId("assessment", "trnava", "2024");
    private static final String TRNAVA_2026 = demoId("assessment", "trnava", "2026");
    private static final String BRATISLAVA_NEED = demoId("need", "bratislava", "2026:0");

    private static JsonObjectBuilder need(String assessment) {
        return Json.createObjectBuilder().add("assessmentId", assessment).add("theme", "housing")
                .add("populationGroup", "temporary-protection")
                .add("description", "Families cannot afford rent after the allowance ends.")
                .add("severity", 4).add("peopleAffected", 120).add("peopleInNeed", 80)
                .add("languages", Json.createArrayBuilder().add("uk").add("ru"));
    }

    private static long total(Api api, String user, String query) {
        Api.Reply reply = api.get(NEEDS + "?size=1&" + query, user);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonNumber("total").longValue();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void trnavaSeesNothingOfBratislavasUnpublishedRound(Api api) {
        Api.Reply own = api.get(ASSESSMENTS + "/" + BRATISLAVA_2026, "bratislava.officer");
        assertThat(own.status()).as("Bratislava reads its own round").isEqualTo(200);
        assertThat(own.object().getBoolean("published")).isFalse();
        long before = total(api, "bratislava.officer", "assessmentId=" + BRATISLAVA_2026);
        assertThat(before).isBetween(15L, 30L);

        for (String path : List.of(ASSESSMENTS + "/" + BRATISLAVA_2026, NEEDS + "?assessmentId=" + BRATISLAVA_2026,
                NEEDS + "/" + BRATISLAVA_NEED, NEEDS + "/" + BRATISLAVA_NEED + "/history",
                "/api/needs/public/assessments/" + BRATISLAVA_2026,
                "/api/needs/public/assessments/" + BRATISLAVA_2026 + "/by-district",
                ASSESSMENTS + "?municipalityId=" + api.municipalityId("Bratislava"))) {
            Api.Reply reply = api.get(path, "trnava.officer");
            assertProblem(reply, 404);
            assertThat(reply.body()).as(path).doesNotContain("Bratislava").doesNotContain("Families");
        }
        // not even a published round of Bratislava is readable in full: only its aggregated view
        assertProblem(api.get(ASSESSMENTS + "/" + BRATISLAVA_2024, "trnava.officer"), 404);
        assertThat(api.get("/api/needs/public/assessments/" + BRATISLAVA_2024, null).status()).isEqualTo(200);
        assertThat(api.get("/api/needs/public/assessments", null).body()).doesNotContain(BRATISLAVA_2026);

        // writes into Bratislava's round are refused as if it did not exist, and store nothing
        assertProblem(api.post(NEEDS, "trnava.officer", need(BRATISLAVA_2026).build()), 404);
        assertProblem(api.put(NEEDS + "/" + BRATISLAVA_NEED, "trnava.officer", "\"0\"", need(BRATISLAVA_2026).build()), 404);
        assertProblem(api.post(NEEDS + "/" + BRATISLAVA_NEED + "/validate", "trnava.officer", JsonObject.EMPTY_JSON_OBJECT), 404);
        assertProblem(api.post(ASSESSMENTS + "/" + BRATISLAVA_2026 + "/publish", "trnava.officer", JsonObject.EMPTY_JSON_OBJECT), 404);
        assertThat(total(api, "bratislava.officer", "assessmentId=" + BRATISLAVA_2026)).isEqualTo(before);
        assertThat(api.get(ASSESSMENTS + "/" + BRATISLAVA_2026, "bratislava.officer").object().getBoolean("published")).isFalse();
        // Trnava's own list holds Trnava's needs only
        Api.Reply list = api.get(NEEDS + "?size=200", "trnava.officer");
        UUID trnava = api.municipalityId("Trnava");
        assertThat(list.object().getJsonArray("items").getValuesAs(JsonObject.class))
                .isNotEmpty().allMatch(n -> n.getString("municipalityId").equals(trnava.toString()));
    }

    @Test
    void rolesWithoutTheRegisterCannotWriteIt(Api api) {
        long before = total(api, "trnava.officer", "assessmentId=" + TRNAVA_2026);
        for (String user : List.of("trnava.trainer", "trnava.staff", "ngo.editor", "trnava.council")) {
            assertProblem(api.post(NEEDS, user, need(TRNAVA_2026).build()), 403);
            assertProblem(api.post(ASSESSMENTS, user, Json.createObjectBuilder().add("title", "x").build()), 403);
            assertProblem(api.post("/api/needs/districts", user, Json.createObjectBuilder().add("name", "x").add("code", "X1").build()), 403);
            assertProblem(api.post(ASSESSMENTS + "/" + TRNAVA_2026 + "/publish", user, JsonObject.EMPTY_JSON_OBJECT), 403);
        }
        assertProblem(api.post(NEEDS, null, need(TRNAVA_2026).build()), 401);
        assertThat(total(api, "trnava.officer", "assessmentId=" + TRNAVA_2026)).isEqualTo(before);
        assertThat(api.get(ASSESSMENTS + "/" + TRNAVA_2026, "trnava.officer").object().getBoolean("published")).isFalse();
        // council members read their municipality's register; a trainer of Trnava is told the role does not allow it
        assertThat(api.get(NEEDS + "?assessmentId=" + TRNAVA_2026, "trnava.council").status()).isEqualTo(200);
        assertProblem(api.get(NEEDS + "?assessmentId=" + TRNAVA_2026, "trnava.trainer"), 403);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored(Api api) {
        long before = total(api, "trnava.officer", "assessmentId=" + TRNAVA_2026);
        Api.Reply invalid = api.post(NEEDS, "trnava.officer", need(TRNAVA_2026).add("severity", 9)
                .add("peopleAffected", 10).add("peopleInNeed", 50).add("theme", "astrology").build());
        assertProblem(invalid, 422);
        assertThat(invalid.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("severity", "peopleInNeed", "theme");
        Api.Reply malformed = api.post(NEEDS, "trnava.officer", need(TRNAVA_2026).add("severity", "very").build());
        assertProblem(malformed, 400);
        assertThat(malformed.body()).contains("severity");
        Api.Reply group = api.post(NEEDS, "trnava.officer", need(TRNAVA_2026).add("populationGroup", "john-doe").build());
        assertProblem(group, 422);
        assertThat(group.body()).contains("populationGroup");
        Api.Reply foreignDistrict = api.post(NEEDS, "trnava.officer", need(TRNAVA_2026)
                .add("districtId", demoId("district", "bratislava", "BA-PE")).build());
        assertProblem(foreignDistrict, 422);
        assertThat(foreignDistrict.body()).contains("districtId");
        assertProblem(api.get(NEEDS + "?sort=random", "trnava.officer"), 422);
        assertProblem(api.get(NEEDS + "?severity=8", "trnava.officer"), 422);
        assertProblem(api.get(NEEDS + "?theme=astrology", "trnava.officer"), 422);
        Api.Reply period = api.post(ASSESSMENTS, "trnava.officer", Json.createObjectBuilder().add("title", "Round")
                .add("periodStart", "2026-05-01").add("periodEnd", "2026-01-01").add("method", "séance")
                .add("status", "planned").add("leadOrganisation", "City").build());
        assertProblem(period, 422);
        assertThat(period.body()).contains("method");
        assertThat(total(api, "trnava.officer", "assessmentId=" + TRNAVA_2026)).isEqualTo(before);

        // a stale version is a conflict, and the need stays as the first writer left it
        Api.Reply created = api.post(NEEDS, "trnava.officer", need(TRNAVA_2026).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        String read = created.header("ETag").orElseThrow();
        assertThat(api.put(NEEDS + "/" + id, "trnava.officer", read, need(TRNAVA_2026).add("severity", 5).build()).status()).isEqualTo(200);
        assertProblem(api.put(NEEDS + "/" + id, "trnava.officer", read, need(TRNAVA_2026).add("severity", 1).build()), 409);
        assertThat(api.get(NEEDS + "/" + id, "trnava.officer").object().getInt("severity")).isEqualTo(5);
        assertThat(api.delete(NEEDS + "/" + id, "trnava.officer").status()).as("If-Match required").isEqualTo(422);
    }

    @Test
    void theValidationWorkflowRecordsWhoAndWhenAndTheHistoryShowsEveryChange(Api api) {
        Api.Reply created = api.post(NEEDS, "trnava.officer", need(TRNAVA_2026).build());
        assertThat(created.status()).isEqualTo(201);
        String id = created.object().getString("id");
        Api.Reply validated = api.post(NEEDS + "/" + id + "/validate", "trnava.officer", JsonObject.EMPTY_JSON_OBJECT);
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
        assertThat(validated.object().getString("status")).isEqualTo("validated");
        assertThat(validated.object().getString("validatedBy")).isEqualTo("trnava.officer");
        assertProblem(api.post(NEEDS + "/" + id + "/validate", "trnava.officer", JsonObject.EMPTY_JSON_OBJECT), 409);
        assertProblem(api.post(NEEDS + "/" + id + "/status", "trnava.officer",
                Json.createObjectBuilder().add("status", "identified").build()), 422);
        Api.Reply closed = api.post(NEEDS + "/" + id + "/status", "trnava.officer", Json.createObjectBuilder().add("status", "closed").build());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        Api.Reply history = api.get(NEEDS + "/" + id + "/history", "trnava.council");
        assertThat(history.status()).isEqualTo(200);
        List<JsonObject> entries = history.array().getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(entries).extracting(e -> e.getString("actor")).containsOnly("trnava.officer");
        assertThat(entries.get(2).toString()).contains("\"field\":\"status\"", "\"before\":\"VALIDATED\"", "\"after\":\"CLOSED\"");
    }

    @Test
    void publishedRoundsShowOnlySuppressedAggregates(Api api) {
        Api.Reply view = api.get("/api/needs/public/assessments/" + TRNAVA_2024 + "/by-population-group", null);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        JsonObject body = view.object();
        assertThat(body.getJsonObject("assessment").getString("municipality")).isEqualTo("Trnava");
        List<JsonObject> counts = new java.util.ArrayList<>(body.getJsonArray("columnTotals").getValuesAs(JsonObject.class));
        body.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> {
            counts.addAll(r.getJsonArray("cells").getValuesAs(JsonObject.class));
            counts.add(r.getJsonObject("total"));
        });
        counts.add(body.getJsonObject("total"));
        assertThat(counts).anyMatch(c -> c.getBoolean("suppressed"));
        for (JsonObject c : counts) {
            if (c.getBoolean("suppressed")) {
                assertThat(c.isNull("needs") && c.isNull("peopleInNeed")).isTrue();
                assertThat(c.getString("shown")).isEqualTo("fewer than 5");
            } else {
                assertThat(c.getJsonNumber("needs").longValue()).isGreaterThanOrEqualTo(5);
                assertThat(c.getJsonNumber("peopleInNeed").longValue()).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(view.body()).doesNotContain("Families").doesNotContain("description");
    }

    @Test
    void aTrnavaOfficerRecordsValidatesAndReviewsANeedInTheBrowser(LaunchedConvivio app) throws IOException {
        try (Chromium chromium = Chromium.open(1280, 1024)) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(app.uri("/login.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("trnava.officer");
            browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("signin")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
            browser.findElement(By.id("lang-en")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

            browser.get(app.uri("/needs/index.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("own-assessments")));
            assertThat(browser.findElement(By.id("own-assessments")).getText()).contains("Trnava").doesNotContain("Bratislava");
            assertThat(browser.findElement(By.id("published-assessments")).getText())
                    .contains("Needs survey 2024 – Bratislava").doesNotContain("round 2026 – Bratislava");

            browser.get(app.uri("/needs/need-edit.xhtml?assessment=" + TRNAVA_2026).toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("need:save-need")));
            assertThat(browser.findElement(By.id("aggregated-only")).getText()).contains("only aggregated data about groups");
            new Select(browser.findElement(By.id("need:theme"))).selectByValue("language-learning");
            new Select(browser.findElement(By.id("need:group"))).selectByValue("women");
            browser.findElement(By.id("need:description")).sendKeys("Mothers of small children cannot attend evening language courses.");
            browser.findElement(By.cssSelector("input[name='need:severity'][value='3']")).click();
            browser.findElement(By.id("need:peopleAffected")).sendKeys("40");
            browser.findElement(By.id("need:peopleInNeed")).sendKeys("55");
            browser.findElement(By.id("need:languages")).sendKeys("uk, ar");
            assertThat(browser.getPageSource()).contains("5 critical");
            browser.findElement(By.id("need:save-need")).click();

            String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("need:peopleInNeed-error"))).getText();
            assertThat(error).contains("more than people affected");
            assertThat(browser.findElement(By.id("need:peopleInNeed")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findElement(By.id("need:description")).getAttribute("value")).startsWith("Mothers of small children");
            Axe.assertAccessible(browser, "need form with an error");

            browser.findElement(By.id("need:peopleInNeed")).clear();
            browser.findElement(By.id("need:peopleInNeed")).sendKeys("30");
            browser.findElement(By.id("need:save-need")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("need-title")));
            assertThat(browser.findElement(By.id("need-status")).getText()).isEqualTo("Identified");
            assertThat(browser.findElement(By.id("need-severity")).getText()).isEqualTo("3 – serious");

            browser.findElement(By.id("validation:validate")).click();
            wait.until(ExpectedConditions.textToBe(By.id("need-status"), "Validated"));
            assertThat(browser.findElement(By.id("validated-by")).getText()).contains("trnava.officer");

            browser.findElement(By.id("history-link")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
            String history = browser.findElement(By.id("history")).getText();
            assertThat(history).contains("Recorded", "Changed", "trnava.officer", "Validated by");
            Axe.assertAccessible(browser, "need history");

            browser.get(app.uri("/needs/assessment.xhtml?id=" + BRATISLAVA_2026).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
            assertThat(browser.getPageSource()).doesNotContain("round 2026 – Bratislava").doesNotContain("Petržalka");
            browser.get(app.uri("/needs/needs.xhtml?assessment=" + BRATISLAVA_2026).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
            assertThat(browser.getPageSource()).doesNotContain("round 2026 – Bratislava").doesNotContain("Families");
        }
    }

    @Test
    void anOfficerRecordsAnAssessmentFiltersNeedsAndKeepsDistrictsInTheBrowser(LaunchedConvivio app) throws IOException {
        String title = Api.unique("Focus groups with parents");
        String code = "TT-" + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium chromium = Chromium.open(1280, 1024)) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(app.uri("/login.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("trnava.officer");
            browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("signin")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
            browser.findElement(By.id("lang-en")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

            browser.get(app.uri("/needs/assessment-edit.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment:save-assessment")));
            browser.findElement(By.id("assessment:title")).sendKeys(title);
            setDate(browser, "assessment:periodStart", "2026-09-01");
            setDate(browser, "assessment:periodEnd", "2026-06-30");
            new Select(browser.findElement(By.id("assessment:method"))).selectByValue("FOCUS_GROUP");
            browser.findElement(By.id("assessment:leadOrganisation")).sendKeys("Mesto Trnava");
            browser.findElement(By.id("assessment:participants")).sendKeys("36");
            browser.findElement(By.cssSelector("input[name='assessment:populationGroups'][value='women']")).click();
            browser.findElement(By.id("assessment:save-assessment")).click();
            String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment:periodEnd-error"))).getText();
            assertThat(error).contains("cannot be before the start");
            assertThat(browser.findElement(By.id("assessment:title")).getAttribute("value")).isEqualTo(title);
            Axe.assertAccessible(browser, "assessment form with an error");
            setDate(browser, "assessment:periodEnd", "2026-11-30");
            browser.findElement(By.id("assessment:save-assessment")).click();
            wait.until(ExpectedConditions.textToBe(By.id("assessment-title"), title));
            assertThat(browser.findElement(By.id("publication-state")).getText()).isEqualTo("Not published");

            browser.get(app.uri("/needs/needs.xhtml?assessment=" + TRNAVA_2026 + "&severity=4&sort=people-in-need").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("need-filters")));
            assertThat(browser.findElements(By.cssSelector("#need-list tbody tr"))).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getText()).contains("4 – severe"));
            Axe.assertAccessible(browser, "needs list");

            browser.get(app.uri("/needs/districts.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("district-list")));
            assertThat(browser.findElement(By.id("district-list")).getText()).contains("Centrum", "Družba").doesNotContain("Petržalka");
            browser.findElement(By.id("district:name")).sendKeys("Kopánka " + code);
            browser.findElement(By.id("district:code")).sendKeys("TT CE!");
            browser.findElement(By.id("district:save-district")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("district:code-error"))).getText())
                    .contains("short code");
            browser.findElement(By.id("district:code")).clear();
            browser.findElement(By.id("district:code")).sendKeys(code);
            browser.findElement(By.id("district:save-district")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("district-list"), code));

            browser.get(app.uri("/needs/published.xhtml?id=" + TRNAVA_2024).toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("by-district")));
            assertThat(browser.findElement(By.id("by-district")).getText()).contains("fewer than 5");
            Axe.assertAccessible(browser, "published view");
        }
    }

    /** Date inputs take typed text in the browser's locale; setting the value is locale-proof. */
    private static void setDate(WebDriver browser, String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }
}
