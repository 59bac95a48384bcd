package eu.convivio.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Everything a planner sets on a session. */
public record SessionPlan(
        List<DayPlan> days,
        String venue,
        String onlineLink,
        int capacity,
        Set<UUID> trainers,
        Instant enrolmentOpens,
        Instant enrolmentCloses,
        Instant cancellationDeadline,
        boolean openToOtherMunicipalities,
        Approval approval) {

    public SessionPlan {
        days = List.copyOf(days);
        trainers = Set.copyOf(trainers);
    }
}
