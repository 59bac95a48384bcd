package eu.convivio.training.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A day of a session as the planner sets it: date, start and end in the host's local time. */
public record DayPlan(LocalDate day, LocalTime startsAt, LocalTime endsAt) {

    public DayPlan {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
