package eu.convivio.launcher.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The import page in headless Chromium: an administrator uploads a file and reads the outcome. */
@ExtendWith(SharedConvivio.class)
class CatalogueImportPageIT {

    private static WebDriver browser;
    private static Path profile;
    private static Path files;

    @BeforeAll
    static void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.CHROMEDRIVER),
                "Browser tests skipped: chromium or chromedriver is missing");
        profile = Files.createTempDirectory("convivio-chromium-");
        files = Files.createTempDirectory("convivio-import-files-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserIT.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(BrowserIT.CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            LaunchedConvivio.deleteRecursively(profile);
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
