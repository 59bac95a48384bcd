package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training records on the launched application: certificates issued when a Trnava trainer
 * completes a session, verified by anyone (valid, wrong, revoked), printed as PDF; the session's
 * calendar and the learner's feed; feedback shown to the trainer only from three answers on; the
 * department view with its gaps and CSV; a study visit published as a good practice; and the
 * roles, tenancy and bad input of each. Every test works on courses and sessions it creates,
 * except the first, which reads (never changes) a demo certificate.
 */
@ExtendWith(SharedConvivio.class)
class TrainingRecordsIT {

    private static final String COURSES = "/api/training/courses";
    private static final String SESSIONS = "/api/training/sessions";
    private static final String CERTIFICATES = "/api/training/certificates";
    private static final ZoneId BRATISLAVA = ZoneId.of("Europe/Bratislava");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();
    private static final List<String> LEARNERS = List.of("trnava.staff", "trnava.officer", "thessaloniki.staff");

    private static String publishedCourse(Api api, String format) {
        Api.Reply created = api.post(COURSES, "trnava.trainer", Json.createObjectBuilder()
                .add("title", Api.unique("Working with interpreters")).add("description", "Briefing, seating, ethics.")
                .add("language", "en").add("format", format).add("hours", 6).add("minAttendanceShare", 0.5)
                .add("finalAssessmentRequired", false).add("approval", "automatic")
                .add("topics", Json.createArrayBuilder().add("interpretation"))
                .add("objectives", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "Brief an interpreter")))
                .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        Api.Reply published = api.post(COURSES + "/" + id + "/publish", "trnava.trainer", EMPTY);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** An open two-day session of a new course in Trnava (yesterday and today), with the learners confirmed. */
    private static JsonObject sessionWithLearners(Api api, String format) {
        String courseId = publishedCourse(api, format);
        LocalDate today = LocalDate.now(BRATISLAVA);
        JsonArrayBuilder days = Json.createArrayBuilder();
        for (LocalDate d : List.of(today.minusDays(1), today)) {
            days.add(Json.createObjectBuilder().add("date", d.toString()).add("startsAt", "09:00").add("endsAt", "15:00"));
        }
        Instant now = Instant.now();
        Api.Reply planned = api.post(SESSIONS, "trnava.trainer", Json.createObjectBuilder().add("courseId", courseId)
                .add("days", days).add("venue", "Town hall, room 4").add("capacity", 10)
                .add("enrolmentOpens", now.minus(Duration.ofDays(1)).toString())
                .add("enrolmentCloses", now.plus(Duration.ofDays(1)).toString())
                .add("cancellationDeadline", now.plus(Duration.ofDays(1)).toString())
                .add("openToOtherMunicipalities", true).add("approval", "automatic").build());
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String id = planned.object().getString("id");
        Api.Reply opened = api.post(SESSIONS + "/" + id + "/open", "trnava.trainer", EMPTY);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        for (String learner : LEARNERS) {
            Api.Reply enrolled = api.post(SESSIONS + "/" + id + "/enrolments", learner, EMPTY);
            assertThat(enrolled.status()).as(learner + ": " + enrolled).isEqualTo(201);
        }
        return opened.object();
    }

    /** Marks everyone present on every day and completes the session: certificates are issued then. */
    private static void complete(Api api, JsonObject session) {
        String id = session.getString("id");
        List<String> enrolments = api.get(SESSIONS + "/" + id + "/enrolments", "trnava.trainer").array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
        assertThat(enrolments).hasSize(LEARNERS.size());
        JsonArrayBuilder marks = Json.createArrayBuilder();
        for (String enrolment : enrolments) {
            for (JsonObject day : session.getJsonArray("days").getValuesAs(JsonObject.class)) {
                marks.add(Json.createObjectBuilder().add("enrolmentId", enrolment).add("dayId", day.getString("id")).add("status", "present"));
            }
        }
        Api.Reply marked = api.put(SESSIONS + "/" + id + "/attendance", "trnava.trainer", null,
                Json.createObjectBuilder().add("marks", marks).build());
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        Api.Reply completed = api.post(SESSIONS + "/" + id + "/complete", "trnava.trainer", EMPTY);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    private static JsonObject certificateOf(Api api, String learner, String sessionId) {
        return api.get(CERTIFICATES, learner).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("sessionId").equals(sessionId)).findFirst().orElseThrow();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }

