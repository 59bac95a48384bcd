package eu.convivio.needs.web;

import eu.convivio.platform.api.Problem;

import java.util.Locale;
import java.util.UUID;

/** Query and path parameters of the needs API, read strictly: a bad value is invalid input naming the parameter. */
final class Parameters {

    private Parameters() {
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid(name, "'" + value + "' is not an identifier (UUID).");
        }
    }

    /** An identifier in the path: a malformed one names nothing that exists. */
    static UUID pathId(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new Problem.NotFound("No such " + what + ".");
        }
    }

    static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new Problem.Invalid(name, "Between " + min + " and " + max + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Problem.Invalid(name, "'" + value + "' is not a whole number.");
        }
    }

    /** An enumerated value given in lower case with hyphens, e.g. {@code in-progress}. */
    static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(code(constant));
            }
            throw new Problem.Invalid(name, "'" + value + "' is not one of " + allowed + ".");
        }
    }

    static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }
}
