package eu.convivio.launcher.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in headless Chromium, as a person uses it. Element ids are the contract with
 * the pages (login: username, password, signin, login-error; header: logout, lang-en/el/bg/sk;
 * admin forms; error pages: error-title). Skipped, with the reason, where Debian's chromium and
 * chromium-driver are not installed; .ci/run installs them, so CI always runs these.
 */
@ExtendWith(SharedConvivio.class)
class BrowserIT {

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
    void signingInShowsTheUsersName(LaunchedConvivio app) {
        signIn(app, "sofia.officer", Api.DEMO_PASSWORD);

        waitFor(By.id("logout"));
        assertThat(pageText()).contains("Integration officer, Sofia");
        assertThat(browser.findElements(By.id("login-error"))).noneMatch(WebElement::isDisplayed);
    }

    @Test
    void aWrongPasswordIsToldAndNothingElse(LaunchedConvivio app) {
        signIn(app, "sofia.trainer", "not-the-password");

        WebElement error = waitFor(By.id("login-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.findElements(By.id("logout"))).isEmpty();
        assertThat(pageText()).doesNotContain("Trainer, Sofia");
    }

    @Test
    void theInterfaceSwitchesToGreek(LaunchedConvivio app) {
        browser.get(app.uri("/login.xhtml").toString());
        String english = pageText();

        waitFor(By.id("lang-el")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                "el".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(pageText()).isNotEqualTo(english).containsPattern("\\p{IsGreek}{4,}");
        assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
    }

    @Test
    void anAdministratorCreatesAMunicipalityAndAnAccountThatCanSignIn(LaunchedConvivio app) {
        String town = "Testville " + UUID.randomUUID().toString().substring(0, 6);
        String username = "tester." + UUID.randomUUID().toString().substring(0, 6);
        String password = "a long enough passphrase 42";
        signIn(app, "admin", Api.DEMO_PASSWORD);
        waitFor(By.id("logout"));

        browser.get(app.uri("/admin/municipalities.xhtml").toString());
        fill("name", town);
        fill("country", "SK");
        fill("kind", "MUNICIPALITY");
        fill("defaultLanguage", "sk");
        fill("timeZone", "Europe/Bratislava");
        waitFor(By.id("create-municipality")).click();
        waitForText(town);

        browser.get(app.uri("/admin/accounts.xhtml").toString());
        fill("username", username);
        fill("displayName", "Tess Tester");
        fill("email", username + "@example.org");
        fill("preferredLanguage", "en");
        fill("password", password);
        fill("municipality", town);
        fill("role", "OFFICER");
        waitFor(By.id("create-account")).click();
        waitForText(username);

        waitFor(By.id("logout")).click();
        waitFor(By.id("signin-link"));
        signIn(app, username, password);
        waitFor(By.id("logout"));
        assertThat(pageText()).contains("Tess Tester");
    }

    @Test
    void aLearnerMeetsAForbiddenPageInsteadOfTheAdministration(LaunchedConvivio app) {
        signIn(app, "trnava.staff", Api.DEMO_PASSWORD);
        waitFor(By.id("logout"));

        browser.get(app.uri("/admin/accounts.xhtml").toString());

        assertThat(waitFor(By.id("error-title")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("error-code")).getText()).contains("403");
        assertThat(browser.findElements(By.id("create-account"))).isEmpty();
    }

    @Test
    void theSignedInSessionCannotChangeAnythingThroughTheApi(LaunchedConvivio app, Api api) {
        signIn(app, "admin", Api.DEMO_PASSWORD);
        waitFor(By.id("logout"));
        Cookie session = browser.manage().getCookieNamed("CONVIVIO_SESSION");
        assertThat(session).as("the session cookie").isNotNull();

        Api.Reply refused = api.send(api.request("/api/municipalities", null)
                .header("Cookie", session.getName() + "=" + session.getValue())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Forged\",\"country\":\"SK\",\"kind\":\"MUNICIPALITY\","
                        + "\"defaultLanguage\":\"sk\",\"timeZone\":\"Europe/Bratislava\"}")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.object().getString("type")).endsWith("/bearer-token-required");
        // reading with the session is fine: it is the same person, and reads cannot be forged usefully
        Api.Reply me = api.send(api.request("/api/me", null).header("Cookie", session.getName() + "=" + session.getValue()));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.object().getString("username")).isEqualTo("admin");
    }

    private void signIn(LaunchedConvivio app, String username, String password) {
        browser.get(app.uri("/login.xhtml").toString());
        fill("username", username);
        fill("password", password);
        waitFor(By.id("signin")).click();
    }

    /** Types into an input, or chooses in a select by its visible text or value. */
    private void fill(String id, String value) {
        WebElement field = waitFor(By.id(id));
        if (field.getTagName().toLowerCase(Locale.ROOT).equals("select")) {
            Select select = new Select(field);
            select.getOptions().stream()
                    .filter(o -> o.getText().strip().equals(value) || value.equals(o.getAttribute("value")))
                    .findFirst()
                    .or(() -> select.getOptions().stream().filter(o -> o.getText().contains(value)).findFirst())
                    .orElseThrow(() -> new AssertionError("no option '" + value + "' in #" + id))
                    .click();
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    private WebElement waitFor(By locator) {
        // a post-back replaces the page: an element found just before may be gone when it is asked about
        return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the page shows the text. The page may be replaced while it is read (the form's
     * answer arriving); Chromium then reports the old body as gone, which only means "not yet".
     */
    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
