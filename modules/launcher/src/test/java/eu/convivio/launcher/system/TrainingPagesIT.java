package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
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
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training pages the other system tests do not walk through, in Chromium with axe checks:
 * the course editor's target departments and roles, prerequisites and translations; the
 * planner's choice of trainers; the learner's self-assessment before and after a course and the
 * trainer's view of the change; a study visit recorded and published to the good-practice
 * library. Also the rules behind those fields over the API, and course titles in the reader's
 * language in notifications. Every test works on courses and sessions it creates.
 */
@ExtendWith(SharedConvivio.class)
class TrainingPagesIT {

    private static final String COURSES = "/api/training/courses";
    private static final String SESSIONS = "/api/training/sessions";
    private static final ZoneId BRATISLAVA = ZoneId.of("Europe/Bratislava");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();
    private static final List<String> LEARNERS = List.of("trnava.staff", "trnava.officer", "thessaloniki.staff");

    private static JsonObjectBuilder course(String title, String format) {
        return Json.createObjectBuilder().add("title", title).add("description", "Briefing, seating, ethics.")
                .add("language", "en").add("format", format).add("hours", 6).add("minAttendanceShare", 0.5)
                .add("finalAssessmentRequired", false).add("approval", "automatic")
                .add("topics", Json.createArrayBuilder().add("interpretation"))
                .add("objectives", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "Brief an interpreter")));
    }

    private static JsonObject publishedCourse(Api api, String trainer, JsonObjectBuilder body) {
        Api.Reply created = api.post(COURSES, trainer, body.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        Api.Reply published = api.post(COURSES + "/" + id + "/publish", trainer, EMPTY);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published.object();
    }

    private static JsonObjectBuilder sessionBody(String courseId, LocalDate... days) {
        JsonArrayBuilder dayList = Json.createArrayBuilder();
        for (LocalDate d : days) {
            dayList.add(Json.createObjectBuilder().add("date", d.toString()).add("startsAt", "09:00").add("endsAt", "15:00"));
        }
        Instant now = Instant.now();
        return Json.createObjectBuilder().add("courseId", courseId).add("days", dayList).add("venue", "Town hall, room 4")
                .add("capacity", 10).add("enrolmentOpens", now.minus(Duration.ofDays(1)).toString())
                .add("enrolmentCloses", now.plus(Duration.ofDays(1)).toString())
                .add("cancellationDeadline", now.plus(Duration.ofDays(1)).toString())
                .add("openToOtherMunicipalities", true).add("approval", "automatic");
    }

    /** An open two-day session (yesterday and today) of a new Trnava course, with the learners confirmed. */
    private static JsonObject sessionWithLearners(Api api, String format) {
        String courseId = publishedCourse(api, "trnava.trainer", course(Api.unique("Working with interpreters"), format)).getString("id");
        LocalDate today = LocalDate.now(BRATISLAVA);
        Api.Reply planned = api.post(SESSIONS, "trnava.trainer", sessionBody(courseId, today.minusDays(1), today).build());
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

    private static String enrolmentOf(Api api, String sessionId, String learner) {
        return api.get("/api/training/enrolments/mine", learner).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("sessionId").equals(sessionId)).findFirst().orElseThrow().getString("id");
    }

    private static void complete(Api api, JsonObject session) {
        String id = session.getString("id");
        List<String> enrolments = api.get(SESSIONS + "/" + id + "/enrolments", "trnava.trainer").array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
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

    private static void assertInvalid(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"" + field + "\"");
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void theCourseEditorSetsTargetsPrerequisitesAndTranslationsWithMessagesBesideTheFields(Api api, LaunchedConvivio app) throws IOException {
        String prerequisite = publishedCourse(api, "bratislava.trainer", course(Api.unique("Asylum law basics"), "in_person")).getString("id");
        String title = Api.unique("Interpreters at the counter");
        String[] department = new String[1];
        String[] saved = new String[1];
        withBrowser(app, "bratislava.trainer", browser -> {
            browser.get(app.uri("/training/course.xhtml?lang=en").toString());
            waitFor(browser, By.id("course:title")).sendKeys(title);
            browser.findElement(By.id("course:description")).sendKeys("Working with interpreters at the front desk.");
            browser.findElement(By.id("course:hours")).sendKeys("4");
            browser.findElement(By.id("course:objectives")).sendKeys("Brief an interpreter");
            browser.findElement(By.xpath("//input[@name='course:topics'][@value='interpretation']")).click();
            WebElement firstDepartment = browser.findElement(By.xpath("//input[@name='course:departments']"));
            department[0] = firstDepartment.getAttribute("value");
            firstDepartment.click();
            // a new course is meant for staff and officers until told otherwise; this one only for officers
            browser.findElement(By.xpath("//input[@name='course:roles'][@value='LEARNER']")).click();
            browser.findElement(By.xpath("//input[@name='course:prerequisites'][@value='" + prerequisite + "']")).click();
            browser.findElement(By.xpath("//label[contains(., 'Regional trainer, Bratislava')]")).click();

            browser.findElement(By.id("course:add-translation")).click();
            waitFor(browser, By.id("course:translations:0:language")).sendKeys("sk");
            browser.findElement(By.id("course:add-translation")).click();
            waitFor(browser, By.id("course:translations:1:language")).sendKeys("en");
            browser.findElement(By.id("course:translations:1:title")).sendKeys("Same language");
            browser.findElement(By.id("course:save-course")).click();

            // refused: the Slovak row has no title, the second row repeats the course's own language; all kept
            assertThat(waitFor(browser, By.id("course:translations:0:title-error")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("course:translations:0:title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findElement(By.id("course:translations:1:language-error")).getText()).contains("written in en");
            assertThat(browser.findElement(By.id("course:title")).getAttribute("value")).isEqualTo(title);
            assertThat(browser.findElement(By.xpath("//input[@name='course:prerequisites'][@value='" + prerequisite + "']")).isSelected()).isTrue();
            Axe.assertAccessible(browser, "course editor with errors");

            browser.findElement(By.id("course:translations:1:remove")).click();
            waitFor(browser, By.id("course:translations:0:title")).sendKeys("Tlmočníci pri prepážke");
            browser.findElement(By.id("course:translations:0:description")).sendKeys("Práca s tlmočníkmi pri prepážke.");
            assertThat(browser.findElements(By.id("course:translations:1:language"))).isEmpty();
            browser.findElement(By.id("course:save-course")).click();
            assertThat(waitFor(browser, By.id("page-messages")).getText()).contains(title);
            saved[0] = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
            assertThat(browser.findElement(By.id("course:translations:0:title")).getAttribute("value")).isEqualTo("Tlmočníci pri prepážke");
            Axe.assertAccessible(browser, "course editor with targets, prerequisites and translations");

            // the prerequisite cannot in turn require the new course: refused beside the field, the choice kept
            browser.get(app.uri("/training/course.xhtml?id=" + prerequisite + "&lang=en").toString());
            waitFor(browser, By.xpath("//input[@name='course:prerequisites'][@value='" + saved[0] + "']")).click();
            browser.findElement(By.id("course:save-course")).click();
            assertThat(waitFor(browser, By.id("course:prerequisites-error")).getText()).contains("circle");
            assertThat(browser.findElement(By.xpath("//input[@name='course:prerequisites'][@value='" + saved[0] + "']")).isSelected()).isTrue();
        });

        JsonObject course = api.get(COURSES + "/" + saved[0], "bratislava.trainer").object();
        assertThat(course.getString("title")).isEqualTo(title);
        assertThat(strings(course, "targetDepartments")).containsExactly(department[0]);
        assertThat(strings(course, "targetRoles")).containsExactly("officer");
        assertThat(strings(course, "prerequisites")).containsExactly(prerequisite);
        assertThat(course.getJsonArray("trainers")).hasSize(2);
        assertThat(course.getJsonObject("translations").getJsonObject("sk").getString("title")).isEqualTo("Tlmočníci pri prepážke");
        assertThat(course.getJsonObject("translations").getJsonObject("sk").getString("description")).isEqualTo("Práca s tlmočníkmi pri prepážke.");

        // the same rules over the API: a circle of prerequisites, another city's department, a stranger as trainer, a row's field
        String id = saved[0];
        JsonObject before = api.get(COURSES + "/" + prerequisite, "bratislava.trainer").object();
        assertInvalid(api.put(COURSES + "/" + prerequisite, "bratislava.trainer", "\"" + before.getJsonNumber("version").longValue() + "\"",
                course("Asylum law basics", "in_person").add("prerequisites", Json.createArrayBuilder().add(id)).build()), "prerequisites");
        assertInvalid(api.post(COURSES, "bratislava.trainer", course("Elsewhere", "in_person")
                .add("targetDepartments", Json.createArrayBuilder().add(java.util.UUID.randomUUID().toString())).build()), "targetDepartments");
        String sofiaTrainer = strings(publishedCourse(api, "sofia.trainer", course(Api.unique("Sofia course"), "in_person")), "trainers").get(0);
        assertInvalid(api.post(COURSES, "bratislava.trainer", course("Someone else's", "in_person")
                .add("trainers", Json.createArrayBuilder().add(sofiaTrainer)).build()), "trainers");
        assertInvalid(api.post(COURSES, "bratislava.trainer", course("Half translated", "in_person")
                .add("translations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "el"))).build()),
                "translations[0].title");
        assertThat(api.get(COURSES + "?size=200", "bratislava.trainer").body()).doesNotContain("Elsewhere").doesNotContain("Someone else's")
                .doesNotContain("Half translated");
    }

    @Test
    void thePlannerChoosesTheSessionsTrainers(Api api, LaunchedConvivio app) throws IOException {
        JsonObject course = publishedCourse(api, "bratislava.trainer", course(Api.unique("Counter skills"), "in_person"));
        String courseId = course.getString("id");
        String day = LocalDate.now(BRATISLAVA).plusDays(30).toString();
        withBrowser(app, "bratislava.trainer", browser -> {
            browser.get(app.uri("/training/session.xhtml?course=" + courseId + "&lang=en").toString());
            waitFor(browser, By.xpath("//fieldset[.//input[@name='plan:trainers']]//label[contains(., 'Regional trainer')]"));
            WebElement days = browser.findElement(By.id("plan:days"));
            days.clear();
            days.sendKeys(day + " 09:00-12:00");
            browser.findElement(By.id("plan:venue")).sendKeys("City hall, room 7");
            // the course's trainer comes checked; none at all is refused beside the field
            WebElement own = browser.findElement(By.xpath("//input[@name='plan:trainers'][@checked]"));
            own.click();
            browser.findElement(By.id("plan:save-session")).click();
            assertThat(waitFor(browser, By.id("plan:trainers-error")).getText()).isEqualTo("Choose at least one trainer.");
            assertThat(browser.findElement(By.id("plan:venue")).getAttribute("value")).isEqualTo("City hall, room 7");
            Axe.assertAccessible(browser, "session planner with an error");

            browser.findElement(By.xpath("//fieldset[.//input[@name='plan:trainers']]//label[contains(., 'Regional trainer')]")).click();
            browser.findElement(By.id("plan:save-session")).click();
            assertThat(waitFor(browser, By.id("session-trainers")).getText()).isEqualTo("Regional trainer, Bratislava and Košice");
            assertThat(browser.findElement(By.xpath("//fieldset[.//input[@name='plan:trainers']]//input[@checked]/following-sibling::label"))
                    .getText()).contains("Regional trainer");
            Axe.assertAccessible(browser, "session planner with trainers");
        });
        JsonObject session = api.get(SESSIONS + "?course=" + courseId, "bratislava.trainer").object().getJsonArray("items").getJsonObject(0);
        assertThat(session.getJsonArray("trainers")).hasSize(1).doesNotContain(course.getJsonArray("trainers").get(0));

        // the API takes the same trainers and refuses someone who does not train in the host municipality
        String sofiaTrainer = strings(publishedCourse(api, "sofia.trainer", course(Api.unique("Sofia course"), "in_person")), "trainers").get(0);
        Api.Reply stranger = api.post(SESSIONS, "bratislava.trainer", sessionBody(courseId, LocalDate.now(BRATISLAVA).plusDays(31))
                .add("trainers", Json.createArrayBuilder().add(sofiaTrainer)).build());
        assertInvalid(stranger, "trainers");
        assertThat(api.get(SESSIONS + "?course=" + courseId, "bratislava.trainer").object().getJsonNumber("total").longValue()).isEqualTo(1);
        Api.Reply both = api.post(SESSIONS, "bratislava.trainer", sessionBody(courseId, LocalDate.now(BRATISLAVA).plusDays(32))
                .add("trainers", Json.createArrayBuilder().add(course.getJsonArray("trainers").get(0)).add(session.getJsonArray("trainers").get(0)))
                .build());
        assertThat(both.status()).as(both.toString()).isEqualTo(201);
        assertThat(both.object().getJsonArray("trainers")).hasSize(2);
    }

    @Test
    void learnersAssessThemselvesBeforeAndAfterAndTheTrainerSeesTheChange(Api api, LaunchedConvivio app) throws IOException {
        JsonObject session = sessionWithLearners(api, "in_person");
        String id = session.getString("id");
        String enrolment = enrolmentOf(api, id, "trnava.staff");
        String objective = api.get(COURSES + "/" + session.getString("courseId"), "trnava.trainer").object()
                .getJsonArray("objectives").getJsonObject(0).getString("id");
        withBrowser(app, "trnava.staff", browser -> {
            browser.get(app.uri("/training/feedback.xhtml?enrolment=" + enrolment + "&lang=en").toString());
            waitFor(browser, By.xpath("//fieldset[legend[contains(., 'Brief an interpreter')]]//input[@value='2']")).click();
            Axe.assertAccessible(browser, "self-assessment before the course");
            browser.findElement(By.id("assessment:save-assessment")).click();
            assertThat(waitFor(browser, By.id("page-messages")).getText()).isNotBlank();
            assertThat(browser.findElement(By.xpath("//fieldset[legend[contains(., 'Brief an interpreter')]]//input[@value='2']")).isSelected()).isTrue();
        });
        for (String learner : List.of("trnava.officer", "thessaloniki.staff")) {
            Api.Reply pre = api.put("/api/training/feedback/enrolments/" + enrolmentOf(api, id, learner) + "/self-assessment", learner, null,
                    Json.createObjectBuilder().add("phase", "pre").add("levels", Json.createObjectBuilder().add(objective, 2)).build());
            assertThat(pre.status()).as(pre.toString()).isEqualTo(204);
        }
        complete(api, session);
        withBrowser(app, "trnava.staff", browser -> {
            browser.get(app.uri("/training/feedback.xhtml?enrolment=" + enrolment + "&lang=en").toString());
            waitFor(browser, By.xpath("//fieldset[legend[contains(., 'Brief an interpreter')]]//input[@value='4']")).click();
            browser.findElement(By.id("assessment:save-assessment")).click();
            assertThat(waitFor(browser, By.id("page-messages")).getText()).isNotBlank();
            assertThat(browser.findElement(By.xpath("//fieldset[legend[contains(., 'Brief an interpreter')]]//input[@value='4']")).isSelected()).isTrue();
            Axe.assertAccessible(browser, "self-assessment after the course");
        });
        for (String learner : List.of("trnava.officer", "thessaloniki.staff")) {
            Api.Reply post = api.put("/api/training/feedback/enrolments/" + enrolmentOf(api, id, learner) + "/self-assessment", learner, null,
                    Json.createObjectBuilder().add("phase", "post").add("levels", Json.createObjectBuilder().add(objective, 4)).build());
            assertThat(post.status()).as(post.toString()).isEqualTo(204);
        }
        JsonObject change = api.get("/api/training/feedback/sessions/" + id + "/self-assessment", "trnava.trainer").array().getJsonObject(0);
        assertThat(change.getInt("learners")).isEqualTo(3);
        assertThat(change.getJsonNumber("before").doubleValue()).isEqualTo(2.0);
        assertThat(change.getJsonNumber("after").doubleValue()).isEqualTo(4.0);
        withBrowser(app, "trnava.trainer", browser -> {
            browser.get(app.uri("/training/session-records.xhtml?session=" + id + "&lang=en").toString());
            assertThat(waitFor(browser, By.id("self-assessment")).getText()).contains("Brief an interpreter").contains("3");
            Axe.assertAccessible(browser, "session records with the self-assessed change");
        });
    }

    @Test
    void aTrainerRecordsAStudyVisitAndPublishesItToTheLibrary(Api api, LaunchedConvivio app) throws IOException {
        JsonObject session = sessionWithLearners(api, "study_visit");
        String id = session.getString("id");
        String title = Api.unique("Interpreter roster at the front desk");
        withBrowser(app, "trnava.trainer", browser -> {
            browser.get(app.uri("/training/study-visit.xhtml?session=" + id + "&lang=en").toString());
            waitFor(browser, By.id("report:title")).sendKeys(title);
            browser.findElement(By.id("report:summary")).sendKeys("Trnava books an interpreter for every first visit.");
            Axe.assertAccessible(browser, "study visit report");
            browser.findElement(By.id("report:save-report")).click();
            // practices and lessons are missing: refused beside them, what was typed kept
            assertThat(waitFor(browser, By.id("page-messages")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("report:practices-error")).getText()).isEqualTo("Describe what the host city does (at most 20000 characters).");
            assertThat(browser.findElement(By.id("report:lessons")).getAttribute("aria-invalid")).isEqualTo("true");
            Axe.assertAccessible(browser, "study visit report with errors");
            assertThat(browser.findElement(By.id("report:title")).getAttribute("value")).isEqualTo(title);
            assertThat(browser.findElements(By.id("report:publish-report"))).isEmpty();

            browser.findElement(By.id("report:practices")).sendKeys("The front desk keeps a roster of interpreters and books one with each appointment.");
            browser.findElement(By.id("report:lessons")).sendKeys("Book before the visit, not after; brief the interpreter for five minutes.");
            browser.findElement(By.id("report:save-report")).click();
            waitFor(browser, By.id("report:publish-report")).click();
            assertThat(waitFor(browser, By.tagName("h1")).getText()).contains(title);

            browser.get(app.uri("/training/study-visit.xhtml?session=" + id + "&lang=en").toString());
            assertThat(waitFor(browser, By.id("visit-published")).getText()).contains(title);
            assertThat(browser.findElements(By.id("report"))).isEmpty();
            Axe.assertAccessible(browser, "published study visit");
        });
        JsonObject report = api.get("/api/training/study-visits/" + id, "trnava.trainer").object();
        String practiceId = report.getString("practiceId");
        JsonObject practice = api.get("/api/catalogue/practices/" + practiceId, null).object();
        assertThat(practice.getString("title")).isEqualTo(title);
        assertThat(practice.getString("status")).isEqualTo("published");
        assertThat(practice.getString("city")).isEqualTo("Trnava");
    }

    @Test
    void notificationsNameTheCourseInTheLearnersLanguage(Api api) {
        String title = Api.unique("Working with interpreters");
        String courseId = publishedCourse(api, "trnava.trainer", course(title, "in_person")
                .add("translations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "sk")
                        .add("title", "Práca s tlmočníkmi " + title.substring(title.lastIndexOf(' ') + 1))))).getString("id");
        Api.Reply planned = api.post(SESSIONS, "trnava.trainer", sessionBody(courseId, LocalDate.now(BRATISLAVA).plusDays(20)).build());
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String id = planned.object().getString("id");
        assertThat(api.post(SESSIONS + "/" + id + "/open", "trnava.trainer", EMPTY).status()).isEqualTo(200);
        for (String learner : List.of("trnava.staff", "thessaloniki.staff")) {
            assertThat(api.post(SESSIONS + "/" + id + "/enrolments", learner, EMPTY).status()).isEqualTo(201);
        }
        // trnava.staff reads Slovak, which the course has; thessaloniki.staff reads Greek, which it has not
        assertThat(subjects(api, "trnava.staff", id)).isNotEmpty().allMatch(s -> s.contains("Práca s tlmočníkmi") && !s.contains(title));
        assertThat(subjects(api, "thessaloniki.staff", id)).isNotEmpty().allMatch(s -> s.contains(title));
    }

    private static List<String> subjects(Api api, String user, String sessionId) {
        return api.get("/api/training/notifications", user).array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("sessionId").equals(sessionId)).map(n -> n.getString("subject")).toList();
    }

    private static WebElement waitFor(WebDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** A fresh browser, signed in as the user. */
    private static void withBrowser(LaunchedConvivio app, String user, Consumer<WebDriver> use) throws IOException {
        try (Chromium chromium = Chromium.open(1280, 1024)) {
            WebDriver browser = chromium.driver();
            browser.get(app.uri("/login.xhtml").toString());
            waitFor(browser, By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("signin")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
            use.accept(browser);
        }
    }
}
