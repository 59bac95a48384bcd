package eu.convivio.training.domain;

/** Where a session stands. Learners may ask for a place only while it is open or full (waitlist). */
public enum SessionStatus {
    SCHEDULED,
    OPEN,
    FULL,
    RUNNING,
    COMPLETED,
    CANCELLED;

    public boolean takesRequests() {
        return this == OPEN || this == FULL;
    }

    public boolean isOver() {
        return this == COMPLETED || this == CANCELLED;
    }
}
