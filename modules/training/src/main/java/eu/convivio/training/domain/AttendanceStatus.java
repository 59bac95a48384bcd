package eu.convivio.training.domain;

/** A learner's attendance on one session day. Late counts as attended; excused does not. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    EXCUSED,
    ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
