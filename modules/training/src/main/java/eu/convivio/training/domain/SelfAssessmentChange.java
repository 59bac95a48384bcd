package eu.convivio.training.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How learners rated their own competence in a learning objective before and after the course
 * (1–5), over the learners who answered both times; shown only for at least
 * {@link FeedbackSummary#MINIMUM} such learners, like feedback.
 */
public record SelfAssessmentChange(UUID objectiveId, String objective, int learners, Double before, Double after) {

    /** One learner's pair of answers for one objective. */
    public record Pair(UUID objectiveId, int before, int after) {
    }

    public boolean shown() {
        return before != null;
    }

    public Double change() {
        return before == null ? null : Math.round((after - before) * 10) / 10.0;
    }

    public static List<SelfAssessmentChange> of(Map<UUID, String> objectives, List<Pair> pairs) {
        Map<UUID, List<Pair>> byObjective = new LinkedHashMap<>();
        objectives.keySet().forEach(id -> byObjective.put(id, new ArrayList<>()));
        pairs.stream().filter(p -> byObjective.containsKey(p.objectiveId()))
                .forEach(p -> byObjective.get(p.objectiveId()).add(p));
        List<SelfAssessmentChange> changes = new ArrayList<>();
        byObjective.forEach((id, list) -> {
            if (list.size() < FeedbackSummary.MINIMUM) {
                changes.add(new SelfAssessmentChange(id, objectives.get(id), list.size(), null, null));
            } else {
                double before = list.stream().mapToInt(Pair::before).average().orElseThrow();
                double after = list.stream().mapToInt(Pair::after).average().orElseThrow();
                changes.add(new SelfAssessmentChange(id, objectives.get(id), list.size(),
                        Math.round(before * 10) / 10.0, Math.round(after * 10) / 10.0));
            }
        });
        return changes;
    }
}
