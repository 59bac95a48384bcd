package eu.convivio.training.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;

import java.util.UUID;
import java.util.function.Function;

/**
 * Path and query parameters read as text, so that a malformed one is a problem naming it; and the
 * request body and the version an edit was made on. Every training resource reads them here.
 */
final class Params {

    static final int DEFAULT_SIZE = 20;

    private Params() {
    }

    static UUID pathId(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            throw new Problem.NotFound("No such " + what + ".");
        }
    }

    static UUID queryId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (RuntimeException e) {
            throw new Problem.Invalid(name, name + " must be an id.");
        }
    }

    static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Problem.Invalid(name, name + " must be a whole number.");
        }
    }

    /** A required identifier in a query or body: malformed or missing is bad input on that field. */
    static UUID field(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new Problem.Invalid(field, "Give the " + field + " (a UUID).");
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid(field, "'" + id + "' is not a UUID.");
        }
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }

    /**
     * The version an edit was made on: the If-Match header, or the body's {@code version} without
     * one. The body is required and checked first, so a missing body is named before a missing version.
     */
    static <T> long editedVersion(String ifMatch, T body, Function<T, Long> bodyVersion) {
        return IfMatch.version(ifMatch, bodyVersion.apply(required(body)));
    }
}
