package eu.convivio.launcher.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium driven through Debian's chromedriver, with a fresh profile, for the browser
 * system tests. Skips the calling test class, with the reason, where chromium or chromium-driver
 * is not installed; .ci/run installs them, so CI always runs these.
 *
 * <p>A click that posts a form or follows a link returns only once the browser shows the page
 * that answers it ({@link WaitForNextPage}). Without that, a test that looks for an element both
 * pages have may find it on the page being replaced, and its next step fails with a stale
 * element or "node does not belong to the document" when the machine is busy.
 */
final class Chromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver chrome, WebDriver driver, Path profile) {
        this.chrome = chrome;
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser with a window of the given size (a phone is 390 wide). */
    static Chromium open(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                        + "(apt-get install chromium chromium-driver; .ci/run does this)");
        Path profile = Files.createTempDirectory("convivio-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // root needs --no-sandbox; the rest keeps Chromium from calling home on a closed network
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        WebDriver driver = new EventFiringDecorator<WebDriver>(new WaitForNextPage(chrome)).decorate(chrome);
        return new Chromium(chrome, driver, profile);
    }

    /** The browser, whose clicks wait for the page they lead to. */
    WebDriver driver() {
        return driver;
    }

    /**
     * Signs in as a demo user through the login form, in a fresh session (whoever was signed in
     * before, and the language chosen, are forgotten), and waits until the page shows the sign-out button.
     */
    void signIn(LaunchedConvivio app, String username) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(app.uri("/login.xhtml").toString());
        driver.manage().deleteAllCookies();
        driver.get(app.uri("/login.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    /** The same browser without that wait, for Chrome's DevTools commands (geolocation). */
    ChromeDriver chrome() {
        return chrome;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        LaunchedConvivio.deleteRecursively(profile);
    }
}
