package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what through the API: tokens, tenancy, roles, and the answers when not. */
@ExtendWith(SharedConvivio.class)
class ApiAccessIT {

    @Test
    void aPasswordBuysATokenThatIdentifiesTheUser(Api api) {
        Api.Reply issued = api.post("/api/tokens", null, Json.createObjectBuilder()
                .add("username", "sofia.officer").add("password", Api.DEMO_PASSWORD).add("name", "my script").build());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String secret = issued.object().getString("secret");
        assertThat(secret).startsWith("cvo_");
        assertThat(issued.object().getJsonObject("token").getString("name")).isEqualTo("my script");

        Api.Reply me = api.send(api.request("/api/me", null).header("Authorization", "Bearer " + secret));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.object().getString("username")).isEqualTo("sofia.officer");
        assertThat(me.object().getJsonArray("memberships").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("role")).containsExactly("OFFICER");
        // the secret is shown once: the token list names the token but never repeats it
        Api.Reply mine = api.send(api.request("/api/me/tokens", null).header("Authorization", "Bearer " + secret));
        assertThat(mine.body()).contains("my script").doesNotContain(secret);
    }

    @Test
    void aWrongPasswordBuysNothing(Api api) {
        Api.Reply refused = api.post("/api/tokens", null, Json.createObjectBuilder()
                .add("username", "plymouth.council").add("password", "not-the-password").add("name", "x").build());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getString("detail")).isEqualTo("The user name or password is not correct.");
        assertThat(refused.body()).doesNotContain("secret");
    }

    @Test
    void anUnknownOrRevokedTokenIsRefused(Api api) {
        Api.Reply unknown = api.send(api.request("/api/me", null).header("Authorization", "Bearer cvo_not-a-real-token"));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Api.Reply issued = api.post("/api/me/tokens", "athens.trainer", Json.createObjectBuilder().add("name", "short-lived").build());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String secret = issued.object().getString("secret");
        String id = issued.object().getJsonObject("token").getString("id");
        assertThat(api.delete("/api/me/tokens/" + id, "athens.trainer").status()).isEqualTo(204);
        Api.Reply revoked = api.send(api.request("/api/me", null).header("Authorization", "Bearer " + secret));
        assertThat(revoked.status()).isEqualTo(401);
    }

    @Test
    void anonymousCallersMayReadThePublicListButNothingPrivate(Api api) {
        assertThat(api.get("/api/municipalities", null).status()).isEqualTo(200);

        Api.Reply me = api.get("/api/me", null);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        UUID bratislava = api.municipalityId("Bratislava");
        Api.Reply create = api.post("/api/municipalities/" + bratislava + "/departments", null,
                Json.createObjectBuilder().add("name", "Anonymous department").build());
        assertThat(create.status()).isEqualTo(401);
    }

    @Test
    void anotherTenantsDataDoesNotExistForAnOfficer(Api api) {
        UUID bratislava = api.municipalityId("Bratislava");
        UUID trnava = api.municipalityId("Trnava");

        Api.Reply foreign = api.get("/api/municipalities/" + bratislava + "/departments", "trnava.officer");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.object().getString("type")).endsWith("/not-found");

        Api.Reply own = api.get("/api/municipalities/" + trnava + "/departments", "trnava.officer");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.array()).isNotEmpty();
    }

    @Test
    void aLearnerMayNotCreateADepartment(Api api) {
        UUID bratislava = api.municipalityId("Bratislava");
        String name = Api.unique("Learners' department");

        Api.Reply refused = api.post("/api/municipalities/" + bratislava + "/departments", "bratislava.staff",
                Json.createObjectBuilder().add("name", name).build());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/municipalities/" + bratislava + "/departments", "bratislava.staff").body()).doesNotContain(name);
    }

    @Test
    void aMunicipalAdministratorManagesOnlyTheirOwnStaff(Api api) {
        Api.Reply accounts = api.get("/api/accounts", "thessaloniki.admin");
        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.array().getValuesAs(JsonObject.class)).extracting(a -> a.getString("username"))
                .contains("thessaloniki.officer", "thessaloniki.staff")
                .doesNotContain("athens.officer", "admin");

        String athensOfficer = api.get("/api/accounts", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals("athens.officer")).findFirst().orElseThrow().getString("id");
        assertThat(api.get("/api/accounts/" + athensOfficer, "thessaloniki.admin").status()).isEqualTo(404);
        assertThat(api.get("/api/accounts", "thessaloniki.officer").status()).isEqualTo(403);
    }
}
