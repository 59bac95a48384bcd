package eu.convivio.training.application;

import java.util.List;
import java.util.UUID;

/**
 * A session as a planner sends it, before checking. Dates are YYYY-MM-DD, times HH:MM, moments
 * YYYY-MM-DDTHH:MM (in the host's time zone unless an offset is given).
 */
public record SessionForm(UUID courseId, UUID municipalityId, List<DayForm> days, String venue, String onlineLink,
                          Integer capacity, List<UUID> trainers, String enrolmentOpens, String enrolmentCloses,
                          String cancellationDeadline, Boolean openToOtherMunicipalities, String approval) {

    public record DayForm(String date, String startsAt, String endsAt) {
    }
}
