package eu.convivio.platform.web;

import eu.convivio.platform.api.Problem;

/**
 * Reads the version a client edited from the If-Match header (ETag form {@code "3"} or
 * {@code W/"3"}, or a bare number), for optimistic locking over HTTP.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new Problem.Invalid("If-Match", "Send the version you edited in the If-Match header, for example If-Match: \"0\".");
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Problem.Invalid("If-Match", "The If-Match header must hold a version number.");
        }
    }
}
