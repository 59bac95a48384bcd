package eu.convivio.training.domain;

/** Where an enrolment stands. Requested, confirmed and completed enrolments hold a seat. */
public enum EnrolmentStatus {
    REQUESTED,
    CONFIRMED,
    WAITLISTED,
    DECLINED,
    CANCELLED,
    COMPLETED;

    public boolean holdsSeat() {
        return this == REQUESTED || this == CONFIRMED || this == COMPLETED;
    }

    /** Not declined or cancelled: the learner has (or waits for) a place. */
    public boolean isLive() {
        return this != DECLINED && this != CANCELLED;
    }
}
