package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes through the API: bad input refused whole, stale edits refused, every change audited. */
@ExtendWith(SharedConvivio.class)
class ApiChangesIT {

    private static JsonObject municipality(String name, String country, String timeZone) {
        return Json.createObjectBuilder().add("name", name).add("country", country).add("kind", "MUNICIPALITY")
                .add("defaultLanguage", "sk").add("timeZone", timeZone).build();
    }

    @Test
    void badInputIsAnsweredFieldByFieldAndNothingIsStored(Api api) {
        String name = Api.unique("Nowhere");

        Api.Reply refused = api.post("/api/municipalities", "admin", municipality(name, "Slovakia", "Europe/Bratislava"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject problem = refused.object();
        assertThat(problem.getInt("status")).isEqualTo(422);
        assertThat(problem.getString("title")).isNotBlank();
        var errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getString("field")).containsExactly("country");
        // a message a person can read, not a message key
        assertThat(errors.get(0).getString("message")).isNotBlank().doesNotStartWith("{");
        assertThat(api.get("/api/municipalities", null).body()).doesNotContain(name);

        Api.Reply zone = api.post("/api/municipalities", "admin", municipality(name, "SK", "Mars/Olympus Mons"));
        assertThat(zone.status()).isEqualTo(422);
        assertThat(zone.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("timeZone");
        assertThat(api.get("/api/municipalities", null).body()).doesNotContain(name);
    }

    @Test
    void anUnknownFieldIsAMalformedRequest(Api api) {
        Api.Reply refused = api.post("/api/municipalities", "admin", Json.createObjectBuilder()
                .add("name", Api.unique("Typo")).add("contry", "SK").build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("contry");
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerOneKept(Api api) {
        Api.Reply created = api.post("/api/municipalities", "admin", municipality(Api.unique("Stale"), "SK", "Europe/Bratislava"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        String version = "\"" + created.object().getJsonNumber("version").longValue() + "\"";

        String first = Api.unique("First edit");
        Api.Reply accepted = api.put("/api/municipalities/" + id, "admin", version, municipality(first, "SK", "Europe/Bratislava"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        Api.Reply stale = api.put("/api/municipalities/" + id, "admin", version, municipality(Api.unique("Second edit"), "SK", "Europe/Bratislava"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/municipalities/" + id, null).object().getString("name")).isEqualTo(first);

        Api.Reply withoutVersion = api.put("/api/municipalities/" + id, "admin", null, municipality(first, "SK", "Europe/Bratislava"));
        assertThat(withoutVersion.status()).isEqualTo(422);
        assertThat(withoutVersion.body()).contains("If-Match");
    }

    @Test
    void everyChangeIsInTheAuditLogWithItsAuthorAndValues(Api api) {
        UUID kosice = api.municipalityId("Košice Self-Governing Region");
        String before = Api.unique("Migrant services");
        Api.Reply created = api.post("/api/municipalities/" + kosice + "/departments", "kosice.admin",
                Json.createObjectBuilder().add("name", before).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.object().getString("id");
        String after = Api.unique("Integration services");
        Api.Reply renamed = api.put("/api/municipalities/" + kosice + "/departments/" + id, "kosice.admin",
                "\"" + created.object().getJsonNumber("version").longValue() + "\"",
                Json.createObjectBuilder().add("name", after).build());
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        Api.Reply log = api.get("/api/audit?entityType=Department&entityId=" + id, "admin");

        assertThat(log.status()).isEqualTo(200);
        var entries = log.object().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("UPDATE", "CREATE");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo("kosice.admin");
            assertThat(e.getString("municipalityId")).isEqualTo(kosice.toString());
        });
        JsonObject changes = entries.get(0).getJsonObject("changes");
        assertThat(changes.keySet()).containsExactly("name");
        assertThat(changes.getJsonObject("name").getString("before")).isEqualTo(before);
        assertThat(changes.getJsonObject("name").getString("after")).isEqualTo(after);

        // a municipal administrator reads the log of their own municipality only
        assertThat(api.get("/api/audit?entityType=Department&entityId=" + id, "kosice.admin").object()
                .getJsonArray("items")).hasSize(2);
        assertThat(api.get("/api/audit?entityType=Department&entityId=" + id, "sofia.admin").object()
                .getJsonArray("items")).isEmpty();
        assertThat(api.get("/api/audit", "kosice.officer").status()).isEqualTo(403);
    }
}
