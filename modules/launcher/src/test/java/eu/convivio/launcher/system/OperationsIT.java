package eu.convivio.launcher.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API users read about the running application. */
@ExtendWith(SharedConvivio.class)
class OperationsIT {

    @Test
    void readinessReportsTheDatabaseAndItsSchema(Api api) {
        Api.Reply ready = api.get("/health/ready", null);

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.object().getString("status")).isEqualTo("UP");
        JsonObject database = ready.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isNotBlank();
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi(Api api) {
        Api.Reply document = api.get("/openapi", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/tokens:")
                .contains("/api/municipalities/{id}/departments:")
                .contains("/api/accounts/{id}/memberships:")
                .contains("/api/audit:");
    }

    @Test
    void metricsAreServed(Api api) {
        Api.Reply metrics = api.get("/metrics", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }
}
