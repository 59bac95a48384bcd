package eu.convivio.training.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackSummaryTest {

    private static FeedbackResponse.Ratings all(int value) {
        return new FeedbackResponse.Ratings(value, value, value, value);
    }

    @Test
    void twoResponsesShowOnlyTheCount() {
        FeedbackSummary s = FeedbackSummary.of(List.of(all(5), all(1)), Arrays.asList("great", "awful"));
        assertThat(s.responses()).isEqualTo(2);
        assertThat(s.shown()).isFalse();
        assertThat(s.averages()).isEmpty();
        assertThat(s.comments()).isEmpty();
    }

    @Test
    void fromThreeResponsesAveragesPerQuestionAndTheCommentsAreShown() {
        FeedbackSummary s = FeedbackSummary.of(List.of(new FeedbackResponse.Ratings(5, 4, 3, 2), all(4), all(4)),
                Arrays.asList("useful", null, " "));
        assertThat(s.shown()).isTrue();
        assertThat(s.averages().orElseThrow()).containsExactly(4.3, 4.0, 3.7, 3.3);
        assertThat(s.comments()).containsExactly("useful");
    }

    @Test
    void selfAssessmentChangeIsShownFromThreeLearnersPerObjective() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        var changes = SelfAssessmentChange.of(new java.util.LinkedHashMap<>(Map.of(a, "Brief an interpreter")),
                List.of(new SelfAssessmentChange.Pair(a, 1, 4), new SelfAssessmentChange.Pair(a, 2, 4),
                        new SelfAssessmentChange.Pair(a, 2, 3), new SelfAssessmentChange.Pair(b, 1, 5)));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).before()).isEqualTo(1.7);
        assertThat(changes.get(0).after()).isEqualTo(3.7);
        assertThat(changes.get(0).change()).isEqualTo(2.0);

        var few = SelfAssessmentChange.of(Map.of(a, "x"), List.of(new SelfAssessmentChange.Pair(a, 1, 4)));
        assertThat(few.get(0).shown()).isFalse();
        assertThat(few.get(0).change()).isNull();
    }

    @Test
    void retriesWaitLongerEachTimeUpToSixHoursAndStopAfterTen() {
        assertThat(Backoff.after(1)).hasMinutes(1);
        assertThat(Backoff.after(2)).hasMinutes(2);
        assertThat(Backoff.after(5)).hasMinutes(16);
        assertThat(Backoff.after(9)).hasHours(4);
        assertThat(Backoff.after(10)).hasHours(6);
        assertThat(Backoff.after(40)).hasHours(6);
        assertThat(Backoff.givesUp(9)).isFalse();
        assertThat(Backoff.givesUp(10)).isTrue();
    }
}
