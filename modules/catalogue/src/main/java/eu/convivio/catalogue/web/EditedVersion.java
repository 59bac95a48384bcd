package eu.convivio.catalogue.web;

import eu.convivio.platform.api.Problem;

/**
 * The version a client edited, from If-Match (ETag form {@code "3"} or {@code W/"3"}, or a bare
 * number) or from the request body, for optimistic locking over HTTP.
 */
final class EditedVersion {

    private EditedVersion() {
    }

    static long fromIfMatch(String header) {
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

    static long required(Long version) {
        if (version == null) {
            throw new Problem.Invalid("version", "Send the version you edited, in the If-Match header or as version in the body.");
        }
        return version;
    }
}