    @Test
    void anyoneVerifiesADemoCertificateWithoutSigningIn(Api api) {
        List<JsonObject> mine = api.get(CERTIFICATES, "trnava.staff").array().getValuesAs(JsonObject.class);
        assertThat(mine).as("the demo data completes trnava.staff in a course").isNotEmpty();
        // newest first: the last is the demo data's, issued at the first start (other tests add their own)
        JsonObject demo = mine.get(mine.size() - 1);
        assertThat(demo.isNull("revokedAt")).isTrue();
        String code = demo.getString("code");

        Api.Reply verified = api.get(CERTIFICATES + "/verify/" + code.toLowerCase(), null);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.object().getString("status")).isEqualTo("VALID");
        assertThat(verified.object().getString("learnerName")).isEqualTo(demo.getString("learnerName"));
        // no more than the certificate shows: no ids, no reasons
        assertThat(verified.object().keySet()).doesNotContain("id", "enrolmentId", "learnerId", "revocationReason");

        String wrong = (code.charAt(0) == 'Z' ? "Y" : "Z") + code.substring(1);
        assertProblem(api.get(CERTIFICATES + "/verify/" + wrong, null), 404);
        assertProblem(api.get(CERTIFICATES + "/verify/not-a-code", null), 404);

        Api.Reply page = api.get("/training/verify.xhtml?code=" + code, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Valid certificate").contains(code);
        assertThat(api.get("/training/verify.xhtml?code=" + wrong, null).body()).contains("No certificate has this code");
    }

    @Test
    void completingIssuesCertificatesThatPrintVerifyAndCanBeRevoked(Api api) throws Exception {
        JsonObject session = sessionWithLearners(api, "in_person");
        String sessionId = session.getString("id");
        complete(api, session);

        JsonObject certificate = certificateOf(api, "trnava.staff", sessionId);
        assertThat(certificate.getString("hostName")).isEqualTo("Trnava");
        assertThat(api.get("/api/training/notifications", "trnava.staff").array().getValuesAs(JsonObject.class))
                .anySatisfy(n -> {
                    assertThat(n.getString("kind")).isEqualTo("CERTIFICATE_ISSUED");
                    assertThat(n.getString("sessionId")).isEqualTo(sessionId);
                });

        // the PDF, for the learner; nobody else outside the host's trainers sees it
        String pdfPath = CERTIFICATES + "/" + certificate.getString("id") + "/pdf";
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(api.request(pdfPath, "trnava.staff").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(certificate.getString("code"))
                    .contains(certificate.getString("learnerName"));
        }
        assertProblem(api.get(pdfPath, "trnava.officer"), 404);
        assertProblem(api.get(pdfPath, "bratislava.trainer"), 404);
        assertThat(api.get(pdfPath, "trnava.trainer").status()).isEqualTo(200);
        assertProblem(api.get(pdfPath, null), 401);

        // revoking: not the learner, not another city's trainer, not without a reason
        String revoke = CERTIFICATES + "/" + certificate.getString("id") + "/revoke";
        assertProblem(api.post(revoke, "trnava.staff", Json.createObjectBuilder().add("reason", "mine").build()), 403);
        assertProblem(api.post(revoke, "bratislava.trainer", Json.createObjectBuilder().add("reason", "no").build()), 404);
        Api.Reply blank = api.post(revoke, "trnava.trainer", Json.createObjectBuilder().add("reason", " ").build());
        assertProblem(blank, 422);
        assertThat(blank.body()).contains("\"reason\"");
        assertThat(api.get(CERTIFICATES + "/verify/" + certificate.getString("code"), null).object().getString("status"))
                .isEqualTo("VALID");

        Api.Reply revoked = api.post(revoke, "trnava.trainer",
                Json.createObjectBuilder().add("reason", "Attendance was recorded for the wrong person.").build());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        Api.Reply verified = api.get(CERTIFICATES + "/verify/" + certificate.getString("code"), null);
        assertThat(verified.object().getString("status")).isEqualTo("REVOKED");
        assertThat(verified.body()).doesNotContain("wrong person");
        assertThat(api.get("/training/verify.xhtml?code=" + certificate.getString("code"), null).body())
                .contains("This certificate has been revoked");
        assertProblem(api.post(revoke, "trnava.trainer", Json.createObjectBuilder().add("reason", "again").build()), 409);

        // the trainer's list, not another city's
        assertThat(api.get(CERTIFICATES + "/sessions/" + sessionId, "trnava.trainer").array()).hasSize(LEARNERS.size());
        assertProblem(api.get(CERTIFICATES + "/sessions/" + sessionId, "bratislava.trainer"), 404);
        assertProblem(api.get(CERTIFICATES + "/sessions/" + sessionId, "trnava.staff"), 403);
    }

