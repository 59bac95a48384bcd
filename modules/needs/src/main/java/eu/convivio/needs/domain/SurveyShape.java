package eu.convivio.needs.domain;

import java.util.Locale;

/**
 * The two shapes survey tools export: a table of needs already worked out (one row each), or the
 * raw responses (one row per respondent), which the import aggregates into needs.
 */
public enum SurveyShape {
    NEED_PER_ROW,
    RESPONSE_PER_ROW;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SurveyShape ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
