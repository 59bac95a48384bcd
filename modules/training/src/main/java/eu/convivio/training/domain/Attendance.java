package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A learner's attendance on one session day, as a trainer of the session marked it. */
@Entity
@Table(schema = "training", name = "attendance")
@Audited
public class Attendance {

    @Id
    private UUID id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private UUID enrolmentId;

    @Column(name = "session_day_id", nullable = false, updatable = false)
    private UUID sessionDayId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AttendanceStatus status;

    @Column(name = "marked_by", nullable = false)
    private UUID markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    Attendance(UUID id, UUID enrolmentId, UUID sessionDayId) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.sessionDayId = sessionDayId;
    }

    void mark(AttendanceStatus status, UUID trainer, Instant now) {
        this.status = status;
        this.markedBy = trainer;
        this.markedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEnrolmentId() {
        return enrolmentId;
    }

    public UUID getSessionDayId() {
        return sessionDayId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public UUID getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public long getVersion() {
        return version;
    }
}
