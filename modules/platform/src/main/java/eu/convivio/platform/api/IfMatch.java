package eu.convivio.platform.api;

/**
 * Reads the version a client edited from the If-Match header (ETag form {@code "3"} or
 * {@code W/"3"}, or a bare number), for optimistic locking over HTTP. Every module's API reads it
 * here, so that one header means the same everywhere.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version in the header, which must be there. */
    public static long version(String header) {
        Long version = optional(header);
        if (version == null) {
            throw new Problem.Invalid("If-Match", "Send the version you edited in the If-Match header, for example If-Match: \"0\".");
        }
        return version;
    }

    /** The version in the header, or the one the request body carries when there is no header. */
    public static long version(String header, Long bodyVersion) {
        Long version = optional(header);
        if (version != null) {
            return version;
        }
        if (bodyVersion == null) {
            throw new Problem.Invalid("version", "Send the version you edited, in the If-Match header or as version in the body.");
        }
        return bodyVersion;
    }

    /** The version in the header, or null without one; a header that holds no version is invalid input. */
    public static Long optional(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new Problem.Invalid("If-Match", "The If-Match header must hold a version number, for example If-Match: \"3\".");
        }
    }
}
