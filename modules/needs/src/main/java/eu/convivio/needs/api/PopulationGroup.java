package eu.convivio.needs.api;

import java.util.Locale;

/** The groups a need can concern. Needs describe groups, never persons. */
public enum PopulationGroup {
    ALL_NEWCOMERS,
    ASYLUM_SEEKERS,
    REFUGEES,
    SUBSIDIARY_PROTECTION,
    TEMPORARY_PROTECTION,
    FAMILY_REUNIFICATION,
    WOMEN,
    UNACCOMPANIED_MINORS,
    CHILDREN,
    YOUNG_PEOPLE,
    OLDER_PEOPLE,
    PEOPLE_WITH_DISABILITIES,
    WORKERS,
    STUDENTS;

    /** The value stored and exchanged (CSV, JSON): lower case with hyphens, e.g. {@code asylum-seekers}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PopulationGroup ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
