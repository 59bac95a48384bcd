package eu.convivio.training.web;

import eu.convivio.platform.api.Problem;

import java.util.UUID;

/** Identifiers from paths and query strings: a malformed one names nothing, so it is not found. */
final class Ids {

    private Ids() {
    }

    static UUID path(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem.NotFound("No such " + what + ".");
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

    static <T> T body(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }
}
