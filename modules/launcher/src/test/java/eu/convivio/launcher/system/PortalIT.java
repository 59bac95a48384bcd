package eu.convivio.launcher.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal in headless Chromium, signed out, as a newcomer uses it: the home page's
 * search, the search page's filters, facet counts and pages, a service's page, an organisation's
 * page, the 404 page; and axe-core's WCAG 2.1 A/AA rules on each of them, the good-practice pages and a
 * communication card, in two languages. Element
 * ids are the contract with the pages (search: q, municipality, theme, spoken, status, age, free,
 * open, sort, filter-submit, search-count, results, page-next, page-previous; service:
 * service-name, service-where, service-eligibility).
 */
@ExtendWith(SharedConvivio.class)
class PortalIT {

    private static final String LEGAL_AID_BG = "Безплатна правна помощ за търсещи закрила";

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
    void signedOutInEnglish(LaunchedConvivio app) {
        browser.manage().window().setSize(new Dimension(1280, 1024));
        browser.get(app.uri("/").toString());
        browser.manage().deleteAllCookies();
    }

    /** DESIGN's "done when": in Bulgarian, free legal counselling for asylum seekers in Sofia. */
    @Test
    void aNewcomerFindsFreeLegalCounsellingForAsylumSeekersInSofiaInBulgarian(LaunchedConvivio app) {
        open(app, "/?lang=bg");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("bg");

        fill("home-q", "правна помощ");
        navigate(By.id("home-search-submit"));
        waitFor(By.id("search-count"));
        choose("municipality", "Sofia");
        choose("status", "asylum_seeker");
        check("free");
        navigate(By.id("filter-submit"));

        assertThat(browser.getCurrentUrl()).contains("status=asylum_seeker").contains("free=on").contains("q=");
        WebElement result = waitFor(By.linkText(LEGAL_AID_BG));
        assertThat(count()).isPositive();
        navigate(By.linkText(LEGAL_AID_BG));

        assertThat(waitFor(By.id("service-name")).getText()).isEqualTo(LEGAL_AID_BG);
        String where = browser.findElement(By.id("service-where")).getText();
        assertThat(where).contains("София").containsPattern("ул\\. .+ \\d+");
        assertThat(where).contains("понеделник – четвъртък, 09:30–17:00");
        assertThat(browser.findElement(By.id("service-eligibility")).getText()).contains("Търсещи закрила");
        assertThat(browser.findElement(By.id("service-free")).getText()).isEqualTo("Безплатно");
        assertThat(browser.findElement(By.id("service-languages")).getText()).contains("Персийски", "Арабски");
    }

    @Test
    void aFacetCountSaysHowManyResultsTheFilterLeaves(LaunchedConvivio app) {
        open(app, "/catalogue/search.xhtml?lang=en");
        long all = count();
        assertThat(all).isGreaterThan(100);

        Select theme = new Select(waitFor(By.id("theme")));
        WebElement housing = theme.getOptions().stream()
                .filter(o -> "housing".equals(o.getAttribute("value"))).findFirst().orElseThrow();
        long housingCount = facetCount(housing.getText());
        assertThat(housingCount).isBetween(1L, all - 1);
        housing.click();
        navigate(By.id("filter-submit"));

        assertThat(count()).isEqualTo(housingCount);
        assertThat(browser.getCurrentUrl()).contains("theme=housing");

        long freeCount = facetCount(waitFor(By.cssSelector("label[for=free]")).getText());
        check("free");
        navigate(By.id("filter-submit"));
        assertThat(count()).isEqualTo(freeCount).isLessThanOrEqualTo(housingCount);

        choose("spoken", "uk");
        navigate(By.id("filter-submit"));
        assertThat(count()).isLessThan(freeCount);
        assertThat(browser.findElements(By.cssSelector("#results .result-languages")))
                .isNotEmpty().allSatisfy(l -> assertThat(l.getText()).contains("Ukrainian"));
    }

    @Test
    void pagesOfResultsHaveStableLinks(LaunchedConvivio app) {
        open(app, "/catalogue/search.xhtml?lang=en");
        open(app, "/catalogue/search.xhtml?sort=name");
        List<String> first = resultNames();
        assertThat(first).hasSize(10);

        navigate(By.id("page-next"));
        waitFor(By.id("page-previous"));
        String secondPage = browser.getCurrentUrl();
        List<String> second = resultNames();
        assertThat(secondPage).contains("page=2").contains("sort=name");
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);

        browser.get(secondPage);
        assertThat(resultNames()).isEqualTo(second);
        assertThat(browser.findElement(By.cssSelector("#paging [aria-current=page]")).getText()).isEqualTo("2");

