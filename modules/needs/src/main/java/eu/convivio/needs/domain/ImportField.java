package eu.convivio.needs.domain;

import java.util.Locale;

/** What a column of a survey export can hold, as far as the needs register is concerned. */
public enum ImportField {
    THEME,
    DISTRICT,
    POPULATION_GROUP,
    SEVERITY,
    PEOPLE_AFFECTED,
    PEOPLE_IN_NEED,
    DESCRIPTION,
    LANGUAGES,
    EVIDENCE,
    SOURCE,
    RECOMMENDED_ACTIONS;

    /** As in the API and the stored mapping: {@code population-group}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ImportField ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
