package eu.convivio.catalogue.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void anEntryNeverAssuredNeedsReview() {
        assertThat(Freshness.needsReview(null, TODAY)).isTrue();
    }

    @Test
    void anEntryAssuredExactly180DaysAgoIsStillFresh() {
        assertThat(Freshness.needsReview(TODAY.minusDays(180), TODAY)).isFalse();
        assertThat(Freshness.needsReview(TODAY.minusDays(181), TODAY)).isTrue();
    }

    @Test
    void anEntryAssuredTodayIsFresh() {
        assertThat(Freshness.needsReview(TODAY, TODAY)).isFalse();
    }
}
