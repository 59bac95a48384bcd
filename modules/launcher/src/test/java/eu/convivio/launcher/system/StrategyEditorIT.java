package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategy editor's gaps closed: sections placed under another parent and moved up and down
 * (over HTTP, with the section's lock, tenancy and roles, and in the page), measures flagged for
 * review shown beside the measure with the withdrawn service and cleared from the editor, and the
 * Košice demo's measures linked to the region's severe needs and to a course. Every record changed
 * here is this test's own.
 */
@ExtendWith(SharedConvivio.class)
class StrategyEditorIT {

    private static final String STRATEGIES = "/api/strategies/";
    private static final String KOSICE = UUID.nameUUIDFromBytes("convivio-demo:strategy:kosice".getBytes(StandardCharsets.UTF_8)).toString();

    private static Chromium chromium;
    private static WebDriver browser;

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

    private static String lineage(String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:strategy-lineage:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void problem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static String ownStrategy(Api api) {
        Api.Reply created = api.post("/api/strategies", "kosice.council", Json.createObjectBuilder()
                .add("municipalityId", api.municipalityId("Košice Self-Governing Region").toString())
                .add("title", Api.unique("Editor test strategy")).add("language", "sk")
                .add("periodFrom", "2026-01-01").add("periodTo", "2030-12-31").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getString("id");
    }

    private static JsonObject addSection(Api api, String strategy, String heading, String parentId) {
        var body = Json.createObjectBuilder().add("heading", heading).add("body", "Text of " + heading);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        Api.Reply added = api.post(STRATEGIES + strategy + "/sections", "kosice.council", body.build());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.object();
    }

    /** The open draft's sections by heading. */
    private static Map<String, JsonObject> sections(Api api, String strategy) {
        String draft = api.get(STRATEGIES + strategy, "kosice.council").object().getJsonArray("versions").getJsonObject(0).getString("id");
        return api.get(STRATEGIES + strategy + "/versions/" + draft, "kosice.council").object().getJsonArray("sections")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(s -> s.getString("heading"), Function.identity()));
    }

    private static Api.Reply place(Api api, String strategy, String section, String user, String ifMatch, JsonObject body) {
        HttpRequest.Builder request = api.request(STRATEGIES + strategy + "/sections/" + section + "/placement", user)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    private static JsonObject under(String parentId) {
        return Json.createObjectBuilder().add("parentId", parentId == null ? JsonValue.NULL : Json.createValue(parentId)).build();
    }

    @Test
    void aSectionGoesUnderAnotherParentButNeverUnderItselfWithItsLockTenancyAndRoles(Api api) {
        String strategy = ownStrategy(api);
        JsonObject housing = addSection(api, strategy, "Housing", null);
        JsonObject work = addSection(api, strategy, "Work", null);
        JsonObject rent = addSection(api, strategy, "Rent", housing.getString("id"));
        String housingId = housing.getString("id");
        String workId = work.getString("id");
        String tag = "\"" + work.getJsonNumber("version").longValue() + "\"";

        // never under itself or one of its own subsections: 422 naming parentId, nothing moved
        Api.Reply circular = place(api, strategy, housingId, "kosice.council", "\"" + housing.getJsonNumber("version").longValue() + "\"",
                under(rent.getString("id")));
        problem(circular, 422);
        assertThat(circular.body()).contains("parentId");
        problem(place(api, strategy, housingId, "kosice.council", "\"" + housing.getJsonNumber("version").longValue() + "\"",
                under(housingId)), 422);
        problem(place(api, strategy, workId, "kosice.council", tag, under(UUID.randomUUID().toString())), 422);
        problem(place(api, strategy, workId, "kosice.council", tag, Json.createObjectBuilder().add("parentId", "not-an-id").build()), 400);
        // the lock: a stale version is refused with the newer text, no version at all is bad input
        Api.Reply stale = place(api, strategy, workId, "kosice.council", "\"" + (work.getJsonNumber("version").longValue() + 7) + "\"",
                under(housingId));
        problem(stale, 409);
        problem(place(api, strategy, workId, "kosice.council", null, under(housingId)), 422);
        // roles and tenancy
        problem(place(api, strategy, workId, "kosice.officer", tag, under(housingId)), 403);
        problem(place(api, strategy, workId, "bratislava.council", tag, under(housingId)), 404);
        assertThat(place(api, strategy, workId, null, tag, under(housingId)).status()).isEqualTo(401);
        assertThat(sections(api, strategy).get("Work").isNull("parentId")).as("nothing moved").isTrue();

        Api.Reply moved = place(api, strategy, workId, "kosice.council", tag, under(housingId));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Map<String, JsonObject> after = sections(api, strategy);
        assertThat(after.get("Work").getString("parentId")).isEqualTo(housingId);
        assertThat(after.get("Rent").getString("number")).isEqualTo("1.1");
        assertThat(after.get("Work").getString("number")).as("after the parent's subsections").isEqualTo("1.2");

        // one place up among its new siblings, with its lock
        String newTag = moved.header("ETag").orElseThrow();
        Api.Reply up = api.send(api.request(STRATEGIES + strategy + "/sections/" + workId + "/move?step=-1", "kosice.council")
                .header("If-Match", newTag).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(up.status()).as(up.toString()).isEqualTo(200);
        assertThat(sections(api, strategy).get("Work").getString("number")).isEqualTo("1.1");
        assertThat(sections(api, strategy).get("Rent").getString("number")).isEqualTo("1.2");

        // back to the top level; the version goes in the body this time
        long version = sections(api, strategy).get("Work").getJsonNumber("version").longValue();
        Api.Reply top = place(api, strategy, workId, "kosice.council", null,
                Json.createObjectBuilder().add("parentId", JsonValue.NULL).add("version", version).build());
        assertThat(top.status()).as(top.toString()).isEqualTo(200);
        assertThat(sections(api, strategy).get("Work").getString("number")).isEqualTo("2");
    }

    @Test
    void theKosiceDemoLinksMeasuresToTheRegionsSevereNeedsAndToACourse(Api api) {
        String interpreting = lineage("kosice:measure-interpreting");
        List<JsonObject> needs = api.get(STRATEGIES + KOSICE + "/measures/" + interpreting + "/links", "kosice.council").object()
                .getJsonArray("needs").getValuesAs(JsonObject.class);
        List<JsonObject> allNeeds = List.of(lineage("kosice:measure-interpreting"), lineage("kosice:measure-language"),
                        lineage("kosice:measure-recognition")).stream()
                .flatMap(m -> api.get(STRATEGIES + KOSICE + "/measures/" + m + "/links", "kosice.council").object()
                        .getJsonArray("needs").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(allNeeds).isNotEmpty();
        assertThat(allNeeds).allSatisfy(n -> assertThat(n.getString("detail")).containsPattern("severity [45]"));
        assertThat(needs).isNotEmpty();
        // the public sees the adopted strategy's links, never the region's needs
        assertThat(api.get(STRATEGIES + KOSICE + "/measures/" + interpreting + "/links", null).object().getJsonArray("needs")).isEmpty();

        String need = needs.get(0).getString("targetId");
        Api.Reply addressing = api.get("/api/strategies/measures?need=" + need, "kosice.officer");
        assertThat(addressing.status()).as(addressing.toString()).isEqualTo(200);
        assertThat(addressing.array().getValuesAs(JsonObject.class)).extracting(m -> m.getString("measureId")).contains(interpreting);
        problem(api.get("/api/strategies/measures?need=" + need, "bratislava.officer"), 404);

        List<JsonObject> courses = api.get(STRATEGIES + KOSICE + "/measures/" + lineage("kosice:measure-staff-training") + "/links", null)
                .object().getJsonArray("courses").getValuesAs(JsonObject.class);
        assertThat(courses).extracting(c -> c.getString("name")).contains("Working with interpreters");
    }

    @Test
    void theEditorShowsAFlaggedMeasureWithTheWithdrawnServiceAndTheCouncilClearsIt(Api api, LaunchedConvivio app) {
        String strategy = ownStrategy(api);
        Api.Reply measure = api.post(STRATEGIES + strategy + "/measures", "kosice.council",
                Json.createObjectBuilder().add("title", "Tlmočenie v nemocnici").add("status", "in_progress").add("progress", 10).build());
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        assertThat(measure.object().getString("status")).isEqualTo("in_progress");
        String measureLineage = measure.object().getString("lineageId");
        String serviceName = Api.unique("Nemocničné tlmočenie");
        String service = ownService(api, serviceName);
        String links = STRATEGIES + strategy + "/measures/" + measureLineage + "/links";
        Api.Reply linked = api.post(links, "kosice.council", Json.createObjectBuilder().add("kind", "service").add("targetId", service).build());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.object().getString("kind")).isEqualTo("service");
        long version = api.get("/api/catalogue/services/" + service, null).object().getJsonNumber("version").longValue();
        Api.Reply withdrawn = api.put("/api/catalogue/services/" + service + "/status", "kosice.officer", "\"" + version + "\"",
                Json.createObjectBuilder().add("status", "defunct").build());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        List<JsonObject> flags = api.get(STRATEGIES + strategy + "/monitoring/review-flags", "kosice.council").array().getValuesAs(JsonObject.class);
        assertThat(flags).singleElement().satisfies(f -> assertThat(f.getString("reason")).isEqualTo("service_withdrawn"));
        String flag = flags.get(0).getString("id");
        // only the strategy's council clears; another city's council learns nothing of it
        problem(api.post(STRATEGIES + strategy + "/monitoring/review-flags/" + flag + "/clear", "kosice.officer",
                Json.createObjectBuilder().build()), 403);
        problem(api.post(STRATEGIES + strategy + "/monitoring/review-flags/" + flag + "/clear", "bratislava.council",
                Json.createObjectBuilder().build()), 404);
        problem(api.post(STRATEGIES + strategy + "/monitoring/review-flags/" + flag + "/clear", "kosice.council",
                Json.createObjectBuilder().add("note", "x".repeat(1001)).build()), 422);

        chromium.signIn(app, "kosice.council");
        browser.get(app.uri("/strategy/edit.xhtml?id=" + strategy).toString());
        WebElement flagged = waitFor(By.id("flags-" + measureLineage));
        assertThat(flagged.getText()).contains(serviceName).contains("stiahnutá z katalógu");
        assertThat(browser.findElement(By.id("measure-" + measureLineage)).getText()).contains("preveriť");
        Axe.assertAccessible(browser, "editor with a flagged measure");

        // the measure's own page says it too, and points to where the flag is cleared
        browser.get(app.uri("/strategy/measure.xhtml?strategy=" + strategy + "&id=" + measure.object().getString("id")).toString());
        assertThat(waitFor(By.id("measure-flags")).getText()).contains(serviceName).contains("stiahnutá z katalógu");
        Axe.assertAccessible(browser, "measure page with a review flag");

        browser.get(app.uri("/strategy/edit.xhtml?id=" + strategy).toString());
        flagged = waitFor(By.id("flags-" + measureLineage));
        flagged.findElement(By.id("note-" + flag)).sendKeys("Tlmočenie preberá iná organizácia.");
        flagged.findElement(By.id("f_" + flag + ":clear")).click();
        assertThat(waitFor(By.cssSelector(".page-messages")).getText()).contains("Označenie na preverenie bolo zrušené");
        assertThat(browser.findElements(By.id("flags-" + measureLineage))).isEmpty();
        assertThat(api.get(STRATEGIES + strategy + "/monitoring/review-flags", "kosice.council").array()).isEmpty();
        // cleared once: a second clearing is a conflict
        problem(api.post(STRATEGIES + strategy + "/monitoring/review-flags/" + flag + "/clear", "kosice.council",
                Json.createObjectBuilder().build()), 409);
    }

    @Test
    void theEditorPlacesASectionUnderAnotherAndOffersNoParentBelowItself(Api api, LaunchedConvivio app) {
        String strategy = ownStrategy(api);
        String housing = addSection(api, strategy, "Bývanie", null).getString("id");
        String rent = addSection(api, strategy, "Nájomné", housing).getString("id");
        String work = addSection(api, strategy, "Práca", null).getString("id");

        chromium.signIn(app, "kosice.council");
        browser.get(app.uri("/strategy/edit.xhtml?id=" + strategy).toString());
        Select housingParents = new Select(waitFor(By.id("s_" + housing + ":parent")));
        assertThat(housingParents.getOptions()).extracting(o -> o.getAttribute("value")).doesNotContain(housing, rent).contains(work);
        Axe.assertAccessible(browser, "editor with section placement");

        new Select(browser.findElement(By.id("s_" + work + ":parent"))).selectByValue(housing);
        browser.findElement(By.id("s_" + work + ":place")).click();
        assertThat(waitFor(By.cssSelector(".page-messages")).getText()).contains("Kapitola bola presunutá");
        assertThat(waitFor(By.id("section-" + work)).findElement(By.tagName("h3")).getText()).startsWith("1.2");

        waitFor(By.id("s_" + work + ":up")).click();
        assertThat(waitFor(By.id("section-" + work)).findElement(By.tagName("h3")).getText()).startsWith("1.1");
        assertThat(browser.findElement(By.id("section-" + rent)).findElement(By.tagName("h3")).getText()).startsWith("1.2");
        assertThat(sections(api, strategy).get("Práca").getString("parentId")).isEqualTo(housing);
    }

    /** A service of the officer's own making (copied from an active one), so that no demo record changes. */
    private static String ownService(Api api, String name) {
        String template = api.get("/api/catalogue/services", "kosice.officer").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> "active".equals(s.getString("status"))).map(s -> s.getString("id")).findFirst().orElseThrow();
        JsonObject copy = api.get("/api/catalogue/services/" + template, null).object();
        var body = Json.createObjectBuilder(copy).remove("id").remove("version").add("name", name)
                .add("schedules", Json.createArrayBuilder());
        for (String readOnly : List.of("last_modified", "needs_review")) {
            body.remove(readOnly);
        }
        Api.Reply created = api.post("/api/catalogue/services", "kosice.officer", body.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getString("id");
    }


    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
