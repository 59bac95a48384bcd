package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server JVM killed with SIGKILL (out of memory, a crash) loses no acknowledged write, and the
 * next start takes over the data directory from the PostgreSQL it left behind; a killed supervisor
 * takes its server and PostgreSQL down cleanly. Runs its own launcher on its own data directory.
 */
class CrashRecoveryIT {

    private static LaunchedConvivio app;

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void anAcknowledgedChangeSurvivesAKillAndTheNextStartIsReady() throws Exception {
        app = LaunchedConvivio.startFresh("crash-test");
        Api api = new Api(app);
        String name = Api.unique("Survivor");
        Api.Reply created = api.post("/api/municipalities", "admin", Json.createObjectBuilder()
                .add("name", name).add("country", "BG").add("kind", "MUNICIPALITY")
                .add("defaultLanguage", "bg").add("timeZone", "Europe/Sofia").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ProcessHandle postgres = app.postgres().orElseThrow(() -> new AssertionError("no embedded PostgreSQL is running"));

        app.killServer();

        assertThat(app.isRunning()).as("the supervisor ends with its server").isFalse();
        assertThat(postgres.isAlive()).as("PostgreSQL outlives the killed server (its own process group)").isTrue();

        app.start();

        assertThat(postgres.isAlive()).as("the old server was stopped, not joined by a second one").isFalse();
        assertThat(app.postgres()).as("a new server holds the data directory").hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        Api afterRestart = new Api(app);
        assertThat(afterRestart.get("/api/municipalities", null).array().getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("name")).contains(name);
        assertThat(afterRestart.get("/health/ready", null).status()).isEqualTo(200);

        ProcessHandle server = app.server().orElseThrow();
        ProcessHandle newPostgres = app.postgres().orElseThrow();

        app.killSupervisor();

        assertThat(LaunchedConvivio.ended(server, java.time.Duration.ofSeconds(60)))
                .as("the server stops by itself when its supervisor is killed").isTrue();
        assertThat(LaunchedConvivio.ended(newPostgres, java.time.Duration.ofSeconds(30)))
                .as("and shuts its PostgreSQL down").isTrue();
        assertThat(Files.exists(app.dataDir().resolve("postgres/postmaster.pid")))
                .as("cleanly: PostgreSQL removed its pid file").isFalse();
    }
}
