package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff training on the launched application: a Trnava trainer runs a session end to end
 * (requests, waitlist, a cancellation that promotes the first waiting learner, approval,
 * attendance, completion), many learners ask for the last seats at once, tenancy, roles and bad
 * input, and the attendance sheet in Chromium. Every test works on courses and sessions it creates.
 */
@ExtendWith(SharedConvivio.class)
class TrainingSessionIT {

    private static final String COURSES = "/api/training/courses";
    private static final String SESSIONS = "/api/training/sessions";
    private static final String ENROLMENTS = "/api/training/enrolments";
    private static final ZoneId BRATISLAVA = ZoneId.of("Europe/Bratislava");
    private static final List<String> CITIES = List.of("bratislava", "trnava", "bbystrica", "kosice", "thessaloniki", "athens",
            "sofia", "harmanli", "plymouth", "canakkale");

    private static JsonObjectBuilder course(String title, String approval) {
        return Json.createObjectBuilder().add("title", title)
                .add("description", "How to serve newcomers at the counter.").add("language", "sk")
                .add("format", "in_person").add("hours", 6).add("minAttendanceShare", 0.75)
                .add("finalAssessmentRequired", false).add("approval", approval)
                .add("topics", Json.createArrayBuilder().add("interpretation"))
                .add("objectives", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "Brief an interpreter")));
    }

    /** A published course of the trainer's municipality. */
    private static String publishedCourse(Api api, String trainer, String approval) {
        Api.Reply created = api.post(COURSES, trainer, course(Api.unique("Counter skills"), approval).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        Api.Reply published = api.post(COURSES + "/" + id + "/publish", trainer, Json.createObjectBuilder().build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** An open session of the course in the trainer's municipality, on the given days (local dates). */
    private static JsonObject openSession(Api api, String trainer, String courseId, int capacity, boolean exchange,
                                          String approval, LocalDate... days) {
        JsonArrayBuilder dayList = Json.createArrayBuilder();
        for (LocalDate d : days) {
            dayList.add(Json.createObjectBuilder().add("date", d.toString()).add("startsAt", "09:00").add("endsAt", "15:00"));
        }
        Instant now = Instant.now();
        Api.Reply planned = api.post(SESSIONS, trainer, Json.createObjectBuilder().add("courseId", courseId)
                .add("days", dayList).add("venue", "Municipal office, room 12").add("capacity", capacity)
                .add("enrolmentOpens", now.minus(Duration.ofDays(1)).toString())
                .add("enrolmentCloses", now.plus(Duration.ofDays(1)).toString())
                .add("cancellationDeadline", now.plus(Duration.ofDays(1)).toString())
                .add("openToOtherMunicipalities", exchange).add("approval", approval).build());
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.object().getString("status")).isEqualTo("scheduled");
        String id = planned.object().getString("id");
        Api.Reply opened = api.post(SESSIONS + "/" + id + "/open", trainer, Json.createObjectBuilder().build());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        return opened.object();
    }

    private static JsonObject enrol(Api api, String sessionId, String learner) {
        Api.Reply reply = api.post(SESSIONS + "/" + sessionId + "/enrolments", learner, Json.createObjectBuilder().build());
        assertThat(reply.status()).as(learner + ": " + reply).isEqualTo(201);
        return reply.object();
    }

    private static String status(Api api, String enrolmentId, String user) {
        Api.Reply reply = api.get(ENROLMENTS + "/" + enrolmentId, user);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getString("status");
    }

    private static JsonObject mark(String enrolmentId, String dayId, String status) {
        return Json.createObjectBuilder().add("enrolmentId", enrolmentId).add("dayId", dayId).add("status", status).build();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTrainerRunsASessionFromRequestsThroughWaitlistAndAttendanceToCompletion(Api api) {
        String courseId = publishedCourse(api, "trnava.trainer", "trainer");
        LocalDate today = LocalDate.now(BRATISLAVA);
        JsonObject session = openSession(api, "trnava.trainer", courseId, 2, true, "trainer", today.minusDays(1), today);
        String id = session.getString("id");
        String day1 = session.getJsonArray("days").getJsonObject(0).getString("id");
        String day2 = session.getJsonArray("days").getJsonObject(1).getString("id");

        // two seats held while the trainer decides; the rest wait in request order
        JsonObject staff = enrol(api, id, "trnava.staff");
        JsonObject officer = enrol(api, id, "trnava.officer");
        JsonObject visitor = enrol(api, id, "thessaloniki.staff");
        JsonObject last = enrol(api, id, "sofia.staff");
        assertThat(staff.getString("status")).isEqualTo("requested");
        assertThat(officer.getString("status")).isEqualTo("requested");
        assertThat(visitor.getString("status")).isEqualTo("waitlisted");
        assertThat(visitor.getInt("waitlistRank")).isEqualTo(1);
        assertThat(last.getInt("waitlistRank")).isEqualTo(2);
        assertThat(api.get(SESSIONS + "/" + id, "trnava.trainer").object().getString("status")).isEqualTo("full");
        assertProblem(api.post(SESSIONS + "/" + id + "/enrolments", "sofia.staff", Json.createObjectBuilder().build()), 409);

        // a learner sees only their own enrolment, not the others'
        Api.Reply seenByLearner = api.get(SESSIONS + "/" + id + "/enrolments", "sofia.staff");
        assertThat(seenByLearner.array()).hasSize(1);
        assertThat(seenByLearner.array().getJsonObject(0).getString("id")).isEqualTo(last.getString("id"));

        // only a trainer approves; the learner cannot approve themselves
        assertThat(api.post(ENROLMENTS + "/" + staff.getString("id") + "/approve", "trnava.staff", Json.createObjectBuilder().build()).status())
                .isEqualTo(403);
        assertThat(api.post(ENROLMENTS + "/" + staff.getString("id") + "/approve", "trnava.trainer", Json.createObjectBuilder().build()).status())
                .isEqualTo(200);

        // the officer withdraws: the first waiting learner gets the seat, the next moves up
        Api.Reply cancelled = api.post(ENROLMENTS + "/" + officer.getString("id") + "/cancel", "trnava.officer", Json.createObjectBuilder().build());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.object().getString("status")).isEqualTo("cancelled");
        assertThat(status(api, visitor.getString("id"), "thessaloniki.staff")).isEqualTo("requested");
        Api.Reply lastNow = api.get(ENROLMENTS + "/" + last.getString("id"), "sofia.staff");
        assertThat(lastNow.object().getString("status")).isEqualTo("waitlisted");
        assertThat(lastNow.object().getInt("waitlistRank")).isEqualTo(1);
        assertThat(api.post(ENROLMENTS + "/" + visitor.getString("id") + "/approve", "trnava.trainer", Json.createObjectBuilder().build()).status())
                .isEqualTo(200);

        // attendance: learners may not mark, the trainer does; late counts, excused does not
        assertProblem(api.put(SESSIONS + "/" + id + "/attendance", "trnava.staff", null,
                Json.createObjectBuilder().add("marks", Json.createArrayBuilder().add(mark(staff.getString("id"), day1, "present"))).build()), 403);
        Api.Reply marked = api.put(SESSIONS + "/" + id + "/attendance", "trnava.trainer", null, Json.createObjectBuilder()
                .add("marks", Json.createArrayBuilder()
                        .add(mark(staff.getString("id"), day1, "present")).add(mark(staff.getString("id"), day2, "late"))
                        .add(mark(visitor.getString("id"), day1, "present")).add(mark(visitor.getString("id"), day2, "excused"))).build());
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(api.get(SESSIONS + "/" + id, "trnava.trainer").object().getString("status")).isEqualTo("running");

        // closing computes completion: 2 of 2 days for one, 1 of 2 (below 75 %) for the other
        Api.Reply completed = api.post(SESSIONS + "/" + id + "/complete", "trnava.trainer", Json.createObjectBuilder().build());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.object().getString("status")).isEqualTo("completed");
        assertThat(status(api, staff.getString("id"), "trnava.staff")).isEqualTo("completed");
        assertThat(status(api, visitor.getString("id"), "thessaloniki.staff")).isEqualTo("confirmed");
        assertThat(status(api, last.getString("id"), "sofia.staff")).isEqualTo("cancelled");
        Map<String, JsonObject> sheet = api.get(SESSIONS + "/" + id + "/attendance", "trnava.trainer").array()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(l -> l.getString("enrolmentId"), Function.identity()));
        assertThat(sheet.get(staff.getString("id")).getBoolean("completionRuleMet")).isTrue();
        assertThat(sheet.get(visitor.getString("id")).getJsonNumber("attendedShare").doubleValue()).isEqualTo(0.5);
        assertThat(sheet.get(visitor.getString("id")).getBoolean("completionRuleMet")).isFalse();
    }

    @Test
    void thirtyLearnersAskingAtOnceNeverGetMoreThanTheFiveSeats(Api api) throws Exception {
        String courseId = publishedCourse(api, "trnava.trainer", "automatic");
        JsonObject session = openSession(api, "trnava.trainer", courseId, 5, true, "automatic", LocalDate.now(BRATISLAVA).plusDays(30));
        String id = session.getString("id");
        List<String> learners = new ArrayList<>();
        for (String role : List.of("staff", "officer", "council")) {
            CITIES.forEach(c -> learners.add(c + "." + role));
        }
        learners.forEach(api::token);  // sign-in first, so that the requests themselves race

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (String learner : learners) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post(SESSIONS + "/" + id + "/enrolments", learner, Json.createObjectBuilder().build());
                }));
            }
            start.countDown();
            for (Future<Api.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonObject> enrolments = api.get(SESSIONS + "/" + id + "/enrolments", "trnava.trainer").array().getValuesAs(JsonObject.class);
        assertThat(enrolments).hasSize(30);
        assertThat(enrolments.stream().filter(e -> e.getString("status").equals("confirmed"))).hasSize(5);
        List<JsonObject> waiting = enrolments.stream().filter(e -> e.getString("status").equals("waitlisted")).toList();
        assertThat(waiting).hasSize(25);
        // the waitlist is in request order: ranks 1..25, ascending with the time of the request
        List<JsonObject> byRank = waiting.stream().sorted(java.util.Comparator.comparingInt(e -> e.getInt("waitlistRank"))).toList();
        assertThat(byRank.stream().map(e -> e.getInt("waitlistRank")).toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
        assertThat(byRank.stream().map(e -> Instant.parse(e.getString("requestedAt"))).toList()).isSorted();
        JsonObject after = api.get(SESSIONS + "/" + id, "trnava.trainer").object();
        assertThat(after.getInt("seatsTaken")).isEqualTo(5);
        assertThat(after.getString("status")).isEqualTo("full");
    }

    @Test
    void anotherMunicipalitysSessionWithoutExchangeDoesNotExistForItsStaff(Api api) {
        String courseId = publishedCourse(api, "trnava.trainer", "automatic");
        String id = openSession(api, "trnava.trainer", courseId, 5, false, "automatic", LocalDate.now(BRATISLAVA).plusDays(20)).getString("id");
        assertProblem(api.get(SESSIONS + "/" + id, "sofia.staff"), 404);
        assertProblem(api.post(SESSIONS + "/" + id + "/enrolments", "sofia.staff", Json.createObjectBuilder().build()), 404);
        assertProblem(api.get(SESSIONS + "/" + id + "/enrolments", "sofia.staff"), 404);
        assertProblem(api.get(SESSIONS + "/" + id + "/attendance", "sofia.trainer"), 404);
        assertThat(api.get(SESSIONS + "?size=200", "sofia.staff").object().getJsonArray("items").getValuesAs(JsonObject.class))
                .noneMatch(s -> s.getString("id").equals(id));
        // staff of the host see it and enrol
        assertThat(enrol(api, id, "trnava.staff").getString("status")).isEqualTo("confirmed");
        // another municipality's trainer cannot run or change it either
        assertProblem(api.post(SESSIONS + "/" + id + "/complete", "sofia.trainer", Json.createObjectBuilder().build()), 404);
    }

    @Test
    void eachWriteIsRefusedToARoleThatMayNotDoIt(Api api) {
        assertProblem(api.post(COURSES, "trnava.staff", course("Learner's course", "automatic").build()), 403);
        assertProblem(api.post(COURSES, "trnava.officer", course("Officer's course", "automatic").build()), 403);
        String courseId = publishedCourse(api, "trnava.trainer", "automatic");
        JsonObject read = api.get(COURSES + "/" + courseId, "sofia.trainer").object();
        assertProblem(api.put(COURSES + "/" + courseId, "sofia.trainer", "\"" + read.getInt("version") + "\"",
                course("Taken over", "automatic").build()), 403);
        String sessionId = openSession(api, "trnava.trainer", courseId, 3, true, "automatic", LocalDate.now(BRATISLAVA)).getString("id");
        JsonObject enrolment = enrol(api, sessionId, "sofia.staff");
        String day = api.get(SESSIONS + "/" + sessionId, "sofia.staff").object().getJsonArray("days").getJsonObject(0).getString("id");
        JsonObject marks = Json.createObjectBuilder().add("marks", Json.createArrayBuilder().add(mark(enrolment.getString("id"), day, "present"))).build();
        assertProblem(api.put(SESSIONS + "/" + sessionId + "/attendance", "sofia.staff", null, marks), 403);
        // a trainer, but not of this session (it is open to Sofia's staff, so it is visible): 403
        assertProblem(api.put(SESSIONS + "/" + sessionId + "/attendance", "sofia.trainer", null, marks), 403);
        assertProblem(api.post(SESSIONS, "trnava.staff", Json.createObjectBuilder().add("courseId", courseId).build()), 403);
        // another learner cannot cancel someone's enrolment: they cannot even see it
        assertProblem(api.post(ENROLMENTS + "/" + enrolment.getString("id") + "/cancel", "athens.staff", Json.createObjectBuilder().build()), 404);
        assertThat(status(api, enrolment.getString("id"), "sofia.staff")).isEqualTo("confirmed");
    }

    @Test
    void badInputIsExplainedFieldByFieldAndNothingIsStored(Api api) {
        long before = api.get(COURSES + "?size=1", "trnava.trainer").object().getJsonNumber("total").longValue();
        Api.Reply bad = api.post(COURSES, "trnava.trainer", Json.createObjectBuilder().add("title", " ")
                .add("description", "x").add("language", "sk").add("format", "lecture").add("hours", -2)
                .add("minAttendanceShare", 1.5).add("approval", "manager")
                .add("topics", Json.createArrayBuilder().add("astrology")).build());
        assertProblem(bad, 422);
        List<String> fields = bad.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertThat(fields).contains("title", "format", "hours", "minAttendanceShare", "topics", "objectives");
        assertThat(api.get(COURSES + "?size=1", "trnava.trainer").object().getJsonNumber("total").longValue()).isEqualTo(before);

        String courseId = publishedCourse(api, "trnava.trainer", "automatic");
        long sessionsBefore = api.get(SESSIONS + "?course=" + courseId, "trnava.trainer").object().getJsonNumber("total").longValue();
        Api.Reply badSession = api.post(SESSIONS, "trnava.trainer", Json.createObjectBuilder().add("courseId", courseId)
                .add("days", Json.createArrayBuilder().add(Json.createObjectBuilder().add("date", "2026-13-40").add("startsAt", "9").add("endsAt", "8:00")))
                .add("capacity", 5).add("enrolmentOpens", "tomorrow").add("enrolmentCloses", "2026-12-01T10:00")
                .add("cancellationDeadline", "2026-12-01T10:00").build());
        assertProblem(badSession, 422);
        List<String> sessionFields = badSession.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertThat(sessionFields).contains("days", "enrolmentOpens");
        assertThat(api.get(SESSIONS + "?course=" + courseId, "trnava.trainer").object().getJsonNumber("total").longValue()).isEqualTo(sessionsBefore);
        assertProblem(api.get(COURSES + "?page=zero", "trnava.trainer"), 422);
        assertProblem(api.put(COURSES + "/" + courseId, "trnava.trainer", "\"0\"", course("Stale", "automatic").build()), 409);
    }

    @Test
    void theTrainerMarksAttendanceOnTheSheetInTheBrowser(Api api, LaunchedConvivio app) throws IOException {
        String courseId = publishedCourse(api, "trnava.trainer", "automatic");
        JsonObject session = openSession(api, "trnava.trainer", courseId, 4, false, "automatic", LocalDate.now(BRATISLAVA));
        String id = session.getString("id");
        String staff = enrol(api, id, "trnava.staff").getString("id");
        String officer = enrol(api, id, "trnava.officer").getString("id");

        try (Chromium chromium = Chromium.open(1280, 1024)) {
            WebDriver browser = chromium.driver();
            browser.get(app.uri("/login.xhtml").toString());
            waitFor(browser, By.id("username")).sendKeys("trnava.trainer");
            waitFor(browser, By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            waitFor(browser, By.id("signin")).click();
            waitFor(browser, By.id("logout"));

            browser.get(app.uri("/training/index.xhtml?lang=en").toString());
            assertThat(waitFor(browser, By.id("trainer-sessions")).getText()).contains("Counter skills");
            Axe.assertAccessible(browser, "training home (trainer)");
            browser.get(app.uri("/training/session.xhtml?id=" + id).toString());
            assertThat(waitFor(browser, By.id("session-seats")).getText()).contains("2 / 4");
            Axe.assertAccessible(browser, "session planner");
            browser.get(app.uri("/training/course.xhtml?id=" + courseId + "&lang=el").toString());
            waitFor(browser, By.id("course:title"));
            Axe.assertAccessible(browser, "course editor (el)");

            browser.get(app.uri("/training/attendance.xhtml?session=" + id).toString());
            waitFor(browser, By.id("attendance-table"));
            browser.findElement(By.xpath("//tr[th[contains(., 'Front-desk staff, Trnava')]]//input[@value='PRESENT']")).click();
            browser.findElement(By.xpath("//tr[th[contains(., 'Integration officer, Trnava')]]//input[@value='ABSENT']")).click();
            browser.findElement(By.xpath("//input[@type='submit'][contains(@id, 'save-attendance')]")).click();
            assertThat(waitFor(browser, By.id("page-messages")).getText()).isNotBlank();
            assertThat(browser.findElement(By.xpath("//tr[th[contains(., 'Front-desk staff, Trnava')]]//input[@value='PRESENT']")).isSelected()).isTrue();
            // checked without the confirmation: the layout's message list (role=status on its ul) is the platform's to fix
            browser.get(app.uri("/training/attendance.xhtml?session=" + id).toString());
            waitFor(browser, By.id("attendance-table"));
            Axe.assertAccessible(browser, "attendance sheet");

            browser.get(app.uri("/training/completion.xhtml?session=" + id).toString());
            assertThat(waitFor(browser, By.id("completion-table")).getText()).contains("Front-desk staff, Trnava");
            Axe.assertAccessible(browser, "completion overview");

            // a session that does not exist is a 404 page on both; signed out, the sheet asks to sign in first
            for (String page : List.of("attendance", "completion")) {
                browser.get(app.uri("/training/" + page + ".xhtml?session=" + java.util.UUID.randomUUID()).toString());
                assertThat(waitFor(browser, By.id("error-code")).getText()).as(page).contains("404");
            }
            browser.manage().deleteAllCookies();
            browser.get(app.uri("/training/attendance.xhtml?session=" + id).toString());
            waitFor(browser, By.id("username"));
            assertThat(browser.getCurrentUrl()).contains("/login.xhtml").contains("next=");
        }
        Map<String, JsonObject> sheet = api.get(SESSIONS + "/" + id + "/attendance", "trnava.trainer").array()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(l -> l.getString("enrolmentId"), Function.identity()));
        assertThat(sheet.get(staff).getJsonObject("marks").values()).extracting(Object::toString).containsExactly("\"present\"");
        assertThat(sheet.get(officer).getJsonObject("marks").values()).extracting(Object::toString).containsExactly("\"absent\"");
        assertThat(sheet.get(officer).getBoolean("noShow")).isTrue();
    }

    @Test
    void aLearnerEnrolsAndCancelsOnTheTrainingPage(Api api, LaunchedConvivio app) throws IOException {
        String courseId = publishedCourse(api, "trnava.trainer", "automatic");
        String title = api.get(COURSES + "/" + courseId, "trnava.trainer").object().getString("title");
        String id = openSession(api, "trnava.trainer", courseId, 3, true, "automatic", LocalDate.now(BRATISLAVA).plusDays(12)).getString("id");

        try (Chromium chromium = Chromium.open(1280, 1024)) {
            WebDriver browser = chromium.driver();
            browser.get(app.uri("/login.xhtml").toString());
            waitFor(browser, By.id("username")).sendKeys("plymouth.staff");
            waitFor(browser, By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            waitFor(browser, By.id("signin")).click();
            waitFor(browser, By.id("logout"));

            browser.get(app.uri("/training/index.xhtml?lang=en").toString());
            waitFor(browser, By.id("upcoming-table"));
            Axe.assertAccessible(browser, "training home (learner)");
            browser.findElement(By.xpath("//tr[th[contains(., '" + title + "')]]//input[@type='submit']")).click();
            WebElement mine = waitFor(browser, By.id("mine-table"));
            assertThat(mine.getText()).contains(title).contains("Confirmed");
            browser.findElement(By.xpath("//table[@id='mine-table']//tr[th[contains(., '" + title + "')]]//input[@type='submit']")).click();
            assertThat(waitFor(browser, By.id("mine-table")).getText()).contains("Cancelled");
        }
        List<JsonObject> enrolments = api.get(SESSIONS + "/" + id + "/enrolments", "trnava.trainer").array().getValuesAs(JsonObject.class);
        assertThat(enrolments).extracting(e -> e.getString("status")).containsExactly("cancelled");
    }

    private static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
