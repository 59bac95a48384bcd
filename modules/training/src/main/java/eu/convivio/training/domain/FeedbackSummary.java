package eu.convivio.training.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Feedback of a session or course in aggregate: the average per question and the comments in
 * random order. With fewer than {@link #MINIMUM} responses nothing but the count is shown, since a
 * trainer who knows who answered could otherwise tell who said what.
 */
public record FeedbackSummary(int responses, Optional<double[]> averages, List<String> comments) {

    public static final int MINIMUM = 3;

    public static FeedbackSummary of(List<FeedbackResponse.Ratings> ratings, List<String> comments) {
        if (ratings.size() < MINIMUM) {
            return new FeedbackSummary(ratings.size(), Optional.empty(), List.of());
        }
        double[] sums = new double[FeedbackResponse.Ratings.QUESTIONS.size()];
        for (FeedbackResponse.Ratings r : ratings) {
            int[] v = r.values();
            for (int i = 0; i < sums.length; i++) {
                sums[i] += v[i];
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.round(sums[i] / ratings.size() * 10) / 10.0;
        }
        List<String> shuffled = new ArrayList<>(comments.stream().filter(c -> c != null && !c.isBlank()).toList());
        Collections.shuffle(shuffled);
        return new FeedbackSummary(ratings.size(), Optional.of(sums), List.copyOf(shuffled));
    }

    public boolean shown() {
        return averages.isPresent();
    }
}
