package eu.convivio.catalogue.application;

import java.time.LocalDate;

/**
 * Data freshness (issue 3, "Data"): an entry that nobody has assured for 180 days, or never, needs
 * review. Its editors are reminded by {@link ReviewReminders}.
 */
public final class Freshness {

    public static final int REVIEW_AFTER_DAYS = 180;

    private Freshness() {
    }

    public static boolean needsReview(LocalDate assuredDate, LocalDate today) {
        return assuredDate == null || assuredDate.isBefore(oldestFresh(today));
    }

    /** The oldest assured date that still counts as fresh today. */
    public static LocalDate oldestFresh(LocalDate today) {
        return today.minusDays(REVIEW_AFTER_DAYS);
    }
}
