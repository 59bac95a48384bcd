package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The good-practice library and the communication cards, on the demo data: what a signed-out
 * reader sees, what officers may and may not change, and the Bulgarian–Persian card as a PDF and
 * as the generator page shows it.
 */
@ExtendWith(SharedConvivio.class)
class LibraryIT {

    private static final String PRACTICES = "/api/catalogue/practices";
    private static final String PLYMOUTH_DRAFT = "English conversation cafés in public libraries";

    /** The demo loader derives a practice's id from its title. */
    private static String demoId(String title) {
        return UUID.nameUUIDFromBytes(("convivio-demo:practice:" + title).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static JsonObjectBuilder practice(String title) {
        return Json.createObjectBuilder().add("language", "en").add("title", title)
                .add("summary", "Newcomers meet neighbours over a shared meal once a month.")
                .add("problem", "Few contacts between newcomers and long-standing residents.")
                .add("approach", "The community centre hosts a monthly supper cooked in turns.")
                .add("city", "Sofia").add("country", "BG").add("sourceProgramme", "AMIF")
                .add("themes", Json.createArrayBuilder().add("culture-community"))
                .add("links", Json.createArrayBuilder().add("https://www.sofia.bg/"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> titles(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(p -> p.getString("title")).toList();
    }

    @Test
    void aSignedOutReaderSeesPublishedPracticesButNoDraft(Api api) {
        Api.Reply list = api.get(PRACTICES, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.array()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(list.array().getValuesAs(JsonObject.class)).allMatch(p -> p.getString("status").equals("published"));
        assertThat(titles(list)).contains("Housing mediation for refugees leaving reception accommodation")
                .doesNotContain(PLYMOUTH_DRAFT);

        Api.Reply draft = api.get(PRACTICES + "/" + demoId(PLYMOUTH_DRAFT), null);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.contentType()).startsWith("application/problem+json");
        assertThat(draft.body()).doesNotContain("conversation");

        // an officer of another city does not see it either; one of Plymouth does
        assertThat(api.get(PRACTICES + "/" + demoId(PLYMOUTH_DRAFT), "sofia.officer").status()).isEqualTo(404);
        Api.Reply own = api.get(PRACTICES + "/" + demoId(PLYMOUTH_DRAFT), "plymouth.officer");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.object().getString("status")).isEqualTo("draft");
        assertThat(titles(api.get(PRACTICES, "plymouth.staff"))).contains(PLYMOUTH_DRAFT);
    }

    @Test
    void practicesAreFoundByThemeCountryAndTextWithoutAccents(Api api) {
        assertThat(titles(api.get(PRACTICES + "?theme=housing&country=GR", null)))
                .containsExactly("Housing mediation for refugees leaving reception accommodation");
        assertThat(titles(api.get(PRACTICES + "?q=" + encode("psychosocial kosice"), null)))
                .containsExactly("A mobile psychosocial support team for the region's districts");
        Api.Reply badCountry = api.get(PRACTICES + "?country=Slovakia", null);
        assertThat(badCountry.status()).isEqualTo(422);
        assertThat(badCountry.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOfficerOfAnotherCityCannotChangeAPractice(Api api) {
        String title = Api.unique("Neighbourhood suppers");
        Api.Reply created = api.post(PRACTICES, "sofia.officer", practice(title).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");

        String etag = created.header("ETag").orElseThrow();
        Api.Reply other = api.put(PRACTICES + "/" + id, "trnava.officer", etag, practice(title + " (taken over)").build());
        assertThat(other.status()).isEqualTo(404);
        // a published practice of Bratislava is readable by all, but not Sofia's to change
        String bratislava = demoId("One-stop advice point for people under temporary protection");
        Api.Reply published = api.get(PRACTICES + "/" + bratislava, "sofia.officer");
        assertThat(published.status()).isEqualTo(200);
        Api.Reply foreign = api.put(PRACTICES + "/" + bratislava, "sofia.officer",
                published.header("ETag").orElseThrow(), practice("Rewritten by Sofia").build());
        assertThat(foreign.status()).isIn(403, 404);
        // Sofia's front-desk staff may read the draft but not write
        assertThat(api.get(PRACTICES + "/" + id, "sofia.staff").status()).isEqualTo(200);
        assertThat(api.put(PRACTICES + "/" + id, "sofia.staff", etag, practice(title).build()).status()).isEqualTo(403);

        Api.Reply unchanged = api.get(PRACTICES + "/" + id, "sofia.officer");
        assertThat(unchanged.object().getString("title")).isEqualTo(title);
        assertThat(api.get(PRACTICES + "/" + bratislava, null).object().getString("title"))
                .isEqualTo("One-stop advice point for people under temporary protection");
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditKept(Api api) {
        String title = Api.unique("Supper club");
        Api.Reply created = api.post(PRACTICES, "sofia.officer", practice(title).build());
        String id = created.object().getString("id");
        String read = created.header("ETag").orElseThrow();

        Api.Reply first = api.put(PRACTICES + "/" + id, "sofia.officer", read, practice(title + " – first").build());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(read));

        // a second editor who also read the first version
        Api.Reply stale = api.put(PRACTICES + "/" + id, "sofia.officer", read, practice(title + " – second").build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get(PRACTICES + "/" + id, "sofia.officer").object().getString("title")).isEqualTo(title + " – first");

        Api.Reply published = api.post(PRACTICES + "/" + id + "/publish", "sofia.officer", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(api.get(PRACTICES + "/" + id, null).object().getString("status")).isEqualTo("published");
    }

    @Test
    void badInputIsExplainedFieldByFieldAndNothingIsStored(Api api) {
        String title = Api.unique("Wrongly filled");
        JsonObject bad = practice(title).add("summary", " ").add("country", "Bulgaria")
                .add("themes", Json.createArrayBuilder().add("no-such-theme"))
                .add("links", Json.createArrayBuilder().add("javascript:alert(1)")).build();
        Api.Reply refused = api.post(PRACTICES, "sofia.officer", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("summary", "country", "links");

        Api.Reply theme = api.post(PRACTICES, "sofia.officer", practice(title).add("themes",
                Json.createArrayBuilder().add("no-such-theme")).build());
        assertThat(theme.status()).isEqualTo(422);
        assertThat(theme.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("themes");

        assertThat(titles(api.get(PRACTICES + "?q=" + encode(title), "sofia.officer"))).isEmpty();
    }

    @Test
    void theBulgarianPersianCardDownloadsAsAPdfWithItsFontsAndBothTexts(Api api, LaunchedConvivio app)
            throws IOException, InterruptedException {
        Api.Reply list = api.get("/api/catalogue/cards", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.object().getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("en", "bg", "el", "sk", "ar", "fa", "uk");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                app.uri("/api/catalogue/cards/health-problem.pdf?from=bg&to=fa")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isBetween(594f, 596f);   // A4: 595 x 842 points
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Трябва ми лекар.", "Къде ви боли?", "Моля, повикайте линейка.");
            // the stripper maps the shaped Persian glyphs back to letters and to reading order
            assertThat(text).contains("به پزشک نیاز دارم");
        }

        Api.Reply sameLanguage = api.get("/api/catalogue/cards/health-problem.pdf?from=bg&to=bg", null);
        assertThat(sameLanguage.status()).isEqualTo(422);
        assertThat(sameLanguage.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/catalogue/cards/no-such-situation.pdf?from=bg&to=fa", null).status()).isEqualTo(404);
    }

    @Test
    void theCardGeneratorShowsBulgarianBesidePersianWrittenRightToLeft(LaunchedConvivio app) throws IOException {
        withBrowser(browser -> {
            browser.get(app.uri("/catalogue/cards.xhtml").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cards-situation")))).selectByValue("health-problem");
            new Select(browser.findElement(By.id("cards-from"))).selectByValue("bg");
            new Select(browser.findElement(By.id("cards-to"))).selectByValue("fa");
            browser.findElement(By.id("show-card")).click();

            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phrase-card")));
            List<WebElement> persian = card.findElements(By.cssSelector("td[lang='fa']"));
            List<WebElement> bulgarian = card.findElements(By.cssSelector("td[lang='bg']"));
            assertThat(persian).isNotEmpty().allMatch(td -> "rtl".equals(td.getAttribute("dir")));
            assertThat(bulgarian).hasSameSizeAs(persian).allMatch(td -> "ltr".equals(td.getAttribute("dir")));
            assertThat(bulgarian).extracting(WebElement::getText).contains("Трябва ми лекар.");
            assertThat(persian).extracting(WebElement::getText).contains("به پزشک نیاز دارم.");
            assertThat(browser.findElement(By.id("download-pdf")).getAttribute("href"))
                    .endsWith("/api/catalogue/cards/health-problem.pdf?from=bg&to=fa");
        });
    }

    @Test
    void anOfficerWritesADraftInTheEditorAndAStaleFormKeepsTheirText(Api api, LaunchedConvivio app) throws IOException {
        String title = Api.unique("Homework club");
        withBrowser(browser -> {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(app.uri("/login.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("sofia.officer");
            browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("signin")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
            // sofia.officer reads Bulgarian by preference; the assertions below read English
            browser.findElement(By.id("lang-en")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

            browser.get(app.uri("/catalogue/edit/practice.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice:save-practice"))).click();
            WebElement titleError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice:title-error")));
            assertThat(titleError.getText()).isEqualTo("Please fill this in.");
            assertThat(browser.findElement(By.id("practice:title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findElement(By.id("practice:city")).getAttribute("value")).isEqualTo("Sofia");

            browser.findElement(By.id("practice:title")).sendKeys(title);
            browser.findElement(By.id("practice:summary")).sendKeys("Volunteers help children from the reception centre with homework.");
            browser.findElement(By.id("practice:problem")).sendKeys("Children fall behind at school.");
            browser.findElement(By.id("practice:approach")).sendKeys("Twice a week in the community centre.");
            browser.findElement(By.cssSelector("input[value='education']")).click();
            browser.findElement(By.id("practice:save-practice")).click();
            WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice-title")));
            assertThat(heading.getText()).isEqualTo(title);
            assertThat(browser.findElement(By.id("draft-badge")).getText()).isEqualTo("Draft");
            String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

            browser.get(app.uri("/catalogue/edit/practice.xhtml?id=" + id).toString());
            WebElement titleInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice:title")));
            titleInput.clear();
            titleInput.sendKeys(title + " – my edit");
            // meanwhile a colleague saves through the API
            String version = api.get(PRACTICES + "/" + id, "sofia.officer").header("ETag").orElseThrow();
            Api.Reply colleague = api.put(PRACTICES + "/" + id, "sofia.officer", version, practice(title + " – colleague").build());
            assertThat(colleague.status()).as(colleague.toString()).isEqualTo(200);
            browser.findElement(By.id("practice:save-practice")).click();
            WebElement messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-messages")));
            assertThat(messages.getText()).contains("Someone else changed this practice");
            assertThat(browser.findElement(By.id("practice:title")).getAttribute("value")).isEqualTo(title + " – my edit");
        });
        assertThat(api.get(PRACTICES + "?q=" + encode(title), "sofia.officer").array().getJsonObject(0).getString("title"))
                .isEqualTo(title + " – colleague");
    }

    private static void withBrowser(java.util.function.Consumer<WebDriver> use) throws IOException {
        try (Chromium chromium = Chromium.open(1280, 1024)) {
            use.accept(chromium.driver());
        }
    }
}
