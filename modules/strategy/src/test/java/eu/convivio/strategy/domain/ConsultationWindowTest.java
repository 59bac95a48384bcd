package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationWindowTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);
    private static final ConsultationWindow WINDOW = new ConsultationWindow(StrategyStatus.CONSULTATION, START, END, true);

    @Test
    void commentsAreTakenFromTheFirstToTheLastDayBothIncluded() {
        assertThat(WINDOW.openOn(START.minusDays(1))).isFalse();
        assertThat(WINDOW.openOn(START)).isTrue();
        assertThat(WINDOW.openOn(END)).isTrue();
        assertThat(WINDOW.openOn(END.plusDays(1))).isFalse();
    }

    @Test
    void theReportIsPublicOnlyOnceTheWindowHasPassed() {
        assertThat(WINDOW.reportPublicOn(START.minusDays(3))).isFalse();
        assertThat(WINDOW.reportPublicOn(END)).isFalse();
        assertThat(WINDOW.reportPublicOn(END.plusDays(1))).isTrue();
        // closed early by the secretariat, or an adopted version: over for good
        assertThat(new ConsultationWindow(StrategyStatus.REVISED_DRAFT, START, END, true).reportPublicOn(START)).isTrue();
        assertThat(new ConsultationWindow(StrategyStatus.CONSULTATION, START, END, false).reportPublicOn(START)).isTrue();
    }

    @Test
    void aVersionNotOutForConsultationTakesNoComments() {
        for (ConsultationWindow w : new ConsultationWindow[]{
                new ConsultationWindow(StrategyStatus.DRAFT, null, null, true),
                new ConsultationWindow(StrategyStatus.REVISED_DRAFT, START, END, true),
                new ConsultationWindow(StrategyStatus.CONSULTATION, START, END, false),
                new ConsultationWindow(StrategyStatus.ADOPTED, null, null, false)}) {
            assertThat(w.openOn(START)).isFalse();
            assertThatThrownBy(() -> w.requireOpenOn(START)).isInstanceOf(Problem.Conflict.class)
                    .hasMessageContaining("not out for public consultation");
        }
    }

    @Test
    void theRefusalSaysWhenTheWindowOpensOrClosed() {
        assertThatThrownBy(() -> WINDOW.requireOpenOn(START.minusDays(1))).hasMessageContaining("opens on 2026-03-01");
        assertThatThrownBy(() -> WINDOW.requireOpenOn(END.plusDays(1))).hasMessageContaining("closed on 2026-03-31");
        WINDOW.requireOpenOn(START.plusDays(5));
    }
}
