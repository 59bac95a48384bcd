package eu.convivio.platform.api;

import java.util.List;
import java.util.Map;

/**
 * Errors that reach the client as RFC 9457 problem details (API) or as messages (UI).
 * Thrown by application services; the web layer turns them into responses.
 */
public abstract class Problem extends RuntimeException {

    private final int status;
    private final String title;

    protected Problem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** A short machine-readable slug for the {@code type} member. */
    public abstract String type();

    /** The resource does not exist, or the user may not know that it exists. */
    public static final class NotFound extends Problem {
        public NotFound(String detail) {
            super(404, "Not found", detail);
        }

        @Override
        public String type() {
            return "not-found";
        }
    }

    /** Signed in, but the role does not allow this. */
    public static final class Forbidden extends Problem {
        public Forbidden(String detail) {
            super(403, "Forbidden", detail);
        }

        @Override
        public String type() {
            return "forbidden";
        }
    }

    /** Not signed in. */
    public static final class Unauthorized extends Problem {
        public Unauthorized(String detail) {
            super(401, "Sign-in required", detail);
        }

        @Override
        public String type() {
            return "unauthorized";
        }
    }

    /** The request clashes with the current state: a stale version, a duplicate name. */
    public static final class Conflict extends Problem {
        public Conflict(String detail) {
            super(409, "Conflict", detail);
        }

        @Override
        public String type() {
            return "conflict";
        }
    }

    /** Too many attempts: login throttling. */
    public static final class TooManyRequests extends Problem {
        private final long retryAfterSeconds;

        public TooManyRequests(String detail, long retryAfterSeconds) {
            super(429, "Too many requests", detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public String type() {
            return "too-many-requests";
        }
    }

    /** Input that breaks a rule; each offending field with its message. */
    public static final class Invalid extends Problem {
        private final List<FieldError> errors;

        public Invalid(List<FieldError> errors) {
            super(422, "Invalid input", errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " fields are invalid");
            this.errors = List.copyOf(errors);
        }

        public Invalid(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        public List<FieldError> errors() {
            return errors;
        }

        public Map<String, String> byField() {
            var map = new java.util.LinkedHashMap<String, String>();
            errors.forEach(e -> map.putIfAbsent(e.field(), e.message()));
            return map;
        }

        @Override
        public String type() {
            return "invalid-input";
        }
    }

    /** One invalid field: its name as the client sent it, and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
