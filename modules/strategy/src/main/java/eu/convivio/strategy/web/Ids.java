package eu.convivio.strategy.web;

import eu.convivio.platform.api.Problem;

import java.util.UUID;

/** Identifiers in paths and bodies: a malformed one in a path names nothing (404), in a body it is bad input (422). */
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

    static UUID field(String id, String field) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid(field, "Not an identifier: \"" + id + "\".");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid(field, message);
        }
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }
}
