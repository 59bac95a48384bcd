package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cities' own taxonomies: Trnava's officer adds one through the API and the pages, ticks a term
 * on a service Trnava keeps, and the HSDS API publishes it; other cities, front-desk staff and
 * signed-out callers cannot change it; bad input and stale saves change nothing.
 */
@ExtendWith(SharedConvivio.class)
class CityTaxonomyIT {

    private static final String TAXONOMIES = "/api/catalogue/taxonomies";

    private static JsonArrayBuilder terms() {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "welcome").add("name", "Vitajte v Trnave")
                        .add("names", Json.createObjectBuilder().add("en", "Welcome to Trnava")))
                .add(Json.createObjectBuilder().add("code", "welcome-courses").add("name", "Kurzy slovenčiny").add("parentCode", "welcome"));
    }

    @Test
    void anOfficerKeepsTheirCitysTaxonomyAndNobodyElseChangesIt(Api api) {
        UUID trnava = api.municipalityId("Trnava");
        String name = Api.unique("Trnava programmes");
        JsonObject body = Json.createObjectBuilder().add("municipality", trnava.toString()).add("name", name)
                .add("description", "Programmes the city funds").add("language", "sk").add("terms", terms()).build();
        Api.Reply created = api.post(TAXONOMIES, "trnava.officer", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        String etag = created.header("ETag").orElseThrow();
        assertThat(created.object().getJsonArray("terms")).hasSize(2);

        // public, and in the HSDS API with the rest
        assertThat(api.get(TAXONOMIES + "?municipality=" + trnava, null).body()).contains(name);
        assertThat(api.get("/api/hsds/taxonomies?per_page=200", null).body()).contains(name);
        assertThat(api.get("/api/hsds/taxonomy_terms?taxonomy_id=" + id + "&lang=en", null).body()).contains("Welcome to Trnava");

        JsonObject change = Json.createObjectBuilder().add("name", name).add("language", "sk")
                .add("terms", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "mentoring").add("name", "Mentoring"))).build();
        assertThat(api.put(TAXONOMIES + "/" + id, "sofia.officer", etag, change).status()).isEqualTo(403);
        assertThat(api.put(TAXONOMIES + "/" + id, "trnava.staff", etag, change).status()).isEqualTo(403);
        assertThat(api.put(TAXONOMIES + "/" + id, null, etag, change).status()).isEqualTo(401);
        assertThat(api.post(TAXONOMIES, "sofia.officer", body).status()).as("for another city").isEqualTo(404);

        Api.Reply bad = api.put(TAXONOMIES + "/" + id, "trnava.officer", etag, Json.createObjectBuilder().add("name", " ").add("language", "Slovak")
                .add("terms", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "Bad Code").add("name", "x").add("parentCode", "nowhere"))).build());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"name\"", "\"language\"", "terms[0].code", "terms[0].parentCode");

        Api.Reply saved = api.put(TAXONOMIES + "/" + id, "trnava.officer", etag, change);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.object().getJsonArray("terms")).hasSize(1);
        Api.Reply stale = api.put(TAXONOMIES + "/" + id, "trnava.officer", etag,
                Json.createObjectBuilder(change).add("terms", terms()).build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(TAXONOMIES + "/" + id, null).object().getJsonArray("terms").getJsonObject(0).getString("code")).isEqualTo("mentoring");
    }

    @Test
    void anOfficerAddsATaxonomyInThePagesAndTicksATermOnAService(Api api, LaunchedConvivio app) throws IOException {
        UUID trnava = api.municipalityId("Trnava");
        JsonObject hit = api.get("/api/catalogue/search?municipality=" + trnava + "&per_page=1", null).object()
                .getJsonArray("contents").getJsonObject(0);
        String serviceId = hit.getString("id");
        String name = Api.unique("Trnava neighbourhoods");
        try (Chromium chromium = Chromium.open(1280, 1400)) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(app.uri("/login.xhtml?next=/catalogue/edit/taxonomy.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("trnava.officer");
            browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("signin")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
            browser.findElement(By.id("lang-en")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            browser.get(app.uri("/catalogue/edit/taxonomy.xhtml").toString());

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taxonomy:name"))).sendKeys(name);
            WebElement language = browser.findElement(By.id("taxonomy:language"));
            language.clear();
            language.sendKeys("sk");
            browser.findElement(By.id("taxonomy:terms:0:code")).sendKeys("Old Town");
            browser.findElement(By.id("taxonomy:terms:0:name")).sendKeys("Staré Mesto");
            browser.findElement(By.id("taxonomy:save")).click();
            // the code with a space and capitals is refused beside its field; the name stays typed
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='taxonomy:terms:0:code'] + .field-error, #taxonomy .field-error")));
            assertThat(error.getText()).contains("lower-case");
            assertThat(browser.findElement(By.id("taxonomy:terms:0:name")).getAttribute("value")).isEqualTo("Staré Mesto");
            WebElement code = browser.findElement(By.id("taxonomy:terms:0:code"));
            code.clear();
            code.sendKeys("old-town");
            browser.findElement(By.id("taxonomy:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("taxonomy-messages"), "was saved"));

            browser.get(app.uri("/catalogue/edit/service.xhtml?id=" + serviceId).toString());
            WebElement term = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//fieldset[contains(@class,'city-taxonomy')][legend[normalize-space()='" + name + "']]//input[@type='checkbox']")));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", term);
            term.click();
            browser.findElement(By.id("service:save-service")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page-messages .success, .page-messages li")));
        }
        Api.Reply service = api.get("/api/catalogue/services/" + serviceId, null);
        assertThat(service.object().getJsonArray("local_terms")).hasSize(1);
        String termId = service.object().getJsonArray("local_terms").getString(0);
        assertThat(api.get("/api/hsds/services/" + serviceId, null).body()).contains(termId);
    }
}
