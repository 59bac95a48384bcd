package eu.convivio.training.application;

import eu.convivio.platform.api.Problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reading raw form and JSON input field by field, so that every error names its field. */
final class Forms {

    static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    static final Pattern LINK = Pattern.compile("^https?://[^\\s]+$");

    private final List<Problem.FieldError> errors;

    Forms(List<Problem.FieldError> errors) {
        this.errors = errors;
    }

    void error(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, "This field is required.");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            error(field, "At most " + max + " characters.");
        }
        return stripped;
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            error(field, "Choose one of " + List.of(type.getEnumConstants()) + ".");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error(field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()) + ".");
            return null;
        }
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "Give a date (YYYY-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(field, "'" + value + "' is not a date (YYYY-MM-DD).");
            return null;
        }
    }

    LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "Give a time (HH:MM).");
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(field, "'" + value + "' is not a time (HH:MM).");
            return null;
        }
    }

    /** An instant written with an offset, or a local date-time (or date, at midnight) in the zone. */
    Instant instant(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            error(field, "Give a date and time (YYYY-MM-DDTHH:MM).");
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset: local to the host
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // maybe only a date
        }
        try {
            return LocalDate.parse(v).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            error(field, "'" + value + "' is not a date and time (YYYY-MM-DDTHH:MM).");
            return null;
        }
    }

    UUID id(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (RuntimeException e) {
            error(field, "'" + value + "' is not an id.");
            return null;
        }
    }

    BigDecimal number(String field, BigDecimal value, BigDecimal min, BigDecimal max, String message) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            error(field, message);
            return null;
        }
        return value;
    }
}
