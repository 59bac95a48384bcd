package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cities add their own communication cards: Harmanli's officer adds a flood card in Bulgarian and
 * Persian, which anyone can then print; other cities, front-desk staff and signed-out callers
 * cannot change it; a stale save and bad input change nothing; the card editor page adds a language.
 */
@ExtendWith(SharedConvivio.class)
class CardEditingIT {

    private static final String CARDS = "/api/catalogue/cards";

    private static String code() {
        return "flood-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObjectBuilder text(String text) {
        return Json.createObjectBuilder().add("text", text).add("reviewed", false);
    }

    private static JsonObjectBuilder floodCard(String code, UUID municipality) {
        return Json.createObjectBuilder().add("code", code).add("municipality", municipality.toString()).add("emergency", true)
                .add("titles", Json.createObjectBuilder().add("bg", text("Наводнение")).add("fa", text("سیل")))
                .add("phrases", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "say").add("texts", Json.createObjectBuilder()
                                .add("bg", text("Къщата ни е наводнена.")).add("fa", text("خانه ما را آب گرفته است."))))
                        .add(Json.createObjectBuilder().add("kind", "ask").add("texts", Json.createObjectBuilder()
                                        .add("bg", text("Има ли ранени?")).add("fa", text("آیا کسی زخمی شده است؟")))
                                .add("answers", Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("texts", Json.createObjectBuilder().add("bg", text("Да")).add("fa", text("بله"))))
                                        .add(Json.createObjectBuilder().add("texts", Json.createObjectBuilder().add("bg", text("Не")).add("fa", text("نه")))))));
    }

    @Test
    void anOfficerAddsACardThatAnyoneCanPrintAndOnlyTheirCityChanges(Api api) throws Exception {
        UUID harmanli = api.municipalityId("Harmanli");
        String code = code();
        Api.Reply created = api.post(CARDS, "harmanli.officer", floodCard(code, harmanli).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location").orElseThrow()).endsWith(CARDS + "/" + code);
        assertThat(created.object().getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("bg", "fa");
        String etag = created.header("ETag").orElseThrow();

        // public: in the list and printable as a PDF, without signing in
        assertThat(api.get(CARDS, null).body()).contains(code);
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                api.request(CARDS + "/" + code + ".pdf?from=bg&to=fa", null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        JsonObject change = Json.createObjectBuilder(floodCard(code, harmanli).build()).remove("code").remove("municipality")
                .add("titles", Json.createObjectBuilder().add("bg", text("Наводнение в града")).add("fa", text("سیل"))).build();
        // not for other cities, front-desk staff or signed-out callers
        assertThat(api.put(CARDS + "/" + code, "sofia.officer", etag, change).status()).isEqualTo(403);
        assertThat(api.put(CARDS + "/" + code, "harmanli.staff", etag, change).status()).isEqualTo(403);
        assertThat(api.put(CARDS + "/" + code, null, etag, change).status()).isEqualTo(401);
        assertThat(api.post(CARDS, "harmanli.staff", floodCard(code(), harmanli).build()).status()).isEqualTo(403);
        assertThat(api.post(CARDS, "sofia.officer", floodCard(code(), harmanli).build()).status()).as("for another city").isIn(403, 404);

        Api.Reply saved = api.put(CARDS + "/" + code, "harmanli.officer", etag, change);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.object().getJsonObject("titles").getJsonObject("bg").getString("text")).isEqualTo("Наводнение в града");
        assertThat(saved.object().getJsonNumber("version").longValue()).isEqualTo(1);

        // the first version again: someone saved since, so nothing is written
        Api.Reply stale = api.put(CARDS + "/" + code, "harmanli.officer", etag, Json.createObjectBuilder(change)
                .add("titles", Json.createObjectBuilder().add("bg", text("Стара версия"))).build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get(CARDS + "/" + code, null).object().getJsonObject("titles").getJsonObject("bg").getString("text"))
                .isEqualTo("Наводнение в града");

        HttpRequest.Builder staleDelete = api.request(CARDS + "/" + code, "harmanli.officer").header("If-Match", etag).DELETE();
        assertThat(api.send(staleDelete).status()).isEqualTo(409);
        HttpRequest.Builder delete = api.request(CARDS + "/" + code, "harmanli.officer").header("If-Match", saved.header("ETag").orElseThrow()).DELETE();
        assertThat(api.send(delete).status()).isEqualTo(204);
        assertThat(api.get(CARDS + "/" + code, null).status()).isEqualTo(404);
    }

    @Test
    void badInputIsNamedByItsPathAndNothingIsStored(Api api) {
        UUID harmanli = api.municipalityId("Harmanli");
        String code = code();
        JsonObject bad = Json.createObjectBuilder(floodCard(code, harmanli).build())
                .add("titles", Json.createObjectBuilder().add("Persian", text("سیل")))
                .add("phrases", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "shout").add("texts", Json.createObjectBuilder().add("bg", text("  "))))
                        .add(Json.createObjectBuilder().add("kind", "say").add("texts", Json.createObjectBuilder()))).build();
        Api.Reply refused = api.post(CARDS, "harmanli.officer", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("titles", "phrases[0].kind", "phrases[0].texts.bg", "phrases[1].texts");
        assertThat(api.get(CARDS + "/" + code, null).status()).isEqualTo(404);

        Api.Reply badCode = api.post(CARDS, "harmanli.officer", floodCard("Flood Card", harmanli).build());
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.body()).contains("\"code\"");
        Api.Reply taken = api.post(CARDS, "harmanli.officer", floodCard("health-problem", harmanli).build());
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.body()).contains("exists already");
        assertThat(api.put(CARDS + "/health-problem", "harmanli.officer", "\"0\"",
                Json.createObjectBuilder(floodCard("x", harmanli).build()).remove("code").remove("municipality").build()).status())
                .as("the shipped cards are the platform administrators'").isEqualTo(403);
    }

    @Test
    void theCardEditorAddsACardAndALanguage(Api api, LaunchedConvivio app) throws IOException {
        String code = code();
        try (Chromium chromium = Chromium.open(1400, 1000)) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(app.uri("/login.xhtml?next=/catalogue/edit/cards.xhtml").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("harmanli.officer");
            browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("signin")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
            browser.findElement(By.id("lang-en")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            browser.get(app.uri("/catalogue/edit/cards.xhtml").toString());

            // a code with spaces is refused beside the field, the rest stays typed
            WebElement codeInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-card:code")));
            codeInput.sendKeys("Flood card");
            WebElement language = browser.findElement(By.id("new-card:language"));
            language.clear();
            language.sendKeys("bg");
            browser.findElement(By.id("new-card:title")).sendKeys("Наводнение");
            browser.findElement(By.id("new-card:phrase")).sendKeys("Къщата ни е наводнена.");
            browser.findElement(By.id("new-card:create")).click();
            WebElement codeError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-card:code-error")));
            assertThat(codeError.getText()).contains("lower-case letters");
            assertThat(browser.findElement(By.id("new-card:title")).getAttribute("value")).isEqualTo("Наводнение");

            codeInput = browser.findElement(By.id("new-card:code"));
            codeInput.clear();
            codeInput.sendKeys(code);
            browser.findElement(By.id("new-card:create")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-grid")));
            assertThat(browser.findElement(By.id("card-messages")).getText()).contains("was added");

            WebElement newLanguage = browser.findElement(By.id("card:new-language"));
            newLanguage.sendKeys("uk");
            browser.findElement(By.id("card:add-language")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("th[lang='uk']")));
            java.util.List<WebElement> ukrainian = browser.findElements(By.cssSelector("#card-grid input[lang='uk'], #card-grid textarea[lang='uk']"));
            assertThat(ukrainian).hasSize(2);
            ukrainian.get(0).sendKeys("Повінь");
            ukrainian.get(1).sendKeys("Наш будинок затопило.");
            browser.findElement(By.id("card:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-messages"), "was saved"));
        }
        Api.Reply card = api.get(CARDS + "/" + code, null);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.object().getJsonObject("titles").getJsonObject("uk").getString("text")).isEqualTo("Повінь");
        assertThat(card.body().toLowerCase(Locale.ROOT)).contains("наш будинок затопило.");
        assertThat(card.object().getString("municipality")).isEqualTo(api.municipalityId("Harmanli").toString());
    }
}
