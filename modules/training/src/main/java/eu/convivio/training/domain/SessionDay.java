package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One day of a session, in the host municipality's local time. Attendance is marked per day. */
@Entity
@Table(schema = "training", name = "session_day")
@Audited
public class SessionDay {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected SessionDay() {
    }

    SessionDay(UUID id, CourseSession session, DayPlan plan) {
        this.id = id;
        this.session = session;
        reschedule(plan);
    }

    void reschedule(DayPlan plan) {
        this.day = plan.day();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
    }

    public UUID getId() {
        return id;
    }

    public UUID getSessionId() {
        return session.getId();
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public DayPlan plan() {
        return new DayPlan(day, startsAt, endsAt);
    }
}
