package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue editor in headless Chromium: an officer edits a service and sees it saved; a form
 * opened before someone else's change is refused with the conflict table, and the officer's input
 * stays in the form; an officer adds a confidential location, a bad coordinate shown beside its
 * field first; a council member is told why they cannot edit. Set up as {@link BrowserIT}.
 */
@ExtendWith(SharedConvivio.class)
class CatalogueEditorBrowserIT {

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

    @BeforeEach
    void signedOut(LaunchedConvivio app) {
        browser.get(app.uri("/").toString());
        browser.manage().deleteAllCookies();
    }


    @Test
    void anOfficerEditsAServiceAndAStaleFormShowsWhatChanged(LaunchedConvivio app, Api api) {
        String id = CatalogueEditingIT.sofiaService(api, 5);
        chromium.signIn(app, "sofia.officer");

        browser.get(app.uri("/catalogue/edit/index.xhtml").toString());
        assertThat(waitFor(By.id("services")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#services a[href*='" + id + "']"))).isNotEmpty();

        browser.get(app.uri("/catalogue/edit/service.xhtml?id=" + id).toString());
        String saved = Api.unique("Legal advice, Sofia");
        fill("service:name", saved);
        waitFor(By.id("service:save-service")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), saved));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(saved);
        assertThat(api.get("/api/catalogue/services/" + id, null).object().getString("name")).isEqualTo(saved);

        // the form is open at the current version; meanwhile Sofia's municipal administrator renames the service
        JsonObject current = api.get("/api/catalogue/services/" + id, null).object();
        String theirs = Api.unique("Renamed by the administrator");
        Api.Reply meanwhile = api.put("/api/catalogue/services/" + id, "sofia.admin", null,
                Json.createObjectBuilder(current).add("name", theirs).build());
        assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);

        String mine = Api.unique("Officer's late edit");
        fill("service:name", mine);
        waitFor(By.id("service:save-service")).click();

        WebElement conflict = waitFor(By.id("conflict"));
        String table = browser.findElement(By.id("conflict-changes")).getText();
        assertThat(table).contains(saved).contains(theirs);
        assertThat(conflict.getText()).isNotBlank();
        assertThat(browser.findElement(By.id("service:name")).getAttribute("value")).as("the officer's input is kept").isEqualTo(mine);
        assertThat(api.get("/api/catalogue/services/" + id, null).object().getString("name")).isEqualTo(theirs);

        waitFor(By.id("service:save-over")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), mine));
        assertThat(api.get("/api/catalogue/services/" + id, null).object().getString("name")).isEqualTo(mine);
    }

    @Test
    void badInputIsShownBesideTheFieldsAndNothingIsSaved(LaunchedConvivio app, Api api) {
        String id = CatalogueEditingIT.sofiaService(api, 6);
        JsonObject before = api.get("/api/catalogue/services/" + id, null).object();
        chromium.signIn(app, "sofia.officer");

        browser.get(app.uri("/catalogue/edit/service.xhtml?id=" + id).toString());
        fill("service:name", " ");
        fill("service:minimum_age", "40");
        fill("service:maximum_age", "12");
        waitFor(By.id("service:save-service")).click();

        assertThat(waitFor(By.id("service:name-error")).getText()).isNotBlank();
        assertThat(waitFor(By.id("service:maximum_age-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("service:name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("service:minimum_age")).getAttribute("value")).as("input kept").isEqualTo("40");
        JsonObject after = api.get("/api/catalogue/services/" + id, null).object();
        assertThat(after.getString("name")).isEqualTo(before.getString("name"));
        assertThat(after.getJsonNumber("version")).isEqualTo(before.getJsonNumber("version"));
    }

    @Test
    void anOfficerRegistersAnOrganisationWithATranslatedNameAndAPhone(LaunchedConvivio app, Api api) {
        chromium.signIn(app, "sofia.officer");
        browser.get(app.uri("/catalogue/edit/organization.xhtml").toString());
        String name = Api.unique("Association for refugee women, Sofia");
        fill("organization:name", name);
        fill("organization:description", "Counselling and courses for refugee women.");
        waitFor(By.id("organization:add-translation")).click();
        fill("organization:translations:0:language", "bg");
        fill("organization:translations:0:text", "Сдружение за жени бежанки");
        waitFor(By.id("organization:add-phone")).click();
        fill("organization:phones:0:number", "+359 2 987 6543");
        waitFor(By.id("organization:save-organization")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), name));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

        JsonObject saved = api.get("/api/catalogue/organizations/" + id, null).object();
        assertThat(saved.getJsonArray("translations").getJsonObject(0).getString("text")).isEqualTo("Сдружение за жени бежанки");
        assertThat(saved.getJsonArray("translations").getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(saved.getJsonArray("phones").getJsonObject(0).getString("number")).isEqualTo("+359 2 987 6543");
        // the form shows them again, and a translation in a bad language tag is refused beside it
        assertThat(waitFor(By.id("organization:translations:0:text")).getAttribute("value")).isEqualTo("Сдружение за жени бежанки");
        fill("organization:translations:0:language", "Bulgarian");
        waitFor(By.id("organization:save-organization")).click();
        assertThat(waitFor(By.id("organization:translations:0:language")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(api.get("/api/catalogue/organizations/" + id, null).object().getJsonArray("translations").getJsonObject(0)
                .getString("language")).isEqualTo("bg");
    }

    @Test
    void anOfficerAddsAConfidentialLocationAndABadCoordinateIsShownBesideIt(LaunchedConvivio app, Api api) {
        chromium.signIn(app, "sofia.officer");
        browser.get(app.uri("/catalogue/edit/location.xhtml").toString());
        Select organisation = new Select(waitFor(By.id("location:organization_id")));
        organisation.selectByIndex(organisation.getOptions().size() - 1);
        new Select(waitFor(By.id("location:location_type"))).selectByValue("physical");
        waitFor(By.id("location:confidential")).click();
        String name = Api.unique("Safe house for women, Sofia");
        fill("location:name", name);
        fill("location:address1", "ul. Tsar Simeon 1");
        fill("location:city", "Sofia");
        fill("location:country", "BG");
        fill("location:latitude", "95");
        fill("location:longitude", "23.32");
        waitFor(By.id("location:save-location")).click();

        assertThat(waitFor(By.id("location:latitude-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("location:latitude")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("location:name")).getAttribute("value")).as("input kept").isEqualTo(name);
        assertThat(browser.getCurrentUrl()).as("nothing saved, so no id yet").doesNotContain("id=");

        fill("location:latitude", "42.6977");
        waitFor(By.id("location:save-location")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), name));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

        JsonObject saved = api.get("/api/catalogue/locations/" + id, "sofia.officer").object();
        assertThat(saved.getString("name")).isEqualTo(name);
        assertThat(saved.getBoolean("confidential")).isTrue();
        assertThat(saved.getJsonNumber("latitude").doubleValue()).isEqualTo(42.6977);
        assertThat(saved.getJsonObject("address").getString("city")).isEqualTo("Sofia");
        assertThat(api.get("/api/catalogue/locations/" + id, null).status()).as("confidential: not shown publicly").isEqualTo(404);
    }

    @Test
    void aCouncilMemberIsToldWhyTheyCannotEdit(LaunchedConvivio app) {
        chromium.signIn(app, "sofia.council");

        browser.get(app.uri("/catalogue/edit/index.xhtml").toString());

        assertThat(waitFor(By.id("no-rights")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("services"))).isEmpty();
        assertThat(browser.findElements(By.id("error-title"))).isEmpty();
    }


    private void fill(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
