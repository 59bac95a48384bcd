package eu.convivio.launcher.system;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation and monitoring pages in headless Chromium on the Košice demo strategy: a member
 * of the public comments (and is told beside the field what is missing), the secretariat answers,
 * a council member records an indicator value, and every page passes axe-core. Košice's accounts
 * prefer Slovak, so their pages speak Slovak. Set up as {@link BrowserIT}.
 */
@ExtendWith(SharedConvivio.class)
class StrategyConsultationBrowserIT {

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

    @BeforeEach
    void signedOut(LaunchedConvivio app) {
        browser.get(app.uri("/").toString());
        browser.manage().deleteAllCookies();
    }

    @Test
    void aMemberOfThePublicCommentsDuringTheWindow(LaunchedConvivio app) {
        browser.get(app.uri("/strategy/consultation.xhtml?id=" + KOSICE).toString());
        Axe.assertAccessible(browser, "consultation");

        // nothing chosen, nothing written: each field says so
        waitFor(By.id("comment:send")).click();
        assertThat(waitFor(By.id("comment:text-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("comment:target-error")).getText()).isNotBlank();
        Axe.assertAccessible(browser, "consultation with errors");

        new Select(waitFor(By.id("comment:target"))).selectByIndex(2);
        fill("comment:text", "Please add opening hours in the evening. " + UUID.randomUUID());
        fill("comment:authorOrganisation", "Komunitné centrum");
        waitFor(By.id("comment:send")).click();
        assertThat(waitFor(By.cssSelector(".page-messages")).getText()).contains("Thank you");

        browser.get(app.uri("/strategy/consultation-report.xhtml?id=" + KOSICE).toString());
        assertThat(waitFor(By.cssSelector("p.notice")).getText()).contains("published when the consultation closes");
        Axe.assertAccessible(browser, "report before the window closes");
    }

    @Test
    void theSecretariatAnswersACommentInTheBrowser(LaunchedConvivio app, Api api) {
        api.post("/api/strategies/" + KOSICE + "/consultation/comments", "trnava.staff", jakarta.json.Json.createObjectBuilder()
                .add("targetKind", "section")
                .add("targetId", UUID.nameUUIDFromBytes("convivio-demo:strategy-lineage:kosice:intro".getBytes(StandardCharsets.UTF_8)).toString())
                .add("text", "A comment to answer in the browser").build());
        chromium.signIn(app, "kosice.council");
        browser.get(app.uri("/strategy/consultation-answers.xhtml?id=" + KOSICE + "&unanswered=true").toString());
        WebElement first = waitFor(By.cssSelector("article.comment"));
        Axe.assertAccessible(browser, "answering comments");
        first.findElement(By.cssSelector("input[value='partly_accepted']")).click();
        first.findElement(By.cssSelector("textarea[name='reason']")).sendKeys("Partly: the budget allows evening hours twice a week.");
        first.findElement(By.cssSelector("input[type='submit']")).click();
        assertThat(waitFor(By.cssSelector(".page-messages")).getText()).contains("Odpoveď bola uložená");
    }

    @Test
    void aCouncilMemberRecordsAValueOnTheDashboardAndSeesTheChart(LaunchedConvivio app) {
        browser.get(app.uri("/strategy/monitoring.xhtml?id=" + KOSICE).toString());
        assertThat(waitFor(By.cssSelector("svg.indicator-chart")).getAttribute("role")).isEqualTo("img");
        assertThat(browser.findElements(By.id("value:save-value"))).isEmpty();
        Axe.assertAccessible(browser, "public monitoring");

        chromium.signIn(app, "kosice.council");
        browser.get(app.uri("/strategy/monitoring.xhtml?id=" + KOSICE).toString());
        new Select(waitFor(By.id("value:indicator"))).selectByIndex(1);
        fill("value:value", "12.5");
        String source = "Browser test register " + UUID.randomUUID().toString().substring(0, 8);
        fill("value:source", source);
        waitFor(By.id("value:save-value")).click();
        assertThat(waitFor(By.cssSelector(".page-messages")).getText()).contains("Hodnota bola uložená");
        assertThat(browser.getPageSource()).contains(source);

        browser.get(app.uri("/strategy/coverage.xhtml?id=" + KOSICE).toString());
        waitFor(By.tagName("h1"));
        Axe.assertAccessible(browser, "coverage");
        String measure = UUID.nameUUIDFromBytes("convivio-demo:strategy-lineage:kosice:measure-interpreting".getBytes(StandardCharsets.UTF_8)).toString();
        browser.get(app.uri("/strategy/measure-links.xhtml?id=" + KOSICE + "&measure=" + measure).toString());
        waitFor(By.id("need-form:link-need"));
        Axe.assertAccessible(browser, "link editor");
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
