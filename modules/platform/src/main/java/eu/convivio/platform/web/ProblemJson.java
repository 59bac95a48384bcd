package eu.convivio.platform.web;

import eu.convivio.platform.api.Problem;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** RFC 9457 problem details: the one shape of every API error. */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM = MediaType.valueOf(MEDIA_TYPE);
    /** Problem types are documented under this path in docs/api.md. */
    static final String TYPE_BASE = "https://convivio.eu/problems/";

    /** Looked up once; {@code Json.create…} searches the class loader for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProblemJson() {
    }

    public static JsonObject of(int status, String type, String title, String detail) {
        return builder(status, type, title, detail).build();
    }

    static JsonObjectBuilder builder(int status, String type, String title, String detail) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        return b;
    }

    public static Response response(Problem problem) {
        JsonObjectBuilder body = builder(problem.status(), problem.type(), problem.title(), problem.detail());
        if (problem instanceof Problem.Invalid invalid) {
            body.add("errors", errors(invalid.errors()));
        }
        Response.ResponseBuilder response = Response.status(status(problem.status())).type(PROBLEM).entity(body.build().toString());
        if (problem instanceof Problem.TooManyRequests tooMany) {
            response.header("Retry-After", tooMany.retryAfterSeconds());
        }
        return response.build();
    }

    public static Response response(int status, String type, String title, String detail) {
        return Response.status(status(status)).type(PROBLEM).entity(of(status, type, title, detail).toString()).build();
    }

    /** The status with its reason phrase; JAX-RS knows none for 422 and would send "CUSTOM". */
    static Response.StatusType status(int code) {
        Response.StatusType known = Response.Status.fromStatusCode(code);
        if (known != null) {
            return known;
        }
        String reason = switch (code) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }

    static JsonArrayBuilder errors(List<Problem.FieldError> errors) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        errors.forEach(e -> array.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        return array;
    }
}
