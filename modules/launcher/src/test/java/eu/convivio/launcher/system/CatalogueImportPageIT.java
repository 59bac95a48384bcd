package eu.convivio.launcher.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import page in headless Chromium: an administrator uploads a file and reads the outcome. */
@ExtendWith(SharedConvivio.class)
class CatalogueImportPageIT {

    private static Chromium chromium;
    private static WebDriver browser;
    private static Path files;

    @BeforeAll
    static void openBrowser() throws IOException {
        chromium = Chromium.open(1280, 1024);
        browser = chromium.driver();
        files = Files.createTempDirectory("convivio-import-files-");
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
    void anAdministratorImportsAndSeesEveryProblemThenTheCounts(LaunchedConvivio app, Api api) throws IOException {
        browser.get(app.uri("/login.xhtml").toString());
        waitFor(By.id("username")).sendKeys("admin");
        waitFor(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        waitFor(By.id("signin")).click();
        waitFor(By.id("logout"));

        browser.get(app.uri("/catalogue/edit/import.xhtml").toString());
        Path bad = files.resolve("bad.json");
        Files.writeString(bad, """
                [
                  {"id": "not-a-uuid", "name": "A service", "status": "open"}
                ]""", StandardCharsets.UTF_8);
        upload(bad);

        WebElement errors = waitFor(By.id("import-errors"));
        List<String> rows = errors.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("services.json", "2", "[0].status", "must be one of"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("[0].id", "not a UUID"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("[0].organization_id", "is required"));
        assertThat(browser.findElement(By.id("page-messages")).getText()).contains("Nothing was imported");

        Path good = files.resolve("catalogue.json");
        Files.writeString(good, api.get("/api/catalogue/export?format=json", null).body(), StandardCharsets.UTF_8);
        upload(good);

        WebElement counts = waitFor(By.id("import-counts"));
        assertThat(counts.getText()).contains("service", "service_at_location");
        assertThat(browser.findElements(By.id("import-errors"))).isEmpty();
    }

    private void upload(Path file) {
        waitFor(By.id("import-form")).findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        waitFor(By.id("import-form:import-submit")).click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