        navigate(By.id("page-previous"));
        waitFor(By.id("page-next"));
        assertThat(resultNames()).isEqualTo(first);
    }

    /** portal.js offers the browser's position; granted, the results come nearest first. */
    @Test
    void theReadersPositionSortsByDistanceWhenTheBrowserGivesIt(LaunchedConvivio app) {
        ChromeDriver chrome = chromium.chrome();
        String origin = app.uri("/").toString().replaceAll("/$", "");
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", 42.6977, "longitude", 23.3219, "accuracy", 50));
        try {
            open(app, "/catalogue/search.xhtml?lang=en");
            navigate(By.id("use-position"));

            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("sort=distance"));
            assertThat(browser.getCurrentUrl()).contains("lat=42.69770").contains("lon=23.32190");
            List<WebElement> distances = browser.findElements(By.cssSelector("#results .result-distance"));
            assertThat(distances).hasSize(10);
            assertThat(distances.get(0).getText()).matches(" ?\\d+(\\.\\d)? km away");
            assertThat(browser.findElements(By.cssSelector("#results .result-address")))
                    .allSatisfy(a -> assertThat(a.getText()).contains("София"));
        } finally {
            chrome.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
        }
    }

    @Test
    void anAgeThatIsNoNumberIsToldBesideTheField(LaunchedConvivio app) {
        open(app, "/catalogue/search.xhtml?lang=en&age=old");

        assertThat(waitFor(By.id("age-error")).getText()).contains("whole number");
        assertThat(browser.findElement(By.id("age")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#results li"))).isEmpty();
    }

    @Test
    void theOrganisationPageListsItsServices(LaunchedConvivio app) {
        open(app, "/catalogue/search.xhtml?lang=bg&q=" + java.net.URLEncoder.encode(LEGAL_AID_BG, java.nio.charset.StandardCharsets.UTF_8));
        navigate(By.linkText(LEGAL_AID_BG));
        navigate(By.id("service-organization"));

        assertThat(waitFor(By.id("organization-name")).getText()).isEqualTo("Правна помощ за бежанци София");
        assertThat(browser.findElement(By.id("organization-services")).getText()).contains(LEGAL_AID_BG);
    }

    @Test
    void anUnknownServiceAnswersTheNotFoundPage(LaunchedConvivio app) throws Exception {
        URI unknown = app.uri("/catalogue/service.xhtml?id=" + UUID.randomUUID());
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(unknown).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(404);

        browser.get(unknown.toString());
        assertThat(waitFor(By.id("error-title")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("error-code")).getText()).contains("404");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/catalogue/organization.xhtml?id=x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    /** At a phone's width (390 px) nothing is wider than the screen. */
    @Test
    void thePagesFitAPhone(LaunchedConvivio app) {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/?lang=bg", "/catalogue/search.xhtml?q=legal", "/catalogue/search.xhtml?theme=housing&sort=name")) {
            open(app, path);
            assertFitsWidth(path);
        }
        // past the filters to the results with one link, the first thing after the search button
        WebElement skip = waitFor(By.id("skip-to-results"));
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getAttribute("href")).endsWith("#search-results");
        navigate(By.cssSelector("#results .result-link"));
        waitFor(By.id("service-name"));
        assertFitsWidth("a service page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "bg"})
    void everyPortalPageMeetsWcagAA(String language, LaunchedConvivio app) {
        open(app, "/?lang=" + language);
        Axe.assertAccessible(browser, "home (" + language + ")");

        open(app, "/catalogue/search.xhtml?theme=legal-counselling");
        assertThat(count()).isPositive();
        Axe.assertAccessible(browser, "search with results (" + language + ")");

        open(app, "/catalogue/search.xhtml?age=many");
        Axe.assertAccessible(browser, "search with a bad age (" + language + ")");

        open(app, "/catalogue/search.xhtml?theme=legal-counselling");
        navigate(By.cssSelector("#results .result-link"));
        waitFor(By.id("service-name"));
        Axe.assertAccessible(browser, "service (" + language + ")");

        navigate(By.id("service-organization"));
        waitFor(By.id("organization-name"));
        Axe.assertAccessible(browser, "organisation (" + language + ")");

        open(app, "/login.xhtml");
        Axe.assertAccessible(browser, "login (" + language + ")");

        open(app, "/catalogue/service.xhtml?id=" + UUID.randomUUID());
        Axe.assertAccessible(browser, "not found (" + language + ")");

        open(app, "/catalogue/practices.xhtml");
        Axe.assertAccessible(browser, "good practices (" + language + ")");
        navigate(By.cssSelector("#practice-list h3 a"));
        Axe.assertAccessible(browser, "a good practice (" + language + ")");

        open(app, "/catalogue/cards.xhtml?situation=health-problem&from=bg&to=fa");
        Axe.assertAccessible(browser, "communication card bg-fa (" + language + ")");
    }

    /** Clicks a link or button that loads another page and waits until the old one is gone. */
    private void navigate(By locator) {
        WebElement page = browser.findElement(By.tagName("html"));
        waitFor(locator).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
        waitFor(By.id("main"));
    }

    private void assertFitsWidth(String page) {
        long scrollWidth = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(scrollWidth).as("width of %s at %d px", page, clientWidth).isLessThanOrEqualTo(clientWidth);
    }

    private void open(LaunchedConvivio app, String path) {
        browser.get(app.uri(path).toString());
        waitFor(By.id("main"));
    }

    /** The number of services the page says it found (0 for "no services"). */
    private long count() {
        String text = waitFor(By.id("search-count")).getText();
        Matcher m = Pattern.compile("(\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The count in brackets after a filter option's label: "Housing (12)" → 12. */
    private static long facetCount(String label) {
        Matcher m = Pattern.compile("\\((\\d+)\\)\\s*$").matcher(label.strip());
        assertThat(m.find()).as("a count in '%s'", label).isTrue();
        return Long.parseLong(m.group(1));
    }

    private List<String> resultNames() {
        return browser.findElements(By.cssSelector("#results .result-link")).stream().map(WebElement::getText).toList();
    }

    private void fill(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Chooses the option whose value is {@code value}, or else whose label starts with it. */
    private void choose(String id, String value) {
        Select select = new Select(waitFor(By.id(id)));
        select.getOptions().stream()
                .filter(o -> value.equals(o.getAttribute("value")))
                .findFirst()
                .or(() -> select.getOptions().stream().filter(o -> o.getText().strip().startsWith(value)).findFirst())
                .orElseThrow(() -> new AssertionError("no option '" + value + "' in #" + id))
                .click();
    }

    private void check(String id) {
        WebElement box = waitFor(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
