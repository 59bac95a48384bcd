package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultation, links and monitoring of integration strategies over HTTP, on the demo data (the
 * Košice region's strategy: version 1 adopted, version 2 in consultation) and on strategies the
 * tests create: comments in the window, the secretariat's answers, the report public only after
 * the window, links of a measure to a Košice need and a service, an indicator value, the public
 * dashboard, tenancy, roles, bad input, and a measure flagged when its service is withdrawn.
 */
@ExtendWith(SharedConvivio.class)
class StrategyConsultationIT {

    private static final String KOSICE = demo("kosice").toString();
    private static final String STRATEGIES = "/api/strategies/";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Bratislava"));

    private static UUID demo(String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:strategy:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String lineage(String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:strategy-lineage:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static JsonObject comment(String kind, String target, String text) {
        return Json.createObjectBuilder().add("targetKind", kind).add("targetId", target).add("text", text).build();
    }

    private static void problem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static int commentCount(Api api, String strategy) {
        Api.Reply list = api.get(STRATEGIES + strategy + "/consultation/comments", "kosice.council");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.array().size();
    }

    /** A strategy of Košice's council with one section and one measure; its id and the measure's lineage. */
    private static String[] ownStrategy(Api api, boolean publicComments) {
        Api.Reply created = api.post("/api/strategies", "kosice.council", Json.createObjectBuilder()
                .add("municipalityId", api.municipalityId("Košice Self-Governing Region").toString())
                .add("title", Api.unique("Consultation test strategy")).add("language", "sk")
                .add("periodFrom", "2026-01-01").add("periodTo", "2030-12-31")
                .add("allowPublicComments", publicComments).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        Api.Reply section = api.post(STRATEGIES + id + "/sections", "kosice.council",
                Json.createObjectBuilder().add("heading", "Bývanie").add("body", "Text").build());
        assertThat(section.status()).as(section.toString()).isEqualTo(201);
        Api.Reply measure = api.post(STRATEGIES + id + "/measures", "kosice.council",
                Json.createObjectBuilder().add("title", "Sociálne bývanie").add("description", "Byty").build());
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        return new String[]{id, measure.object().getString("lineageId"), section.object().getString("lineageId")};
    }

    @Test
    void theDemoConsultationIsOpenWithCommentsAndAnswersAndItsReportIsNotPublicYet(Api api) {
        Api.Reply status = api.get(STRATEGIES + KOSICE + "/consultation", null);
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        assertThat(status.object().getBoolean("open")).isTrue();
        assertThat(status.object().getInt("versionNumber")).isEqualTo(2);
        assertThat(status.object().getBoolean("reportPublic")).isFalse();

        List<JsonObject> comments = api.get(STRATEGIES + KOSICE + "/consultation/comments", "kosice.council").array()
                .getValuesAs(JsonObject.class);
        assertThat(comments).hasSizeGreaterThanOrEqualTo(6);
        assertThat(comments).filteredOn(c -> !c.isNull("answer")).extracting(c -> c.getString("answer"))
                .contains("accepted", "partly_accepted", "rejected");

        problem(api.get(STRATEGIES + KOSICE + "/consultation/report", null), 409);
        problem(api.get(STRATEGIES + KOSICE + "/consultation/report", "kosice.officer"), 409);
        Api.Reply secretariat = api.get(STRATEGIES + KOSICE + "/consultation/report", "kosice.council");
        assertThat(secretariat.status()).as(secretariat.toString()).isEqualTo(200);
        assertThat(secretariat.object().getBoolean("published")).isFalse();
        // the comments before the window closes are the secretariat's, not the public's or another city's
        problem(api.get(STRATEGIES + KOSICE + "/consultation/comments", "kosice.officer"), 403);
        problem(api.get(STRATEGIES + KOSICE + "/consultation/comments", "bratislava.council"), 404);
        problem(api.get(STRATEGIES + KOSICE + "/consultation/comments", null), 401);
    }

    @Test
    void stakeholdersAndThePublicCommentInTheWindowAndTheSecretariatAnswers(Api api) {
        String section = lineage("kosice:services");
        int before = commentCount(api, KOSICE);

        Api.Reply signedIn = api.post(STRATEGIES + KOSICE + "/consultation/comments", "bratislava.staff",
                comment("section", section, "Please publish the list of interpreters online."));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(201);
        assertThat(signedIn.object().getString("targetTitle")).isEqualTo("Dostupnosť služieb");
        Api.Reply anonymous = api.post(STRATEGIES + KOSICE + "/consultation/comments", null, Json.createObjectBuilder(
                comment("measure", lineage("kosice:measure-interpreting"), "Add Hungarian to the interpreting line."))
                .add("authorOrganisation", "Občianske združenie Most").build());
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(201);

        // bad input: the field is named and nothing is stored
        Api.Reply blank = api.post(STRATEGIES + KOSICE + "/consultation/comments", "bratislava.staff", comment("section", section, " "));
        problem(blank, 422);
        assertThat(blank.body()).contains("\"text\"");
        problem(api.post(STRATEGIES + KOSICE + "/consultation/comments", "bratislava.staff", comment("CHAPTER", section, "Hm")), 422);
        problem(api.post(STRATEGIES + KOSICE + "/consultation/comments", "bratislava.staff",
                comment("section", UUID.randomUUID().toString(), "Somewhere")), 422);
        problem(api.post(STRATEGIES + KOSICE + "/consultation/comments", "bratislava.staff",
                Json.createObjectBuilder(comment("section", section, "x")).add("unknown", 1).build()), 400);
        assertThat(commentCount(api, KOSICE)).isEqualTo(before + 2);

        String id = signedIn.object().getString("id");
        JsonObject answer = Json.createObjectBuilder().add("answer", "accepted").add("reason", "The list goes online in January.").build();
        problem(api.put(STRATEGIES + KOSICE + "/consultation/comments/" + id + "/answer", "kosice.officer", null, answer), 403);
        problem(api.put(STRATEGIES + KOSICE + "/consultation/comments/" + id + "/answer", "bratislava.council", null, answer), 404);
        Api.Reply noReason = api.put(STRATEGIES + KOSICE + "/consultation/comments/" + id + "/answer", "kosice.council", null,
                Json.createObjectBuilder().add("answer", "rejected").build());
        problem(noReason, 422);
        assertThat(noReason.body()).contains("\"reason\"");
        Api.Reply answered = api.put(STRATEGIES + KOSICE + "/consultation/comments/" + id + "/answer", "kosice.council", null, answer);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.object().getString("answer")).isEqualTo("accepted");
        // an answer on a version of the comment someone has since changed is refused
        long seen = answered.object().getJsonNumber("version").longValue() - 1;
        problem(api.put(STRATEGIES + KOSICE + "/consultation/comments/" + id + "/answer", "kosice.council", "\"" + seen + "\"",
                Json.createObjectBuilder().add("answer", "rejected").add("reason", "No").build()), 409);
    }

    @Test
    void outsideItsWindowAStrategyTakesNoCommentsAndItsReportIsPublic(Api api) {
        String[] own = ownStrategy(api, true);
        Api.Reply started = api.post(STRATEGIES + own[0] + "/consultation", "kosice.council", Json.createObjectBuilder()
                .add("start", TODAY.minusDays(30).toString()).add("end", TODAY.minusDays(10).toString()).build());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);

        Api.Reply late = api.post(STRATEGIES + own[0] + "/consultation/comments", "bratislava.staff",
                comment("section", own[2], "Too late?"));
        problem(late, 409);
        assertThat(late.body()).contains("closed on " + TODAY.minusDays(10));
        assertThat(commentCount(api, own[0])).isZero();
        // the window is over: the report is everyone's, even with no comments in it
        Api.Reply report = api.get(STRATEGIES + own[0] + "/consultation/report?version=1", null);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.object().getBoolean("published")).isTrue();
        assertThat(report.object().getJsonObject("counts").getInt("total")).isZero();
    }

    @Test
    void aCouncilMemberLinksAMeasureToAKosiceNeedAndAServiceAndTheNeedShowsTheMeasure(Api api) {
        String measure = lineage("kosice:measure-recognition");
        String links = STRATEGIES + KOSICE + "/measures/" + measure + "/links";
        Api.Reply needs = api.get("/api/needs/needs?minSeverity=3&size=50", "kosice.council");
        assertThat(needs.status()).as(needs.toString()).isEqualTo(200);
        String need = needs.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> !"closed".equals(n.getString("status"))).map(n -> n.getString("id")).findFirst().orElseThrow();
        String service = api.get("/api/catalogue/services", "kosice.officer").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> "active".equals(s.getString("status"))).map(s -> s.getString("id")).findFirst().orElseThrow();
        int before = api.get(links, "kosice.council").object().getJsonArray("services").size();

        problem(api.post(links, "kosice.officer", Json.createObjectBuilder().add("kind", "need").add("targetId", need).build()), 403);
        problem(api.post(links, "bratislava.council", Json.createObjectBuilder().add("kind", "need").add("targetId", need).build()), 404);
        problem(api.post(links, "kosice.council", Json.createObjectBuilder().add("kind", "FRIEND").add("targetId", need).build()), 422);
        problem(api.post(links, "kosice.council", Json.createObjectBuilder().add("kind", "service")
                .add("targetId", UUID.randomUUID().toString()).build()), 422);
        problem(api.post(STRATEGIES + KOSICE + "/measures/" + UUID.randomUUID() + "/links", "kosice.council",
                Json.createObjectBuilder().add("kind", "need").add("targetId", need).build()), 404);

        Api.Reply toNeed = api.post(links, "kosice.council", Json.createObjectBuilder().add("kind", "need").add("targetId", need).build());
        assertThat(toNeed.status()).as(toNeed.toString()).isIn(201, 409);
        Api.Reply toService = api.post(links, "kosice.council", Json.createObjectBuilder().add("kind", "service").add("targetId", service).build());
        assertThat(toService.status()).as(toService.toString()).isIn(201, 409);

        JsonObject seen = api.get(links, "kosice.council").object();
        assertThat(seen.getJsonArray("needs").getValuesAs(JsonObject.class)).extracting(n -> n.getString("targetId")).contains(need);
        assertThat(seen.getJsonArray("services").getValuesAs(JsonObject.class)).extracting(n -> n.getString("targetId")).contains(service);
        assertThat(seen.getJsonArray("services").size()).isGreaterThanOrEqualTo(Math.max(before, 1));
        // the public sees the services, never the municipality's needs
        JsonObject publicView = api.get(links, null).object();
        assertThat(publicView.getJsonArray("needs")).isEmpty();
        assertThat(publicView.getJsonArray("services").getValuesAs(JsonObject.class)).extracting(n -> n.getString("targetId")).contains(service);

        Api.Reply addressing = api.get("/api/strategies/measures?need=" + need, "kosice.officer");
        assertThat(addressing.status()).as(addressing.toString()).isEqualTo(200);
        assertThat(addressing.array().getValuesAs(JsonObject.class)).extracting(m -> m.getString("measureId")).contains(measure);
        problem(api.get("/api/strategies/measures?need=" + need, "bratislava.officer"), 404);
        problem(api.get("/api/strategies/measures?need=not-an-id", "kosice.officer"), 422);

        Api.Reply coverage = api.get(STRATEGIES + KOSICE + "/coverage", "kosice.council");
        assertThat(coverage.status()).as(coverage.toString()).isEqualTo(200);
        assertThat(coverage.object().getBoolean("needsChecked")).isTrue();
        assertThat(coverage.object().getJsonArray("needsWithoutMeasure").getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("id")).doesNotContain(need);
        problem(api.get(STRATEGIES + KOSICE + "/coverage", "kosice.trainer"), 403);
        problem(api.get(STRATEGIES + KOSICE + "/coverage", "bratislava.council"), 404);
        problem(api.get(STRATEGIES + KOSICE + "/coverage", null), 401);
    }

    @Test
    void aCouncilMemberRecordsAnIndicatorValueAndThePublicSeesTheMonitoringWithoutSigningIn(Api api) {
        String indicator = lineage("kosice:indicator-pupils");
        String values = STRATEGIES + KOSICE + "/monitoring/indicators/" + indicator + "/values";
        JsonObject value = Json.createObjectBuilder().add("measuredOn", TODAY.toString()).add("value", 71.5)
                .add("source", Api.unique("School register")).build();

        problem(api.post(values, null, value), 401);
        problem(api.post(values, "kosice.trainer", value), 403);
        problem(api.post(values, "bratislava.officer", value), 404);
        Api.Reply bad = api.post(values, "kosice.council", Json.createObjectBuilder().add("measuredOn", "yesterday")
                .add("source", " ").build());
        problem(bad, 422);
        Api.Reply future = api.post(values, "kosice.council", Json.createObjectBuilder(value)
                .add("measuredOn", TODAY.plusDays(3).toString()).build());
        problem(future, 422);
        assertThat(future.body()).contains("\"measuredOn\"");
        problem(api.post(STRATEGIES + KOSICE + "/monitoring/measures/" + lineage("kosice:measure-language") + "/progress",
                "kosice.officer", Json.createObjectBuilder().add("reportedOn", TODAY.toString()).add("status", "done")
                        .add("progress", 50).build()), 422);

        Api.Reply saved = api.post(values, "kosice.council", value);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);

        Api.Reply dashboard = api.get(STRATEGIES + KOSICE + "/monitoring", null);
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        assertThat(dashboard.object().getBoolean("editable")).isFalse();
        assertThat(dashboard.object().getJsonArray("flags")).isEmpty();
        JsonObject pupils = dashboard.object().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indicatorId").equals(indicator)).findFirst().orElseThrow();
        // the bad and the refused values left nothing behind: exactly one value with this source
        assertThat(pupils.getJsonArray("values").getValuesAs(JsonObject.class))
                .filteredOn(v -> v.getString("source").equals(value.getString("source"))).hasSize(1);
        assertThat(dashboard.object().getJsonArray("measures")).isNotEmpty();

        Api.Reply page = api.get("/strategy/monitoring.xhtml?id=" + KOSICE, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("role=\"img\"").contains(value.getString("source"));
    }

    @Test
    void withdrawingALinkedServiceFlagsTheMeasureForReviewUntilTheCouncilClearsIt(Api api) {
        String[] own = ownStrategy(api, false);
        // a service of the officer's own making, so that no demo record changes
        String template = api.get("/api/catalogue/services", "kosice.officer").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> "active".equals(s.getString("status"))).map(s -> s.getString("id")).findFirst().orElseThrow();
        JsonObject copy = api.get("/api/catalogue/services/" + template, null).object();
        // opening hours at the template's locations are not this service's
        var body = Json.createObjectBuilder(copy).remove("id").remove("version").add("name", Api.unique("Interpreting desk"))
                .add("schedules", Json.createArrayBuilder());
        for (String readOnly : List.of("last_modified", "needs_review")) {
            body.remove(readOnly);
        }
        Api.Reply created = api.post("/api/catalogue/services", "kosice.officer", body.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String service = created.object().getString("id");
        long version = created.object().getJsonNumber("version").longValue();

        String links = STRATEGIES + own[0] + "/measures/" + own[1] + "/links";
        // the earlier upper-case codes are still read
        Api.Reply linked = api.post(links, "kosice.council", Json.createObjectBuilder().add("kind", "SERVICE").add("targetId", service).build());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(api.get(STRATEGIES + own[0] + "/monitoring/review-flags", "kosice.council").array()).isEmpty();

        Api.Reply withdrawn = api.put("/api/catalogue/services/" + service + "/status", "kosice.officer", "\"" + version + "\"",
                Json.createObjectBuilder().add("status", "defunct").build());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        List<JsonObject> flags = api.get(STRATEGIES + own[0] + "/monitoring/review-flags", "kosice.council").array()
                .getValuesAs(JsonObject.class);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.getString("reason")).isEqualTo("service_withdrawn");
            assertThat(f.getString("measureId")).isEqualTo(own[1]);
            assertThat(f.getString("targetId")).isEqualTo(service);
        });
        JsonObject linkSet = api.get(links, "kosice.council").object();
        assertThat(linkSet.getJsonArray("flags")).hasSize(1);
        assertThat(linkSet.getJsonArray("services").getJsonObject(0).getBoolean("current")).isFalse();

        String flag = flags.get(0).getString("id");
        problem(api.post(STRATEGIES + own[0] + "/monitoring/review-flags/" + flag + "/clear", "kosice.officer",
                Json.createObjectBuilder().build()), 403);
        Api.Reply cleared = api.post(STRATEGIES + own[0] + "/monitoring/review-flags/" + flag + "/clear", "kosice.council",
                Json.createObjectBuilder().add("note", "Another interpreting service takes over").build());
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(204);
        assertThat(api.get(STRATEGIES + own[0] + "/monitoring/review-flags", "kosice.council").array()).isEmpty();
        // the draft strategy is not public: another city's people learn nothing of it
        problem(api.get(STRATEGIES + own[0] + "/monitoring/review-flags", "bratislava.council"), 404);
        problem(api.get(links, null), 404);
    }
}