    @Test
    void anOpenSessionsCalendarParsesAndTheLearnersFeedNeedsItsSecret(Api api) throws Exception {
        JsonObject session = sessionWithLearners(api, "in_person");
        String sessionId = session.getString("id");

        Api.Reply ics = api.get("/api/training/calendars/sessions/" + sessionId + ".ics", null);
        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        List<VEvent> events = events(ics.body());
        assertThat(events).hasSize(2);
        LocalDate yesterday = LocalDate.now(BRATISLAVA).minusDays(1);
        assertThat(Instant.from(events.get(0).getDateTimeStart().getDate()))
                .isEqualTo(yesterday.atTime(9, 0).atZone(BRATISLAVA).toInstant());
        assertThat(ics.body()).contains("DTSTART;TZID=Europe/Bratislava:").contains("TZID:Europe/Bratislava");
        assertProblem(api.get("/api/training/calendars/sessions/not-an-id.ics", null), 404);

        Api.Reply feeds = api.post("/api/training/calendars/token", "trnava.officer", EMPTY);
        assertThat(feeds.status()).as(feeds.toString()).isEqualTo(200);
        String learning = feeds.object().getString("learning");
        String path = learning.substring(learning.indexOf("/api/"));
        Api.Reply feed = api.get(path, null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(events(feed.body())).extracting(e -> e.getUid().orElseThrow().getValue())
                .contains(sessionId + "-" + yesterday + "@convivio");
        assertProblem(api.get(path.replace("/feeds/", "/feeds/x"), null), 404);
        assertThat(api.post("/api/training/calendars/token", null, EMPTY).status()).isEqualTo(401);

        // a new secret retires the old address
        api.post("/api/training/calendars/token", "trnava.officer", EMPTY);
        assertProblem(api.get(path, null), 404);
    }

    @Test
    void feedbackIsAnonymousAndShownToTheTrainerFromThreeAnswersOn(Api api) {
        JsonObject session = sessionWithLearners(api, "in_person");
        String sessionId = session.getString("id");
        String results = "/api/training/feedback/sessions/" + sessionId;
        // before completion there is nothing to give feedback on
        String before = enrolmentOf(api, "trnava.staff", sessionId);
        assertProblem(api.post("/api/training/feedback/enrolments/" + before, "trnava.staff", answer(5).build()), 409);
        complete(api, session);

        Api.Reply bad = api.post("/api/training/feedback/enrolments/" + before, "trnava.staff",
                answer(5).add("relevance", 9).build());
        assertProblem(bad, 422);
        assertThat(bad.body()).contains("\"relevance\"");
        assertProblem(api.post("/api/training/feedback/enrolments/" + before, "trnava.officer", answer(5).build()), 404);

        int given = 0;
        for (String learner : LEARNERS) {
            String enrolment = certificateOf(api, learner, sessionId).getString("enrolmentId");
            Api.Reply sent = api.post("/api/training/feedback/enrolments/" + enrolment, learner,
                    answer(4).add("comments", "Comment from " + learner.length()).build());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(204);
            given++;
            JsonObject summary = api.get(results, "trnava.trainer").object();
            assertThat(summary.getInt("responses")).isEqualTo(given);
            assertThat(summary.getBoolean("shown")).isEqualTo(given >= 3);
            assertThat(summary.getJsonObject("averages").isEmpty()).isEqualTo(given < 3);
        }
        assertProblem(api.post("/api/training/feedback/enrolments/" + before, "trnava.staff", answer(1).build()), 409);
        assertThat(api.get(results, "trnava.trainer").object().getJsonObject("averages").getJsonNumber("relevance").doubleValue())
                .isEqualTo(4.0);
        assertProblem(api.get(results, "trnava.staff"), 403);
        assertProblem(api.get(results, "sofia.trainer"), 404);
    }

    private static JsonObjectBuilder answer(int rating) {
        return Json.createObjectBuilder().add("relevance", rating).add("trainer", rating).add("materials", rating)
                .add("usefulness", rating);
    }

    /** The learner's enrolment in the session, as the learner sees it (only their own). */
    private static String enrolmentOf(Api api, String learner, String sessionId) {
        return api.get(SESSIONS + "/" + sessionId + "/enrolments", learner).array().getJsonObject(0).getString("id");
    }

    @Test
    void theDepartmentViewShowsWhatTrnavaStaffCoveredAndTheGaps(Api api) {
        String trnava = api.municipalityId("Trnava").toString();
        Api.Reply view = api.get("/api/training/departments?municipality=" + trnava, "trnava.admin");
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        List<JsonObject> departments = view.object().getJsonArray("departments").getValuesAs(JsonObject.class);
        assertThat(departments).isNotEmpty();
        assertThat(departments).allSatisfy(d -> assertThat(d.getJsonArray("topicsMissing")).isNotEmpty());
        assertThat(departments).anySatisfy(d -> assertThat(d.getInt("trained")).isPositive());
        assertThat(departments).anySatisfy(d -> assertThat(d.getInt("trained")).isZero());

        Api.Reply csv = api.get("/api/training/departments/export.csv?municipality=" + trnava, "trnava.admin");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("department,person,completed_courses,hours,topics_completed,department_topics_missing");

        assertProblem(api.get("/api/training/departments?municipality=" + trnava, "trnava.staff"), 403);
        assertProblem(api.get("/api/training/departments?municipality=" + trnava, "bratislava.admin"), 404);
        Api.Reply invalid = api.get("/api/training/departments?municipality=trnava", "trnava.admin");
        assertProblem(invalid, 422);
        assertThat(invalid.body()).contains("\"municipality\"");
        assertProblem(api.get("/api/training/departments?municipality=" + trnava, null), 401);
    }

    @Test
    void aStudyVisitIsPublishedAsTheHostCitysGoodPractice(Api api) {
        JsonObject session = sessionWithLearners(api, "study_visit");
        String report = "/api/training/study-visits/" + session.getString("id");
        JsonObject text = Json.createObjectBuilder().add("title", Api.unique("Interpreter roster at the front desk"))
                .add("summary", "Trnava books an interpreter for every first visit.")
                .add("practices", "The front desk keeps a roster of interpreters and books one with each appointment.")
                .add("lessons", "Book before the visit, not after; brief the interpreter for five minutes.").build();

        assertProblem(api.put(report, "trnava.staff", null, text), 403);
        assertProblem(api.put(report, "sofia.trainer", null, text), 404);
        Api.Reply empty = api.put(report, "trnava.trainer", null, Json.createObjectBuilder().add("title", "x").build());
        assertProblem(empty, 422);
        assertThat(empty.body()).contains("\"practices\"").contains("\"lessons\"");
        assertProblem(api.get(report, "trnava.trainer"), 404);

        Api.Reply written = api.put(report, "trnava.trainer", null, text);
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        Api.Reply published = api.post(report + "/publish", "trnava.trainer", EMPTY);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        String practiceId = published.object().getString("practiceId");

        Api.Reply practice = api.get("/api/catalogue/practices/" + practiceId, null);
        assertThat(practice.status()).as(practice.toString()).isEqualTo(200);
        assertThat(practice.object().getString("title")).isEqualTo(text.getString("title"));
        assertThat(practice.object().getString("city")).isEqualTo("Trnava");
        assertThat(practice.object().getString("status")).isEqualTo("published");
        assertProblem(api.post(report + "/publish", "trnava.trainer", EMPTY), 409);

        // an ordinary session has no study-visit report
        JsonObject ordinary = sessionWithLearners(api, "in_person");
        assertProblem(api.put("/api/training/study-visits/" + ordinary.getString("id"), "trnava.trainer", null, text), 409);
    }

    @Test
    void theRecordsPagesWorkInABrowserAndAreAccessible(Api api, LaunchedConvivio app) throws IOException {
        JsonObject session = sessionWithLearners(api, "in_person");
        String sessionId = session.getString("id");
        complete(api, session);
        JsonObject certificate = certificateOf(api, "trnava.officer", sessionId);

        // the learner: certificates, calendar addresses, the feedback form
        withBrowser(app, "trnava.officer", browser -> {
            browser.get(app.uri("/training/records.xhtml").toString());
            assertThat(waitFor(browser, By.id("certificates")).getText()).contains(certificate.getString("code"));
            Axe.assertAccessible(browser, "my training records");
            waitFor(browser, By.id("feeds:renew")).click();
            assertThat(waitFor(browser, By.id("learning-feed")).getAttribute("value")).contains("/api/training/calendars/feeds/");

            browser.get(app.uri("/training/feedback.xhtml?enrolment=" + certificate.getString("enrolmentId")).toString());
            waitFor(browser, By.id("feedback:give-feedback")).click();
            // nothing chosen: each question says so beside it (in the learner's Slovak), nothing is stored
            waitFor(browser, By.id("feedback"));
            assertThat(browser.findElements(By.cssSelector("#feedback .field-error")))
                    .extracting(WebElement::getText).containsOnly("Vyberte hodnotenie od 1 do 5.").hasSize(4);
            for (String question : List.of("relevance", "trainer", "materials", "usefulness")) {
                browser.findElement(By.cssSelector("input[name='feedback:" + question + "'][value='4']")).click();
            }
            Axe.assertAccessible(browser, "feedback form");
            browser.findElement(By.id("feedback:give-feedback")).click();
            assertThat(waitFor(browser, By.id("page-messages")).getText()).contains("Ďakujeme za spätnú väzbu.");
            assertThat(browser.getCurrentUrl()).contains("/training/records.xhtml");
        });
        assertThat(api.get("/api/training/feedback/sessions/" + sessionId, "trnava.trainer").object().getInt("responses")).isEqualTo(1);

        // the trainer: the session's certificates, revoking with a reason
        withBrowser(app, "trnava.trainer", browser -> {
            browser.get(app.uri("/training/session-records.xhtml?session=" + sessionId).toString());
            assertThat(waitFor(browser, By.id("session-certificates")).getText()).contains(certificate.getString("learnerName"));
            assertThat(browser.findElement(By.id("feedback-hidden")).isDisplayed()).isTrue();
            Axe.assertAccessible(browser, "session records");
            new Select(browser.findElement(By.id("revoke:certificate"))).selectByValue(certificate.getString("id"));
            browser.findElement(By.id("revoke:revoke-certificate")).click();
            assertThat(waitFor(browser, By.id("revoke:reason-message")).getText()).isNotBlank();
            browser.findElement(By.id("revoke:reason")).sendKeys("Issued for the wrong session.");
            new Select(browser.findElement(By.id("revoke:certificate"))).selectByValue(certificate.getString("id"));
            browser.findElement(By.id("revoke:revoke-certificate")).click();
            assertThat(waitFor(browser, By.id("page-messages")).getText()).contains("Osvedčenie bolo odvolané");
        });
        assertThat(api.get(CERTIFICATES + "/verify/" + certificate.getString("code"), null).object().getString("status"))
                .isEqualTo("REVOKED");

        // the administrator: the department view
        withBrowser(app, "trnava.admin", browser -> {
            browser.get(app.uri("/training/departments.xhtml").toString());
            assertThat(waitFor(browser, By.tagName("h1")).getText()).contains("Trnava");
            assertThat(browser.findElements(By.cssSelector("p.gaps"))).isNotEmpty();
            assertThat(browser.findElement(By.id("csv-export")).getAttribute("href")).contains("export.csv?municipality=");
            Axe.assertAccessible(browser, "training needs by department");
        });

        // anyone: the verification page, in Greek too
        withBrowser(app, null, browser -> {
            browser.get(app.uri("/training/verify.xhtml").toString());
            browser.findElement(By.id("code")).sendKeys(certificate.getString("code").toLowerCase());
            browser.findElement(By.cssSelector("#verify-form button")).click();
            assertThat(waitFor(browser, By.id("verification-result")).getText()).isEqualTo("This certificate has been revoked");
            Axe.assertAccessible(browser, "certificate verification");
        });
    }

    private static WebElement waitFor(WebDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** A fresh browser, signed in as the user (or not signed in for null). */
    private static void withBrowser(LaunchedConvivio app, String user, java.util.function.Consumer<WebDriver> use) throws IOException {
        try (Chromium chromium = Chromium.open(1280, 1024)) {
            WebDriver browser = chromium.driver();
            if (user != null) {
                browser.get(app.uri("/login.xhtml").toString());
                waitFor(browser, By.id("username")).sendKeys(user);
                browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
                browser.findElement(By.id("signin")).click();
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
            }
            use.accept(browser);
        }
    }
}
