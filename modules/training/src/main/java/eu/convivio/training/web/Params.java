package eu.convivio.training.web;

import eu.convivio.platform.api.Problem;

import java.util.UUID;

/** Path and query parameters read as text, so that a malformed one is a problem naming it. */
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

    static <T> T required(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }
}
