package eu.convivio.launcher.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API of a launched Convivio as a client script sees it: a personal token per demo user
 * (exchanged once and kept, since each exchange costs a real password check), JSON in and out.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "convivio-demo-2026";

    private final LaunchedConvivio app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(LaunchedConvivio app) {
        this.app = app;
    }

    /** A response: status, headers, body, and the body parsed as JSON on demand. */
    public record Reply(int status, HttpHeaders headers, String body) {
        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** The secret of a fresh token for a demo user. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            Reply reply = post("/api/tokens", null, Json.createObjectBuilder()
                    .add("username", u).add("password", DEMO_PASSWORD).add("name", "system test").build());
            assertThat(reply.status()).as("token exchange for %s: %s", u, reply).isEqualTo(201);
            return reply.object().getString("secret");
        });
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Reply post(String path, String user, JsonObject body) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, String user, String ifMatch, JsonObject body) {
        HttpRequest.Builder request = request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    /** Any request, e.g. with headers of its own; relative to the application's root. */
    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            builder.header("Authorization", "Bearer " + token(user));
        }
        return builder;
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed; the application's output:\n" + app.tail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of a demo municipality, from the public list. */
    public UUID municipalityId(String name) {
        Reply list = get("/api/municipalities", null);
        assertThat(list.status()).isEqualTo(200);
        return list.array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(name))
                .map(m -> UUID.fromString(m.getString("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no municipality named " + name + " in " + list.body()));
    }

    /** A name that no other test and no earlier run used. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
