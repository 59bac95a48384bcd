package eu.convivio.strategy.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts of a consultation: how many comments each answer got, overall and per section or
 * measure commented on, with the comments not yet answered counted apart.
 */
public final class ConsultationReport {

    private ConsultationReport() {
    }

    /** Counts by answer; {@code unanswered} for comments without one. */
    public record Counts(int total, int accepted, int partlyAccepted, int rejected, int unanswered) {

        static Counts of(List<ConsultationComment> comments) {
            Map<CommentAnswer, Integer> by = new EnumMap<>(CommentAnswer.class);
            int unanswered = 0;
            for (ConsultationComment c : comments) {
                if (c.getAnswer() == null) {
                    unanswered++;
                } else {
                    by.merge(c.getAnswer(), 1, Integer::sum);
                }
            }
            return new Counts(comments.size(), by.getOrDefault(CommentAnswer.ACCEPTED, 0),
                    by.getOrDefault(CommentAnswer.PARTLY_ACCEPTED, 0), by.getOrDefault(CommentAnswer.REJECTED, 0), unanswered);
        }
    }

    /** The counts for one section or measure, named as it read when commented on. */
    public record TargetCounts(CommentTarget kind, UUID lineageId, String title, Counts counts) {
    }

    public record Summary(Counts overall, List<TargetCounts> byTarget) {
    }

    /** Per target in the order the comments came in (the caller orders them as the text does, if it wants). */
    public static Summary of(List<ConsultationComment> comments) {
        Map<UUID, List<ConsultationComment>> byTarget = new LinkedHashMap<>();
        for (ConsultationComment c : comments) {
            byTarget.computeIfAbsent(c.getTargetLineageId(), k -> new ArrayList<>()).add(c);
        }
        List<TargetCounts> targets = new ArrayList<>();
        byTarget.forEach((lineage, list) -> {
            ConsultationComment first = list.get(0);
            targets.add(new TargetCounts(first.getTargetKind(), lineage, list.get(list.size() - 1).getTargetTitle(), Counts.of(list)));
        });
        return new Summary(Counts.of(comments), targets);
    }
}
